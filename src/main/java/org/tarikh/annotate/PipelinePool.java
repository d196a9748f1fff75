package org.tarikh.annotate;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * One {@link TemporalPipeline} per thread, built on first use and reused for every article
 * that thread annotates.
 * <p>
 * The first pipeline initializes HeidelTime's lazily created, unsynchronized resource
 * singletons, so it is built alone: a thread that asks for a pipeline while the first is being
 * built waits for it, and only then builds its own (which takes a fraction of the first's time).
 * {@link #PipelinePool(Supplier)} builds the first pipeline on the calling thread at once;
 * {@link #deferred(Supplier)} builds nothing until a thread asks, so that {@code tag} and the job
 * build their engines where the articles are annotated (on {@link TimeBudget}'s workers) and not
 * one more on the main thread that nothing uses (issue 16).
 */
public final class PipelinePool implements Supplier<TemporalPipeline>, AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PipelinePool.class);

    private final Supplier<TemporalPipeline> factory;
    private final java.util.concurrent.atomic.AtomicBoolean fallbackLogged = new java.util.concurrent.atomic.AtomicBoolean();
    /** The start of the line {@link #annotate} logs once (the start-up checkpoint). */
    public static final String FIRST_ARTICLE = "first article annotated";

    /** The start-up checkpoint's words, once the first article is annotated ({@link #annotate}). */
    private volatile String firstArticle;
    /** Held while the first pipeline is built (HeidelTime's singletons); see the class comment. */
    private final Object firstBuild = new Object();
    private volatile boolean firstBuilt;
    private final List<TemporalPipeline> all = new CopyOnWriteArrayList<>();
    private final ThreadLocal<TemporalPipeline> perThread;

    /** A pool whose first pipeline is built now, on the calling thread. */
    public PipelinePool(Supplier<TemporalPipeline> factory) {
        this(factory, true);
    }

    private PipelinePool(Supplier<TemporalPipeline> factory, boolean buildNow) {
        this.factory = factory;
        this.perThread = ThreadLocal.withInitial(this::build);
        if (buildNow) {
            perThread.get();
        }
    }

    /** A pool that builds nothing until a thread asks for its pipeline. */
    public static PipelinePool deferred(Supplier<TemporalPipeline> factory) {
        return new PipelinePool(factory, false);
    }

    private TemporalPipeline build() {
        if (!firstBuilt) {
            synchronized (firstBuild) {
                if (!firstBuilt) {
                    TemporalPipeline p = buildTimed();
                    firstBuilt = true;
                    JitCheck.forThisJvm().ifPresent(w -> LOG.info("JIT: {}", w)); // once per pool, at its first engine
                    return p;
                }
            }
        }
        return buildTimed();
    }

    private TemporalPipeline buildTimed() {
        long start = System.nanoTime();
        TemporalPipeline p = factory.get();
        all.add(p);
        LOG.debug("annotation engine built on {} in {} ms ({} s after JVM start)", Thread.currentThread().getName(),
                (System.nanoTime() - start) / 1_000_000, sinceJvmStart());
        if (p.fallback() != null && fallbackLogged.compareAndSet(false, true)) {
            LOG.warn("accelerations off: {}; annotating on the reference path (same output, slower)", p.fallback());
        }
        return p;
    }

    /**
     * One line for a run summary if a pipeline of this pool fell back to the reference path
     * ({@link TemporalPipeline#fallback()}), else empty.
     */
    public java.util.Optional<String> accelerationNote() {
        return all.stream().map(TemporalPipeline::fallback).filter(java.util.Objects::nonNull).findFirst()
                .map(f -> "accelerations off: " + f);
    }

    /** Documents re-annotated by this pool's pipelines because a per-sentence rule plan lost step. */
    public long retries() {
        return all.stream().mapToLong(TemporalPipeline::retries).sum();
    }

    /**
     * Does one article's work with the calling thread's pipeline. The first work that returns,
     * on any thread of the pool, is the start-up checkpoint: how long after the JVM started the
     * first article was annotated, the figure users feel; it is logged once ({@code bench} reads
     * the line from {@code tag}) and kept for {@link #firstArticleNote()}.
     */
    public <T> T annotate(java.util.function.Function<TemporalPipeline, T> work) {
        T result = work.apply(get());
        if (firstArticle == null) {
            checkpoint();
        }
        return result;
    }

    private synchronized void checkpoint() {
        if (firstArticle == null) {
            firstArticle = FIRST_ARTICLE + " " + sinceJvmStart() + " s after JVM start";
            LOG.info("{}", firstArticle);
        }
    }

    /**
     * When the first article was annotated ({@link #annotate}), in the words of the log line:
     * {@code first article annotated 2.31 s after JVM start}; empty before.
     */
    public java.util.Optional<String> firstArticleNote() {
        return java.util.Optional.ofNullable(firstArticle);
    }

    /** Seconds since the JVM started, as text with two decimals. */
    static String sinceJvmStart() {
        return String.format(java.util.Locale.ROOT, "%.2f",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
    }

    @Override
    public TemporalPipeline get() {
        return perThread.get();
    }

    public int size() {
        return all.size();
    }

    @Override
    public void close() {
        all.forEach(TemporalPipeline::close);
        all.clear();
    }
}
