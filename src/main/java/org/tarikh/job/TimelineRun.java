package org.tarikh.job;

import java.io.File;
import java.nio.file.Path;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tarikh.chronology.ChronologyFilter;
import org.tarikh.export.Exports;
import org.tarikh.store.Database;

/**
 * Runs the timeline job once for a job definition: restarts the last run if it failed or was
 * interrupted (same inputs), otherwise starts a new run.
 */
public final class TimelineRun {

    private TimelineRun() {
    }

    /**
     * The Spring context of {@code run} and {@code schedule} (and, with a {@code scale-out:} block,
     * of the manager): the job definition is its one source of configuration, registered as a bean
     * that the configuration classes read. Only the level of Tarikh's own log messages goes through
     * Spring's properties, because Spring Boot's logging system applies it.
     */
    public static ConfigurableApplicationContext context(JobDefinition definition) {
        return definition.scaledOut()
                ? context(definition, TimelineJobConfiguration.class, org.tarikh.scaleout.ScaleOutConfiguration.class)
                : context(definition, TimelineJobConfiguration.class);
    }

    /** A context for the definition with these configuration classes (the worker's are others). */
    public static ConfigurableApplicationContext context(JobDefinition definition, Class<?>... configuration) {
        JobDefinition complete = definition.withDefaults();
        // the engines start building now, on their own threads, while Spring starts (JobEngines)
        JobEngines engines = JobEngines.start(complete);
        try {
            return new SpringApplicationBuilder(configuration)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .initializers(c -> {
                        c.getBeanFactory().registerSingleton("jobDefinition", complete);
                        engines.register((org.springframework.context.support.GenericApplicationContext) c);
                    })
                    .properties(
                            "spring.batch.job.enabled=false",
                            "spring.batch.jdbc.initialize-schema=never",
                            "logging.level.org.tarikh=" + complete.logLevelOrDefault())
                    .run();
        } catch (RuntimeException | Error e) {
            engines.close(); // a context that failed to start closes only the beans it created
            throw e;
        }
    }

    /**
     * Runs the job in the given context and returns its execution; refuses ({@link RunLock.RefusedException})
     * while another run holds the database's run lock.
     */
    public static JobExecution execute(ConfigurableApplicationContext context, JobDefinition definition)
            throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        try (RunLock lock = RunLock.acquire(dataSource)) {
            JobExecution execution = executeLocked(context, definition);
            // the run's postings join the search index in one pass, and the merge weights it changed are summed
            // now, not by the first query after it (docs/chronology.md, docs/storage.md)
            org.tarikh.chronology.SearchIndex.flushAtRunEnd(dataSource);
            org.tarikh.chronology.SearchIndex.refreshFrequencies(dataSource);
            // "COMPLETED" must mean on disk: the summary is printed after this returns
            Database.sync(dataSource);
            return execution;
        }
    }

    private static JobExecution executeLocked(ConfigurableApplicationContext context, JobDefinition definition)
            throws Exception {
        // an engine that cannot be built fails the run here, before the job starts
        context.getBean(PartitionThreads.class).awaitFirstStarted();
        JobOperator operator = context.getBean(JobOperator.class);
        JobRepository repository = context.getBean(JobRepository.class);
        Job job = context.getBean(TimelineJobConfiguration.JOB_NAME, Job.class);
        String inputs = String.join(File.pathSeparator, definition.inputs());
        String inputSet = InputSet.fingerprint(definition.inputs().stream().map(Path::of).toList(), partitions(definition));
        String note = null;

        JobInstance last = repository.getLastJobInstance(TimelineJobConfiguration.JOB_NAME);
        if (last != null) {
            JobExecution lastExecution = repository.getLastJobExecution(last);
            if (lastExecution != null && lastExecution.getStatus() != BatchStatus.COMPLETED
                    && lastExecution.getStatus() != BatchStatus.ABANDONED
                    && inputs.equals(lastExecution.getJobParameters().getString(TimelineJobConfiguration.INPUTS))) {
                if (interrupted(lastExecution.getStatus())) {
                    // the process that ran it died (killed, power loss): mark it failed
                    lastExecution = operator.recover(lastExecution);
                }
                String before = lastExecution.getJobParameters().getString(TimelineJobConfiguration.INPUT_SET);
                if (inputSet.equals(before)) {
                    return operator.restart(lastExecution); // same files, same partitions: its positions hold
                }
                // its positions count records of other files or other partitions: abandon it and read
                // everything again; what it stored is unchanged now and is counted so, nothing is lost
                operator.abandon(lastExecution);
                Integer threadsBefore = threadsOf(lastExecution);
                boolean threadsChanged = threadsBefore != null && threadsBefore != partitions(definition);
                boolean filesChanged = !threadsChanged || !InputSet.fingerprint(
                        definition.inputs().stream().map(Path::of).toList(), threadsBefore).equals(before);
                note = "run " + lastExecution.getId() + " did not complete, and since then "
                        + (filesChanged ? "its input files changed" : "")
                        + (filesChanged && threadsChanged ? " and " : "")
                        + (threadsChanged ? (definition.scaledOut() ? "partitions" : "threads") + " changed from " + threadsBefore
                                + " to " + partitions(definition) : "")
                        + ": started a new run over all inputs instead of restarting it (articles it stored count as"
                        + " unchanged)";
            }
        }
        long run = last == null ? 1 : last.getInstanceId() + 1;
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(TimelineJobConfiguration.INPUTS, inputs)
                .addLong(TimelineJobConfiguration.RUN, run)
                .addString(TimelineJobConfiguration.RUN_DATE, java.time.LocalDate.now().toString(), false)
                .addString(TimelineJobConfiguration.INPUT_SET, inputSet, false)
                .addLong(TimelineJobConfiguration.THREADS, (long) partitions(definition), false);
        if (note != null) {
            parameters.addString(TimelineJobConfiguration.NOTE, note, false);
        }
        return operator.start(job, parameters.toJobParameters());
    }

    /**
     * Closes the context's idle database connections ({@code schedule}, between runs), so that
     * the process does not hold the database file while it waits; the pool opens new ones for
     * the next run.
     */
    public static void releaseConnections(ConfigurableApplicationContext context) {
        context.getBean(org.tarikh.store.ReleasableDataSource.class).release();
    }

    /** How many partitions the run's restart positions count in: the threads, or the scale-out partitions. */
    static int partitions(JobDefinition definition) {
        return definition.scaledOut() ? definition.scaleOut().partitionsOrDefault() : definition.threadsOrDefault();
    }

    private static Integer threadsOf(JobExecution execution) {
        Long t = execution.getJobParameters().getLong(TimelineJobConfiguration.THREADS);
        return t == null ? null : t.intValue();
    }

    /**
     * Writes the exports the job definition asks for, each atomically, reporting each file once
     * it is written; the first failure is thrown (the files before it are written, the failed
     * one and those after it keep their previous content).
     */
    public static void exportAll(ConfigurableApplicationContext context, JobDefinition definition,
            java.util.function.Consumer<String> written) {
        DataSource dataSource = context.getBean(DataSource.class);
        for (JobDefinition.Export export : definition.export()) {
            Exports.write(export.format(), dataSource, ChronologyFilter.ALL, true, Path.of(export.out()));
            written.accept("exported " + export.format() + " to " + export.out());
        }
    }

    private static boolean interrupted(BatchStatus status) {
        return Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING, BatchStatus.UNKNOWN)
                .contains(status);
    }
}
