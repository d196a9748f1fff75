package org.tarikh.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "tarikh", mixinStandardHelpOptions = true, version = "tarikh 0.1.0",
        description = "Arabic news archives to ordered event timelines.",
        subcommands = {RunCommand.class, TagCommand.class, TimelineCommand.class, ExportCommand.class,
                ScheduleCommand.class, WorkerCommand.class, MigrateDbCommand.class, CurateCommand.class, EvalCommand.class, EvalEventsCommand.class,
                org.tarikh.bench.BenchCommand.class, org.tarikh.bench.CheckNewsCommand.class,
                org.tarikh.bench.StockProcessCommand.class,
                CommandLine.HelpCommand.class})
public class TarikhCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TarikhCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(Failures.handler()); // one line and the exit code; the trace to the log file
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
