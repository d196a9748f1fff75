package org.tarikh.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.tarikh.export.TimelinePrinter;
import org.tarikh.store.Database;
import org.tarikh.store.TimelineEntry;
import org.tarikh.store.TimelineQuery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Prints the ordered timeline from the database.")
public class TimelineCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = Database.DEFAULT_URL,
            description = "Timeline database (default: ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--article", paramLabel = "ID", description = "Only this article's events.")
    String article;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events that reach this day or later (ISO date).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only events that start on or before this day (ISO date).")
    LocalDate to;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        DataSource ds = Database.simple(db);
        Database.migrate(ds);
        java.util.List<TimelineEntry> entries = new TimelineQuery(ds).entries(article, from, to);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            TimelinePrinter.json(entries, out);
        } else {
            TimelinePrinter.text(entries, out);
        }
        return ExitCodes.OK;
    }
}
