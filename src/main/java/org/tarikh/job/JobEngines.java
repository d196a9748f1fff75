package org.tarikh.job;

import org.springframework.context.support.GenericApplicationContext;
import org.tarikh.annotate.PipelinePool;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TimeBudget;

/**
 * The job's annotation engines ({@link PipelinePool}: one per thread), the time budget whose
 * workers they run on, and the partition threads ({@link PartitionThreads}), started before the
 * Spring context: {@link #start} begins building every partition thread's engine at once, and
 * {@link #register} hands the three to the context as its beans {@code pipelinePool},
 * {@code timeBudget} and {@code partitionExecutor}, closed with it.
 * <p>
 * Before, the engines were beans of {@link TimelineJobConfiguration} and their builds began only
 * when Spring created the first of them, after its own start (auto-configuration, the environment,
 * logging), which left the engines' seconds of building to begin seconds after launch while the
 * CPU sat with Spring alone (issue 16: {@code run}'s first article came 5 s after {@code tag}'s).
 */
final class JobEngines implements AutoCloseable {

    private final PipelinePool pipelines;
    private final TimeBudget budget;
    private final PartitionThreads partitionThreads;

    private JobEngines(PipelinePool pipelines, TimeBudget budget, PartitionThreads partitionThreads) {
        this.pipelines = pipelines;
        this.budget = budget;
        this.partitionThreads = partitionThreads;
    }

    /**
     * The engines, the budget and the partition threads for this definition, with the engines'
     * builds started where they will annotate (on each partition thread's time-budget worker; with
     * one thread, on the calling thread's, which runs the step); returns at once. A scale-out
     * manager annotates nothing and builds nothing: its workers build their engines; a worker
     * process builds its engine on the first partition it takes.
     */
    static JobEngines start(JobDefinition definition) {
        org.tarikh.annotate.Acceleration acceleration = definition.acceleration();
        // built only when a thread asks: the builds started below, or a worker's first partition
        PipelinePool pipelines = PipelinePool.deferred(() -> ArticleProcessor.warmedEngine(() -> TemporalPipeline.create(acceleration)));
        TimeBudget budget = new TimeBudget(definition.limitsOrDefaults().budget());
        int threads = definition.scaledOut() ? 1 : definition.threadsOrDefault();
        PartitionThreads executor = new PartitionThreads(threads);
        if (threads > 1) {
            // on the thread's time-budget worker (TimeBudget), where it annotates. The partitions queue behind
            // these builds; TimelineRun waits for the first before it starts the job.
            executor.startOnEachThread(threads, () -> {
                try {
                    budget.call(pipelines::get, () -> null);
                } catch (Exception e) {
                    throw new IllegalStateException("cannot build the annotation engines: " + e.getMessage(), e);
                }
            });
        } else if (!definition.scaledOut()) {
            // one thread: the step runs on this (the launching) thread; its engine is built on its budget worker
            executor.started(budget.prepare(pipelines::get));
        }
        return new JobEngines(pipelines, budget, executor);
    }

    /**
     * Registers the three as the context's beans; the context closes them (the partition threads
     * first, then the budget's workers, then the engines).
     */
    void register(GenericApplicationContext context) {
        context.registerBean("pipelinePool", PipelinePool.class, () -> pipelines, bd -> bd.setDestroyMethodName("close"));
        context.registerBean("timeBudget", TimeBudget.class, () -> budget, bd -> bd.setDestroyMethodName("close"));
        context.registerBean("partitionExecutor", PartitionThreads.class, () -> partitionThreads,
                bd -> bd.setDestroyMethodName("close"));
    }

    /** For a context that failed to start: what {@link #register} would have had the context close. */
    @Override
    public void close() {
        partitionThreads.close();
        budget.close();
        pipelines.close();
    }
}
