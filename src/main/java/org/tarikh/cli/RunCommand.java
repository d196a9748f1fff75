package org.tarikh.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.tarikh.chronology.ChronologyBuilder;
import org.tarikh.chronology.ChronologyFilter;
import org.tarikh.chronology.MergeRule;
import org.tarikh.export.ChronologyText;
import org.tarikh.job.JobDefinition;
import org.tarikh.job.RunSummary;
import org.tarikh.job.TimelineRun;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the timeline job once: read articles, annotate, anchor events, store the timeline.",
                "Restarts the previous run instead if it failed or was interrupted.",
                "Exit codes: 0 all processed, 3 completed with rejections, 1 failed, 2 bad usage or job definition,",
                "4 refused (another run in progress)."})
public class RunCommand implements Callable<Integer> {

    static final Path DEFAULT_JOB = Path.of("jobs/nightly.yml");

    @Spec
    CommandSpec spec;

    @Option(names = "--job", paramLabel = "FILE", description = "Job definition (default: ${DEFAULT-VALUE} if present).",
            defaultValue = "jobs/nightly.yml")
    Path job;

    @Option(names = "--input", paramLabel = "PATH", description = "Article file or folder; repeatable. Overrides the job's inputs.")
    List<String> inputs;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Timeline database. Overrides the job's database.")
    String db;

    @Option(names = "--reprocess", paramLabel = "ID", description = {"Annotate this stored article again even if unchanged;"
            + " repeatable. It must be among the inputs of this run."})
    List<String> reprocess;

    @Option(names = "--show-timeline", description = "Print the whole chronology (merged timeline) after the run.")
    boolean showTimeline;

    @Override
    public Integer call() throws Exception {
        // the whole definition is checked before anything starts: a ConfigurationException exits 2
        JobDefinition definition = definition(job, inputs, db);
        PrintWriter out = spec.commandLine().getOut();
        try {
            int code = run(definition, out);
            if ((code == ExitCodes.OK || code == ExitCodes.COMPLETED_WITH_REJECTIONS) && mayBeSparse) {
                // the run's connections are closed now: an H2 file left mostly free space is compacted (docs/storage.md)
                JobDefinition.Credentials credentials = definition.credentialsOrDefaults();
                String database = definition.database() == null ? org.tarikh.store.Database.DEFAULT_URL : definition.database();
                org.tarikh.store.Database.compactIfSparse(database, credentials.user(),
                        credentials.resolvePassword()).ifPresent(note -> {
                            out.println("  " + note);
                            out.flush();
                        });
            }
            return code;
        } catch (Exception e) {
            // a second run, or a database that cannot be reached: one clear line, the trace in the log file
            Failures.trace("run failed", e);
            var refused = org.tarikh.job.RunLock.refusal(e);
            PrintWriter err = spec.commandLine().getErr();
            out.flush();
            if (refused.isPresent()) {
                err.println("run refused: " + refused.get());
                err.flush();
                return ExitCodes.ALREADY_RUNNING;
            }
            err.println("run failed: " + Failures.oneLine(e));
            err.flush();
            return ExitCodes.FAILED;
        }
    }

    /** False when the database, read at the end of the run, is not one {@code compactIfSparse} would compact. */
    private boolean mayBeSparse = true;

    private Integer run(JobDefinition definition, PrintWriter out) throws Exception {
        try (ConfigurableApplicationContext context = TimelineRun.context(definition)) {
            if (reprocess != null && !reprocess.isEmpty()) {
                org.tarikh.store.Reprocessing.mark(context.getBean(javax.sql.DataSource.class), reprocess)
                        .forEach(id -> spec.commandLine().getErr().println("--reprocess " + id + ": no such article stored"));
            }
            JobExecution execution = TimelineRun.execute(context, definition);
            // read while the run's connections are open: a file not sparse now is not opened again after the run
            mayBeSparse = org.tarikh.store.Database.mayBeSparse(context.getBean(javax.sql.DataSource.class));
            RunSummary summary = RunSummary.of(execution);
            out.println(summary.describe());
            // the accelerator's start-up self-check fell back to the reference path: same output, slower
            if (!definition.scaledOut()) { // a scale-out manager has no engine (its workers log their own fallback)
                org.tarikh.annotate.PipelinePool pipelines = context.getBean(org.tarikh.annotate.PipelinePool.class);
                pipelines.accelerationNote().ifPresent(n -> out.println("  " + n));
                // the start-up checkpoint (this process's, not the run's: not stored with the run's summary)
                pipelines.firstArticleNote().ifPresent(n -> out.println("  " + n));
            }
            if (definition.scaledOut()) {
                out.println("scale-out: " + context.getBean(org.tarikh.scaleout.ManagerSteps.class).requestsSent()
                        + " partition requests sent to queue '" + definition.scaleOut().queue() + "'");
            }
            out.flush();
            context.getBean(org.tarikh.job.Checkpoints.class).reached("summary-printed"); // test hook, usually off
            execution.getAllFailureExceptions().forEach(e -> out.println("  failure: " + e));
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                out.flush();
                return ExitCodes.FAILED;
            }
            try {
                TimelineRun.exportAll(context, definition, out::println);
            } catch (RuntimeException e) {
                // the run's data is committed; the export step failed and the previous file stays
                Failures.trace("export failed", e);
                out.flush();
                spec.commandLine().getErr().println("export failed: " + Failures.oneLine(e));
                spec.commandLine().getErr().flush();
                return ExitCodes.FAILED;
            }
            if (showTimeline) {
                out.println();
                ChronologyText.write(ChronologyBuilder.query(context.getBean(javax.sql.DataSource.class),
                        ChronologyFilter.ALL, MergeRule.DEFAULT, true), out);
            }
            out.flush();
            return summary.rejected() > 0 ? ExitCodes.COMPLETED_WITH_REJECTIONS : ExitCodes.OK;
        }
    }

    static JobDefinition definition(Path job, List<String> inputs, String db) {
        JobDefinition base = job != null && Files.exists(job) ? JobDefinition.read(job)
                : job != null && !job.equals(DEFAULT_JOB) ? JobDefinition.read(job) // a named file must exist
                : JobDefinition.defaults();
        return base.withInputs(inputs).withDatabase(db).validate("--input/--db");
    }
}
