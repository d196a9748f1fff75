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
import org.tarikh.annotate.TemporalPipeline;
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

    /** Brings the schema (ours and Spring Batch's) up to date before anything uses it. */
    @Bean
    public TimelineStore timelineStore(DataSource dataSource) {
        Database.migrate(dataSource);
        return new TimelineStore(dataSource);
    }

    @Bean(destroyMethod = "close")
    public PipelinePool pipelinePool() {
        return new PipelinePool(TemporalPipeline::create);
    }

    @Bean
    @StepScope
    public ArticleItemReader articleItemReader(@Value("#{jobParameters['" + INPUTS + "']}") String inputs,
            @Value("#{jobParameters['" + RUN_DATE + "']}") String runDate,
            @Value("${tarikh.max-future-days:" + Limits.DEFAULT_MAX_FUTURE_DAYS + "}") int maxFutureDays,
            @Value("${tarikh.max-article-chars:" + Limits.DEFAULT_MAX_ARTICLE_CHARS + "}") int maxArticleChars) {
        List<Path> paths = Arrays.stream(inputs.split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
        java.time.LocalDate date = runDate == null ? java.time.LocalDate.now() : java.time.LocalDate.parse(runDate);
        return new ArticleItemReader(paths, () -> new InputGuard(date, maxFutureDays, maxArticleChars));
    }

    @Bean(destroyMethod = "close")
    public TimeBudget timeBudget(@Value("${tarikh.time-budget:30s}") String budget) {
        return new TimeBudget(Limits.parseDuration(budget));
    }

    @Bean
    public RunCounts runCounts(DataSource dataSource, TimelineStore migrated) {
        return new RunCounts(dataSource);
    }

    @Bean
    public ArticleProcessor articleProcessor(PipelinePool pipelines, TimelineStore store, TimeBudget budget) {
        return new ArticleProcessor(pipelines, store, budget);
    }

    @Bean
    public TimelineWriter timelineWriter(TimelineStore store, RunCounts counts) {
        return new TimelineWriter(store, counts);
    }

    @Bean
    public Step annotateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ArticleItemReader reader, ArticleProcessor processor, TimelineWriter writer,
            @Value("${tarikh.chunk-size:20}") int chunkSize) {
        return new StepBuilder("annotate", jobRepository)
                .<SourceRecord, Outcome>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .listener(writer)
                .listener(new CheckpointListener(jobRepository)) // restart position survives a kill at any point
                .build();
    }

    @Bean
    public Job timelineJob(JobRepository jobRepository, Step annotateStep, RunSummaryListener summary) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(annotateStep)
                .listener(summary)
                .build();
    }

    @Bean
    public RunSummaryListener runSummaryListener(RunCounts counts) {
        return new RunSummaryListener(counts);
    }
}
