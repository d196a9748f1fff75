package org.tarikh.job;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.tarikh.StageEvent;
import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.anchor.EventAnchorer;
import org.tarikh.annotate.PipelinePool;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TimeBudget;
import org.tarikh.article.Article;
import org.tarikh.article.Capture;
import org.tarikh.article.Rejection;
import org.tarikh.article.SourceRecord;
import org.tarikh.store.TimelineStore;

/**
 * Annotates and anchors each new or changed article. Unchanged articles (same id, same
 * content hash as stored) pass to the writer as {@link Outcome.Unchanged}, which only counts them
 * (and records where they were read); another capture of an article read earlier in the run, or of
 * an article stored under another id ({@link TimelineStore#storedCapture}), passes as
 * {@link Outcome.Captured}; bad input and annotation failures become rejections.
 */
public class ArticleProcessor implements ItemProcessor<SourceRecord, Outcome> {

    private final Supplier<TemporalPipeline> pipeline;
    private final TimelineStore store;
    private final TimeBudget budget;

    /** @param budget bounds each article's annotation; the engine is then fetched on the budget's worker thread */
    public ArticleProcessor(Supplier<TemporalPipeline> pipeline, TimelineStore store, TimeBudget budget) {
        this.pipeline = pipeline;
        this.store = store;
        this.budget = budget;
    }

    @Override
    public Outcome process(SourceRecord record) {
        if (record instanceof Rejection rejection) {
            return new Outcome.Rejected(rejection);
        }
        if (record instanceof Capture capture) {
            return new Outcome.Captured(capture);
        }
        Article article = (Article) record;
        String hash = article.contentHash();
        StageEvent lookup = StageEvent.start(StageEvent.UNCHANGED);
        Optional<String> stored = store.contentHash(article.id());
        // a new id: the same text may be stored already under another id (an earlier run read another capture)
        Optional<String> storedAs = stored.isPresent() ? Optional.empty() : store.storedCapture(article);
        StageEvent.end(lookup);
        if (stored.filter(hash::equals).isPresent()) {
            // handed to the writer (not filtered) so it is counted in the chunk's transaction
            return new Outcome.Unchanged(article.id(), article);
        }
        if (storedAs.isPresent()) {
            return new Outcome.Captured(new Capture(storedAs.get(), article,
                    "the same text from the same source is stored as '" + storedAs.get() + "' (read by an earlier run)"));
        }
        Outcome outcome = annotateWithin(budget, pipeline, article, hash);
        if (outcome instanceof Outcome.Annotated a) {
            return TimelineStore.unstorable(a.article())
                    .<Outcome>map(problem -> new Outcome.Rejected(new Rejection(article.origin(), article.id(),
                            Rejection.Reason.OUTPUT_INVALID, problem)))
                    .orElse(outcome);
        }
        return outcome;
    }

    /**
     * Annotates one article within the time budget, the path shared by the job and {@code tag}:
     * the annotated article, or a rejection (TIME_BUDGET_EXCEEDED, ANNOTATION_FAILED); never throws.
     */
    public static Outcome annotateWithin(TimeBudget budget, Supplier<TemporalPipeline> pipeline, Article article,
            String hash) {
        try {
            Outcome.Annotated annotated = new Outcome.Annotated(
                    budget.call(pipeline::get, () -> annotate(pipeline.get(), article, hash)));
            if (pipeline instanceof PipelinePool pool) {
                pool.annotated(); // the start-up checkpoint: the first article's time since JVM start
            }
            return annotated;
        } catch (TimeBudget.ExceededException e) {
            return new Outcome.Rejected(new Rejection(article.origin(), article.id(),
                    Rejection.Reason.TIME_BUDGET_EXCEEDED, e.getMessage() + " (limits.time-budget); the engine was replaced"));
        } catch (Exception e) {
            return new Outcome.Rejected(new Rejection(article.origin(), article.id(),
                    Rejection.Reason.ANNOTATION_FAILED, String.valueOf(e.getMessage())));
        }
    }

    /** Annotate → anchor → order, the per-article path shared by the job and {@code tag}. */
    public static AnnotatedArticle annotate(TemporalPipeline pipeline, Article article, String hash) {
        TaggedText tagged = pipeline.tag(article.text(), article.dct());
        StageEvent anchoring = StageEvent.start(StageEvent.ANCHOR);
        try {
            return new AnnotatedArticle(article, hash, tagged.timexes(),
                    EventAnchorer.anchor(article.text(), tagged, article.dct()));
        } finally {
            StageEvent.end(anchoring);
        }
    }
}
