package org.tarikh.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.tarikh.export.Exports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the chronology (same filters as 'timeline') to a file: json, csv, timelinejs, html,",
                "text; or timeml: a directory with one .tml file per article. Formats: docs/exports.md."})
public class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ChronologyOptions options;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "json, csv, timelinejs, timeml, html, text, key-dates or key-dates-html.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "File to write (a directory for timeml).")
    Path out;

    @Override
    public Integer call() {
        try {
            Exports.check(format);
        } catch (IllegalArgumentException e) {
            throw new org.tarikh.job.ConfigurationException("--format: " + e.getMessage(), e);
        }
        boolean sparse;
        try (ChronologyOptions.OpenDatabase db = options.open()) {
            DataSource ds = db.dataSource();
            try {
                Exports.write(format, ds, options.filter(), !options.noMerge, !options.noCuration,
                        options.keyDates == null ? Exports.KEY_DATES : options.keyDates, out);
            } catch (RuntimeException e) {
                // nothing replaced the previous file (AtomicFile); say so in one line, exit 1
                Failures.trace("export failed", e);
                spec.commandLine().getErr().println("export failed: " + Failures.oneLine(e));
                spec.commandLine().getErr().flush();
                return ExitCodes.FAILED;
            }
            sparse = db.mayBeSparse();
        }
        options.compactIfSparse(sparse, "export", spec.commandLine().getErr());
        spec.commandLine().getOut().println("exported " + format + " to " + out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
