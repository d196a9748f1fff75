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

    private final Supplier<TemporalPipeline> factory;
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
        return p;
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
