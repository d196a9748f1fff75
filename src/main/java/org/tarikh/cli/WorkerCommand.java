package org.tarikh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.tarikh.job.ConfigurationException;
import org.tarikh.job.JobDefinition;
import org.tarikh.job.TimelineJobConfiguration;
import org.tarikh.job.TimelineRun;
import org.tarikh.scaleout.WorkerConfiguration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Runs partitions of a scaled-out job: takes partition requests from the job's broker",
                "(its 'scale-out:' block), reads each partition's share of the inputs, annotates and stores it",
                "in the job's database. Start one or more per machine; 'tarikh run' with the same job file is",
                "the manager. Stops on SIGTERM (a partition it was running is failed by the manager after",
                "'worker-timeout' and runs again on restart). See docs/scale-out.md.",
                "Exit codes: 0 stopped, 1 failed (broker or database unreachable), 2 bad job definition."})
public class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--job", paramLabel = "FILE", required = true,
            description = "Job definition with a 'scale-out:' block (the manager's file).")
    Path job;

    @Override
    public Integer call() throws Exception {
        JobDefinition definition = JobDefinition.read(job); // checked whole before anything starts: exit 2
        if (!definition.scaledOut()) {
            throw new ConfigurationException(job + " has no 'scale-out:' block: a worker needs its broker and queue");
        }
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context;
        try {
            context = TimelineRun.context(definition, TimelineJobConfiguration.class, WorkerConfiguration.class);
        } catch (Exception e) {
            Failures.trace("worker failed to start", e);
            spec.commandLine().getErr().println("worker failed: " + Failures.oneLine(e));
            spec.commandLine().getErr().flush();
            return ExitCodes.FAILED;
        }
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        context.registerShutdownHook(); // SIGTERM: stop taking requests, close the connections
        out.println("worker " + org.tarikh.scaleout.PartitionClaims.self() + " waiting for partitions on queue '"
                + definition.scaleOut().queue() + "' at " + definition.scaleOut().broker().host() + ":"
                + definition.scaleOut().broker().port() + " (" + definition.threadsOrDefault() + " at a time)");
        out.flush();
        closed.await();
        return ExitCodes.OK;
    }
}
