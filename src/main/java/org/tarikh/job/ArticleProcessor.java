package org.tarikh.job;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;
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
 * an article stored under another id ({@link TimelineStore#lookUp}, {@code article.article_key}), passes as
 * {@link Outcome.Captured}; bad input and annotation failures become rejections.
 * <p>
 * Both lookups are made for the whole chunk in one query before its first article is processed
 * ({@link #beforeChunk}: the step reads the chunk, then calls its chunk listeners, then processes
 * it); nothing is written between, so each article gets the answer its own query would have given.
 * An article processed outside a chunk ({@code process} alone) is looked up on its own. One
 * processor per step execution (step-scoped in the job), as each keeps its current chunk's answers.
 */
public class ArticleProcessor implements ItemProcessor<SourceRecord, Outcome>, ChunkListener<SourceRecord, Outcome> {

    private final PipelinePool pipelines;
    private final TimelineStore store;
    private final TimeBudget budget;
    /** What the store holds for the current chunk's articles (by instance), looked up in {@link #beforeChunk}. */
    private Map<Article, TimelineStore.Stored> chunkLookups = Map.of();

    /** @param budget bounds each article's annotation; the engine is then fetched on the budget's worker thread */
    public ArticleProcessor(PipelinePool pipelines, TimelineStore store, TimeBudget budget) {
        this.pipelines = pipelines;
        this.store = store;
        this.budget = budget;
    }

    @Override
    public void beforeChunk(Chunk<SourceRecord> chunk) {
        List<Article> articles = chunk.getItems().stream()
                .filter(Article.class::isInstance).map(Article.class::cast).toList();
        StageEvent lookup = StageEvent.start(StageEvent.UNCHANGED);
        try {
            chunkLookups = store.lookUp(articles);
        } finally {
            StageEvent.end(lookup);
        }
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
        TimelineStore.Stored lookedUp = chunkLookups.get(article);
        if (lookedUp == null) {
            StageEvent lookup = StageEvent.start(StageEvent.UNCHANGED);
            lookedUp = store.lookUp(List.of(article)).get(article);
            StageEvent.end(lookup);
        }
        Optional<String> stored = lookedUp.contentHash();
        // a new id: the same text may be stored already under another id (an earlier run read another capture)
        Optional<String> storedAs = stored.isPresent() ? Optional.empty() : lookedUp.capturedAs();
        if (stored.filter(hash::equals).isPresent()) {
            // handed to the writer (not filtered) so it is counted in the chunk's transaction
            return new Outcome.Unchanged(article.id(), article);
        }
        if (storedAs.isPresent()) {
            return new Outcome.Captured(new Capture(storedAs.get(), article,
                    "the same text from the same source is stored as '" + storedAs.get() + "' (read by an earlier run)"));
        }
        Outcome outcome = annotateWithin(budget, pipelines, article, hash);
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
    public static Outcome annotateWithin(TimeBudget budget, PipelinePool pipelines, Article article, String hash) {
        try {
            // on the budget's worker: its engine (built there, without a limit), then the article within the budget
            return new Outcome.Annotated(
                    budget.call(pipelines::get, () -> pipelines.annotate(p -> annotate(p, article, hash))));
        } catch (TimeBudget.ExceededException e) {
            return new Outcome.Rejected(new Rejection(article.origin(), article.id(),
                    Rejection.Reason.TIME_BUDGET_EXCEEDED, e.getMessage() + " (limits.time-budget); the engine was replaced"));
        } catch (Exception e) {
            return new Outcome.Rejected(new Rejection(article.origin(), article.id(),
                    Rejection.Reason.ANNOTATION_FAILED, String.valueOf(e.getMessage())));
        }
    }

    /** engine-warm-up.txt without its comment lines: the text {@link #warmedEngine} runs. */
    private static final String WARM_UP = String.join("\n", org.tarikh.RuleData.lines(ArticleProcessor.class, "engine-warm-up.txt"));
    private static final java.time.LocalDate WARM_UP_DCT = java.time.LocalDate.of(2021, 4, 7);

    /**
     * A new engine, run once through the whole per-article path ({@link #annotate}: tagging and anchoring) on
     * {@code engine-warm-up.txt} before any article is timed. The engine is built on the time budget's worker
     * without a limit ({@link TimeBudget#call}); the warm-up belongs to that build. Without it the first article
     * also initialized the classes of the later stages (the anchoring's word tables), within its budget: on a
     * loaded machine the budget could run out there, and a worker stopped inside a class's initializer leaves
     * that class unusable for the rest of the process, so every later article of the run was rejected with
     * «Could not initialize class org.tarikh.anchor.TriggerLexicon» (round eighteen, found on the whole corpus
     * beside a CI run).
     *
     * @return the engine, once the warm-up text went through it
     */
    public static TemporalPipeline warmedEngine(java.util.function.Supplier<TemporalPipeline> create) {
        TemporalPipeline pipeline = create.get();
        warmUp(pipeline);
        return pipeline;
    }

    /** Runs {@code engine-warm-up.txt} through {@link #annotate}'s two stages on the pipeline. */
    static AnnotatedArticle warmUp(TemporalPipeline pipeline) {
        TaggedText tagged = pipeline.tag(WARM_UP, WARM_UP_DCT);
        return new AnnotatedArticle(null, "", tagged.timexes(), EventAnchorer.anchor(WARM_UP, tagged, WARM_UP_DCT));
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
