package org.tarikh.annotate;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * One {@link TemporalPipeline} per thread, built on first use and reused for every article
 * that thread annotates. The first pipeline is built eagerly on the calling thread, which
 * also initializes HeidelTime's lazily created, unsynchronized resource singletons before
 * any worker thread can race on them.
 */
public final class PipelinePool implements Supplier<TemporalPipeline>, AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PipelinePool.class);

    private final Supplier<TemporalPipeline> factory;
    private final java.util.concurrent.atomic.AtomicBoolean fallbackLogged = new java.util.concurrent.atomic.AtomicBoolean();
    private final List<TemporalPipeline> all = new CopyOnWriteArrayList<>();
    private final ThreadLocal<TemporalPipeline> perThread;

    public PipelinePool(Supplier<TemporalPipeline> factory) {
        this.factory = factory;
        this.perThread = ThreadLocal.withInitial(this::build);
        perThread.get();
    }

    private TemporalPipeline build() {
        TemporalPipeline p = factory.get();
        all.add(p);
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
