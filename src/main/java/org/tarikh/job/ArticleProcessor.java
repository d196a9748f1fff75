package org.tarikh.job;

import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.anchor.EventAnchorer;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.article.Article;
import org.tarikh.article.Rejection;
import org.tarikh.article.SourceRecord;
import org.tarikh.store.TimelineStore;

/**
 * Annotates and anchors each new or changed article. Unchanged articles (same id, same
 * content hash as stored) are filtered out, so Spring Batch counts them as filtered; bad
 * input and annotation failures become rejections.
 */
public class ArticleProcessor implements ItemProcessor<SourceRecord, Outcome> {

    private final Supplier<TemporalPipeline> pipeline;
    private final TimelineStore store;

    public ArticleProcessor(Supplier<TemporalPipeline> pipeline, TimelineStore store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    @Override
    public Outcome process(SourceRecord record) {
        if (record instanceof Rejection rejection) {
            return new Outcome.Rejected(rejection);
        }
        Article article = (Article) record;
        String hash = article.contentHash();
        if (store.contentHash(article.id()).filter(hash::equals).isPresent()) {
            return null;
        }
        try {
            return new Outcome.Annotated(annotate(pipeline.get(), article, hash));
        } catch (RuntimeException e) {
            return new Outcome.Rejected(new Rejection(article.origin(), article.id(),
                    Rejection.Reason.ANNOTATION_FAILED, String.valueOf(e.getMessage())));
        }
    }

    /** Annotate → anchor → order, the per-article path shared by the job and {@code tag}. */
    public static AnnotatedArticle annotate(TemporalPipeline pipeline, Article article, String hash) {
        TaggedText tagged = pipeline.tag(article.text(), article.dct());
        return new AnnotatedArticle(article, hash, tagged.timexes(),
                EventAnchorer.anchor(article.text(), tagged, article.dct()));
    }
}
