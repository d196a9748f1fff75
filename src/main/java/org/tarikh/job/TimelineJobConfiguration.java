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
import org.tarikh.article.SourceRecord;
import org.tarikh.store.Database;
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
    public ArticleItemReader articleItemReader(@Value("#{jobParameters['" + INPUTS + "']}") String inputs) {
        List<Path> paths = Arrays.stream(inputs.split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
        return new ArticleItemReader(paths);
    }

    @Bean
    public ArticleProcessor articleProcessor(PipelinePool pipelines, TimelineStore store) {
        return new ArticleProcessor(pipelines, store);
    }

    @Bean
    public TimelineWriter timelineWriter(TimelineStore store) {
        return new TimelineWriter(store);
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
    public RunSummaryListener runSummaryListener() {
        return new RunSummaryListener();
    }
}
