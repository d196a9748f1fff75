package org.tarikh.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyBuilder;
import org.tarikh.chronology.MergeRule;
import org.tarikh.export.ChronologyJson;
import org.tarikh.export.ChronologyText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Prints the chronology from the database: events in timeline order, the same event",
                "reported by several articles merged into one entry with all its sources and the reason for",
                "the merge (docs/chronology.md). Filter by words, entity, source, article and dates."})
public class TimelineCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    ChronologyOptions options;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        org.tarikh.curation.Curator.Result r;
        try (ChronologyOptions.OpenDatabase db = options.open()) {
            DataSource ds = db.dataSource();
            // the curations in force (curate list) apply after merging, at every query
            Chronology built = ChronologyBuilder.query(ds, options.filter(), MergeRule.DEFAULT, !options.noMerge);
            r = options.noCuration ? org.tarikh.curation.Curator.none(built) : org.tarikh.curation.Curator.apply(ds, built);
        }
        Chronology c = r.chronology();
        PrintWriter out = spec.commandLine().getOut();
        if (options.keyDates != null) {
            org.tarikh.export.KeyDates.writeText(c, options.keyDates, out);
        } else if (format == Format.json) {
            ChronologyJson.write(r, out);
        } else {
            ChronologyText.write(r, out);
        }
        return ExitCodes.OK;
    }
}
