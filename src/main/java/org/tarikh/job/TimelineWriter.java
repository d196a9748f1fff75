package org.tarikh.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.article.Capture;
import org.tarikh.article.Rejection;
import org.tarikh.store.RunCounts;
import org.tarikh.store.TimelineStore;

/**
 * Stores a chunk in the chunk's transaction: articles replace their previous version
 * atomically, rejections are recorded, and so is every capture (where each stored, unchanged or
 * duplicate record was read). Counts go into {@link RunCounts} in the same
 * transaction, so a rolled-back chunk is not counted and a restart adds to the same totals.
 */
public class TimelineWriter implements ItemWriter<Outcome> {

    static final String ARTICLES = "tarikh.articles";
    static final String REJECTED = "tarikh.rejected";
    static final String TIMEXES = "tarikh.timexes";
    static final String EVENTS = "tarikh.events";
    /** Records that were another capture of an article already read (stored once, the capture recorded). */
    static final String DUPLICATES = "tarikh.duplicates";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TimelineWriter.class);
    /** Progress is logged every this many stored articles (all partitions together; for operators only). */
    private static final long PROGRESS_EVERY = 1000;

    private final TimelineStore store;
    private final RunCounts counts;
    private final java.util.concurrent.atomic.AtomicLong stored = new java.util.concurrent.atomic.AtomicLong();

    public TimelineWriter(TimelineStore store, RunCounts counts) {
        this.store = store;
        this.counts = counts;
    }

    @Override
    public void write(Chunk<? extends Outcome> chunk) {
        org.tarikh.StageEvent writing = org.tarikh.StageEvent.start(org.tarikh.StageEvent.WRITE);
        try {
            writeChunk(chunk);
        } finally {
            org.tarikh.StageEvent.end(writing);
        }
    }

    private void writeChunk(Chunk<? extends Outcome> chunk) {
        List<AnnotatedArticle> articles = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<Capture> captures = new ArrayList<>();
        int unchanged = 0;
        int duplicates = 0;
        for (Outcome o : chunk) {
            if (o instanceof Outcome.Unchanged u) {
                unchanged++;
                if (u.article() != null) {
                    captures.add(Capture.of(u.article()));
                }
            } else if (o instanceof Outcome.Captured c) {
                duplicates++;
                captures.add(c.capture());
            }
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
        // one article the database refuses must not fail the chunk (and every restart): it becomes a rejection
        store.saveAllOrRefuse(articles, jobExecutionId).forEach((a, why) -> {
            articles.remove(a);
            rejections.add(new Rejection(a.article().origin(), a.article().id(), Rejection.Reason.OUTPUT_INVALID, why));
        });
        store.rejectAll(rejections, jobExecutionId);
        articles.forEach(a -> captures.add(Capture.of(a.article())));
        store.recordCaptures(captures, jobExecutionId);
        if (stepExecution != null) {
            Map<String, Long> delta = new TreeMap<>();
            delta.put(RunSummary.READ, (long) chunk.size());
            delta.put(RunSummary.UNCHANGED, (long) unchanged);
            delta.put(ARTICLES, (long) articles.size());
            delta.put(DUPLICATES, (long) duplicates);
            delta.put(REJECTED, (long) rejections.size());
            delta.put(TIMEXES, (long) articles.stream().mapToInt(a -> a.timexes().size()).sum());
            delta.put(EVENTS, (long) articles.stream().mapToInt(a -> a.events().size()).sum());
            long total = stored.addAndGet(articles.size());
            if (total / PROGRESS_EVERY > (total - articles.size()) / PROGRESS_EVERY) {
                LOG.info("{} articles stored", total);
            }
            for (Rejection r : rejections) {
                delta.merge(REJECTED + "." + r.reason().name(), 1L, Long::sum);
            }
            counts.add(stepExecution.getJobExecution().getJobInstance().getInstanceId(), stepExecution.getStepName(),
                    delta);
        }
        LOG.debug("writing chunk: {} articles, {} rejections, {} unchanged", articles.size(), rejections.size(), unchanged);
    }
}
