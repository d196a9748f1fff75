package org.tarikh.job;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.tarikh.annotate.PipelinePool;
import org.tarikh.annotate.TimeBudget;
import org.tarikh.article.SourceRecord;
import org.tarikh.store.Database;
import org.tarikh.store.RunCounts;
import org.tarikh.store.TimelineStore;

/**
 * The timeline job: read articles → annotate and anchor → store, in chunks, with Spring
 * Batch's JDBC job repository in the same database as the timeline.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class TimelineJobConfiguration {

    public static final String JOB_NAME = "timelineJob";
    /** Job parameter: the inputs, separated by the platform path separator. Identifying. */
    public static final String INPUTS = "inputs";
    /** Job parameter: a run number, so that each nightly run is its own job instance. */
    public static final String RUN = "run";
    /** Job parameter: the run's date, for the far-future check; not identifying, kept on restart. */
    public static final String RUN_DATE = "run-date";
    /** Job parameter: the {@link InputSet} fingerprint the run's restart positions are valid for; not identifying. */
    public static final String INPUT_SET = "input-set";
    /** Job parameter: the run's thread (partition) count; not identifying. */
    public static final String THREADS = "threads";
    /** The partitions' step: on partition threads here, or on worker processes ({@code scale-out}). */
    public static final String WORKER_STEP = "annotate-partition";
    /** Job parameter: what the run summary should tell the operator about how this run started; not identifying. */
    public static final String NOTE = "note";

    // The beans pipelinePool, timeBudget and partitionExecutor (the partitions' threads) are registered by
    // TimelineRun.context, which starts building the engines before Spring starts (JobEngines).

    /** The database, through a pool that {@code schedule} can empty between runs ({@link org.tarikh.store.ReleasableDataSource}). */
    @Bean(destroyMethod = "close")
    public org.tarikh.store.ReleasableDataSource dataSource(JobDefinition definition) {
        JobDefinition.Credentials credentials = definition.credentialsOrDefaults();
        return new org.tarikh.store.ReleasableDataSource(Database.url(definition.database()), credentials.user(),
                credentials.resolvePassword(), definition.threadsOrDefault());
    }

    /** Brings the schema (ours and Spring Batch's) up to date before anything uses it. */
    @Bean
    public TimelineStore timelineStore(DataSource dataSource) {
        Database.migrate(dataSource);
        Database.durableCommits(dataSource);
        return new TimelineStore(dataSource);
    }

    @Bean
    @StepScope
    public ArticleItemReader articleItemReader(@Value("#{jobParameters['" + INPUTS + "']}") String inputs,
            @Value("#{jobParameters['" + RUN_DATE + "']}") String runDate, JobDefinition definition,
            @Value("#{stepExecutionContext['" + RecordPartitioner.INDEX + "']}") Integer partition,
            @Value("#{stepExecutionContext['" + RecordPartitioner.COUNT + "']}") Integer partitions,
            @Value("#{stepExecutionContext['" + RecordPartitioner.SPLIT + "']}") String split, RunCounts counts) {
        List<Path> paths = Arrays.stream(inputs.split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
        java.time.LocalDate date = runDate == null ? java.time.LocalDate.now() : java.time.LocalDate.parse(runDate);
        Limits limits = definition.limitsOrDefaults();
        return new ArticleItemReader(paths, () -> new InputGuard(date, limits.maxFutureDays(), limits.maxArticleChars()),
                partition == null ? 0 : partition, partitions == null ? 1 : partitions, counts,
                // a partition made before the split by size kept none: it goes on by position
                split == null ? org.tarikh.article.ArticleSource.Split.POSITION
                        : org.tarikh.article.ArticleSource.Split.valueOf(split));
    }

    @Bean
    public RunCounts runCounts(DataSource dataSource, TimelineStore migrated) {
        return new RunCounts(dataSource);
    }

    /** One per step execution (partition): it keeps the lookups of its step's current chunk. */
    @Bean
    @StepScope
    public ArticleProcessor articleProcessor(org.springframework.beans.factory.ObjectProvider<PipelinePool> pipelines,
            TimelineStore store, TimeBudget budget) {
        return new ArticleProcessor(pipelines.getObject(), store, budget);
    }

    @Bean
    public TimelineWriter timelineWriter(TimelineStore store, RunCounts counts) {
        return new TimelineWriter(store, counts);
    }

    /** Read → annotate → store in chunks; with one thread the job's only step, else each partition's. */
    private static Step chunkStep(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ArticleItemReader reader, ArticleProcessor processor, TimelineWriter writer, int chunkSize,
            Checkpoints checkpoints) {
        return chunkStep(new StepBuilder(name, jobRepository), jobRepository, transactionManager, reader, processor,
                writer, chunkSize, checkpoints);
    }

    /**
     * The chunk step on the given builder: a plain one, or a remote worker's
     * ({@link org.tarikh.scaleout.WorkerConfiguration}), which is the same step fed by the broker.
     */
    public static Step chunkStep(StepBuilder builder, JobRepository jobRepository,
            PlatformTransactionManager transactionManager, ArticleItemReader reader, ArticleProcessor processor,
            TimelineWriter writer, int chunkSize, Checkpoints checkpoints) {
        return builder
                .<SourceRecord, Outcome>chunk(chunkSize)
                .transactionManager(new TimedCommits(transactionManager)) // commits show in a flight recording
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .listener(writer)
                .listener(new CheckpointListener(jobRepository)) // restart position survives a kill at any point
                .listener((org.springframework.batch.core.listener.StepListener) checkpoints) // test hook, usually off
                .build();
    }

    /**
     * threads = 1: one chunk-oriented step. threads = T > 1: a partitioned step, grid size T,
     * each partition (see {@link RecordPartitioner}) a chunk step of its own on its own thread,
     * with its own UIMA engine (PipelinePool), restartable on its own.
     */
    @Bean
    public Step annotateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ArticleItemReader reader, ArticleProcessor processor, TimelineWriter writer,
            JobDefinition definition, PartitionThreads partitionExecutor, Checkpoints checkpoints,
            org.springframework.beans.factory.ObjectProvider<org.tarikh.scaleout.ManagerSteps> scaleOut) {
        int chunkSize = definition.chunkSizeOrDefault();
        int threads = definition.threadsOrDefault();
        if (definition.scaledOut()) {
            // the partitions run on worker processes; this step sends their requests and follows them
            return scaleOut.getObject().managerStep("annotate", WORKER_STEP, new RecordPartitioner(),
                    definition.scaleOut());
        }
        if (threads <= 1) {
            return chunkStep("annotate", jobRepository, transactionManager, reader, processor, writer, chunkSize,
                    checkpoints);
        }
        Step worker = chunkStep(WORKER_STEP, jobRepository, transactionManager, reader, processor, writer,
                chunkSize, checkpoints);
        return new StepBuilder("annotate", jobRepository)
                .partitioner(worker.getName(), new RecordPartitioner())
                .step(worker)
                .gridSize(threads)
                .taskExecutor(partitionExecutor)
                .build();
    }

    @Bean
    public Job timelineJob(JobRepository jobRepository, Step annotateStep, RunSummaryListener summary,
            Checkpoints checkpoints) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(annotateStep)
                .listener(summary)
                .listener(checkpoints)
                .build();
    }

    /** Test hook, off unless the system properties {@value Checkpoints#PAUSE} and {@value Checkpoints#DIR} are set. */
    @Bean
    public Checkpoints checkpoints(@Value("${" + Checkpoints.PAUSE + ":}") String pause,
            @Value("${" + Checkpoints.DIR + ":}") String dir) {
        return new Checkpoints(pause, dir);
    }

    @Bean
    public RunSummaryListener runSummaryListener(RunCounts counts) {
        return new RunSummaryListener(counts);
    }
}
