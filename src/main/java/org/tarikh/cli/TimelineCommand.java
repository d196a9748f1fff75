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

    /** Articles a word query shows by default: the newest that match (docs/chronology.md, "Filters"). */
    static final int DEFAULT_LIMIT = 200;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + DEFAULT_LIMIT,
            description = {"With --query or --entity: the events of the N newest matching articles only (default:"
                    + " ${DEFAULT-VALUE}; 0: every one). A note on standard error says when older ones were left out."})
    int limit;

    @Option(names = "--timing", hidden = true,
            description = "Print on standard error where the command's time went: opening, query and merge, printing (wall and this thread's CPU).")
    boolean timing;

    /** Wall and CPU milliseconds of this thread since the last call (for --timing). */
    private final long[] clock = new long[2];

    private String lap() {
        long wall = System.nanoTime();
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        String s = String.format(java.util.Locale.ROOT, "%d ms (CPU %d ms)", (wall - clock[0]) / 1_000_000,
                (cpu - clock[1]) / 1_000_000);
        clock[0] = wall;
        clock[1] = cpu;
        return s;
    }

    @Override
    public Integer call() {
        lap();
        String opened = null;
        String queried = null;
        if (limit < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--limit: expected 0 (no limit) or a number of articles, not " + limit);
        }
        org.tarikh.curation.Curator.Result r;
        boolean sparse;
        try (ChronologyOptions.OpenDatabase db = options.open()) {
            DataSource ds = db.dataSource();
            opened = lap();
            // the curations in force (curate list) apply after merging, at every query
            ChronologyBuilder.Newest newest = ChronologyBuilder.queryNewest(ds, options.filter(), MergeRule.DEFAULT,
                    !options.noMerge, limit);
            Chronology built = newest.chronology();
            r = options.noCuration ? org.tarikh.curation.Curator.none(built) : org.tarikh.curation.Curator.apply(ds, built);
            if (newest.limited()) {
                spec.commandLine().getErr().printf("timeline: the %d newest of the %,d articles the words name; older ones"
                        + " left out (narrow with --from/--to, or --limit N, 0 for every one)%n", limit,
                        newest.candidateArticles());
            }
            queried = lap();
            sparse = db.mayBeSparse();
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
        out.flush();
        options.compactIfSparse(sparse, "timeline", spec.commandLine().getErr());
        if (timing) {
            spec.commandLine().getErr().printf("timeline timing: open %s; query, merge and curation %s; print %s;"
                    + " JVM up %d ms%n", opened, queried, lap(),
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        }
        return ExitCodes.OK;
    }
}
