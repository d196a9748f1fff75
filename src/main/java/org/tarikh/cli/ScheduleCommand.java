package org.tarikh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.support.CronExpression;
import org.tarikh.job.JobDefinition;
import org.tarikh.job.RunSummary;
import org.tarikh.job.TimelineRun;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Keeps running: runs the job each time its cron 'schedule' comes round.",
                "Annotation engines are built once and reused by every run."})
public class ScheduleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--job", paramLabel = "FILE", defaultValue = "jobs/nightly.yml",
            description = "Job definition with a 'schedule' (default: ${DEFAULT-VALUE}).")
    Path job;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "0",
            description = "Stop after N runs (0: never stop).")
    int maxRuns;

    @Override
    public Integer call() throws Exception {
        JobDefinition definition = JobDefinition.read(job);
        if (definition.schedule() == null || definition.schedule().isBlank()) {
            throw new org.tarikh.job.ConfigurationException(job + " has no 'schedule'");
        }
        CronExpression cron = CronExpression.parse(definition.schedule());
        PrintWriter out = spec.commandLine().getOut();
        boolean failed = false;
        boolean rejections = false;
        try (ConfigurableApplicationContext context = TimelineRun.context(definition)) {
            for (int runs = 0; maxRuns == 0 || runs < maxRuns; runs++) {
                LocalDateTime next = cron.next(LocalDateTime.now());
                if (next == null) {
                    out.println("the schedule '" + definition.schedule() + "' has no next time; stopping");
                    break;
                }
                TimelineRun.releaseConnections(context); // hold nothing while waiting: readers and manual runs may open it
                out.println("next run at " + next);
                out.flush();
                context.getBean(org.tarikh.job.Checkpoints.class).reached("schedule-waiting"); // test hook, usually off
                Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(), next).toMillis()));
                JobExecution execution;
                try {
                    execution = TimelineRun.execute(context, definition);
                } catch (org.tarikh.job.RunLock.RefusedException e) {
                    out.println("skipped this run: " + e.getMessage()); // e.g. a manual run is still going
                    out.flush();
                    continue;
                }
                RunSummary summary = RunSummary.of(execution);
                out.println(summary.describe());
                if (summary.status().equals("COMPLETED")) {
                    try {
                        TimelineRun.exportAll(context, definition, out::println);
                    } catch (RuntimeException e) {
                        Failures.trace("export failed", e);
                        out.println("export failed: " + Failures.oneLine(e)); // the previous file stays; next run tries again
                        failed = true;
                    }
                }
                out.flush();
                failed |= !summary.status().equals("COMPLETED");
                rejections |= summary.rejected() > 0;
            }
        }
        return failed ? ExitCodes.FAILED : rejections ? ExitCodes.COMPLETED_WITH_REJECTIONS : ExitCodes.OK;
    }
}
