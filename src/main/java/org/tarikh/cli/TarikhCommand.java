package org.tarikh.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "tarikh", mixinStandardHelpOptions = true, version = "tarikh 0.1.0",
        description = "Arabic news archives to ordered event timelines.")
public class TarikhCommand implements Runnable {

    /** The subcommands, in the order the usage lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, TagCommand.class, TimelineCommand.class,
            ExportCommand.class, ScheduleCommand.class, WorkerCommand.class, MigrateDbCommand.class, CurateCommand.class,
            EvalCommand.class, EvalEventsCommand.class, org.tarikh.bench.BenchCommand.class,
            org.tarikh.bench.CheckNewsCommand.class, org.tarikh.bench.StockProcessCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The command line with every subcommand. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for these arguments: when the first names a subcommand, with that subcommand only.
     * Picocli builds the model of every subcommand it is given, by reflection over all their options and
     * their types, before it parses anything: a tenth of a second of CPU on the way to the first engine
     * build (issue 16). Anything else (no arguments, {@code help}, {@code --help}, a name it does not
     * know) gets them all, so usage and error messages are as before.
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new TarikhCommand());
        Class<?> only = args.length > 0 ? named(args[0]) : null;
        for (Class<?> c : SUBCOMMANDS) {
            if (only == null || c == only) {
                cl.addSubcommand(c);
            }
        }
        // after the subcommands: picocli applies these settings to the subcommands present when they are set
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(Failures.handler()); // one line and the exit code; the trace to the log file
        return cl;
    }

    /** The subcommand with this name, other than help, or null. */
    static Class<?> named(String name) {
        for (Class<?> c : SUBCOMMANDS) {
            Command command = c.getAnnotation(Command.class);
            if (c != CommandLine.HelpCommand.class && command != null && command.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
