package org.tarikh.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.article.Rejection;
import org.tarikh.store.TimelineStore;

/**
 * Stores a chunk in the chunk's transaction: articles replace their previous version
 * atomically, rejections are recorded. Counts go into the step's execution context, so they
 * survive a restart and end up in the run summary.
 */
public class TimelineWriter implements ItemWriter<Outcome> {

    static final String ARTICLES = "tarikh.articles";
    static final String REJECTED = "tarikh.rejected";
    static final String TIMEXES = "tarikh.timexes";
    static final String EVENTS = "tarikh.events";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TimelineWriter.class);
    /** Progress is logged every this many stored articles, per step (partition). */
    private static final long PROGRESS_EVERY = 1000;

    private final TimelineStore store;

    public TimelineWriter(TimelineStore store) {
        this.store = store;
    }

    @Override
    public void write(Chunk<? extends Outcome> chunk) {
        List<AnnotatedArticle> articles = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (Outcome o : chunk) {
            if (o instanceof Outcome.Annotated a) {
                articles.add(a.article());
            } else if (o instanceof Outcome.Rejected r) {
                rejections.add(r.rejection());
            }
        }
        // the step this chunk belongs to: with partitions, several steps share this writer
        StepContext context = StepSynchronizationManager.getContext();
        StepExecution stepExecution = context == null ? null : context.getStepExecution();
        Long jobExecutionId = stepExecution == null ? null : stepExecution.getJobExecutionId();
        store.saveAll(articles, jobExecutionId);
        store.rejectAll(rejections, jobExecutionId);
        if (stepExecution != null) {
            var ctx = stepExecution.getExecutionContext();
            long before = ctx.getLong(ARTICLES, 0L);
            add(ctx, ARTICLES, articles.size());
            if ((before + articles.size()) / PROGRESS_EVERY > before / PROGRESS_EVERY) {
                LOG.info("{}: {} articles stored", stepExecution.getStepName(), before + articles.size());
            }
            add(ctx, REJECTED, rejections.size());
            add(ctx, TIMEXES, articles.stream().mapToInt(a -> a.timexes().size()).sum());
            add(ctx, EVENTS, articles.stream().mapToInt(a -> a.events().size()).sum());
            for (Rejection r : rejections) {
                add(ctx, REJECTED + "." + r.reason().name(), 1);
            }
        }
    }

    private static void add(org.springframework.batch.infrastructure.item.ExecutionContext ctx, String key, long n) {
        synchronized (ctx) {
            ctx.putLong(key, ctx.getLong(key, 0L) + n);
        }
    }
}
