package org.tarikh.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyBuilder;
import org.tarikh.chronology.ChronologyFilter;
import org.tarikh.chronology.EventQuery;
import org.tarikh.chronology.MergeRule;
import org.tarikh.chronology.SourceEvent;

/**
 * Writes a chronology to a file in one of the export formats named in job definitions and on
 * the command line ({@code docs/exports.md}). {@code timeml} writes a directory: one
 * {@code .tml} file per article that has events in the chronology, with those events.
 */
public final class Exports {

    public static final List<String> FORMATS = List.of("json", "csv", "timelinejs", "timeml", "html", "text",
            "key-dates", "key-dates-html");

    /** Key dates when none are asked for. */
    public static final int KEY_DATES = 10;

    private Exports() {
    }

    /** Reads the chronology for {@code filter} (merged unless {@code merge} is false) and writes it. */
    public static void write(String format, DataSource dataSource, ChronologyFilter filter, boolean merge, Path out) {
        write(format, dataSource, filter, merge, KEY_DATES, out);
    }

    /** As above; {@code keyDates}: how many key dates the key-dates formats list. */
    public static void write(String format, DataSource dataSource, ChronologyFilter filter, boolean merge, int keyDates,
            Path out) {
        write(format, dataSource, filter, merge, true, keyDates, out);
    }

    /**
     * As above; {@code curated} false writes the chronology as merging made it, without the
     * curations in force ({@code --no-curation}: to see what the curations changed).
     */
    public static void write(String format, DataSource dataSource, ChronologyFilter filter, boolean merge,
            boolean curated, int keyDates, Path out) {
        String f = check(format);
        Chronology built = ChronologyBuilder.query(dataSource, filter, MergeRule.DEFAULT, merge);
        org.tarikh.curation.Curator.Result r = curated ? org.tarikh.curation.Curator.apply(dataSource, built)
                : org.tarikh.curation.Curator.none(built);
        Chronology c = r.chronology();
        if (f.equals("timeml")) {
            // the chronology's events by article, in chronology order
            java.util.Map<String, List<SourceEvent>> events = new java.util.TreeMap<>();
            c.entries().stream().flatMap(e -> e.sources().stream())
                    .forEach(s -> events.computeIfAbsent(s.articleId(), k -> new java.util.ArrayList<>()).add(s));
            TimeMl.writeAll(new EventQuery(dataSource).articles(List.copyOf(events.keySet())), events, out);
            return;
        }
        write(f, r, keyDates, out);
    }

    /** Writes an already built chronology (every format but {@code timeml}, which needs the article texts). */
    public static void write(String format, Chronology c, Path out) {
        write(format, org.tarikh.curation.Curator.none(c), out);
    }

    /** Writes a curated chronology: the formats that can say which entries are curated do. */
    public static void write(String format, org.tarikh.curation.Curator.Result r, Path out) {
        write(format, r, KEY_DATES, out);
    }

    public static void write(String format, org.tarikh.curation.Curator.Result r, int keyDates, Path out) {
        Chronology c = r.chronology();
        String f = check(format);
        if (f.equals("timeml")) {
            throw new IllegalArgumentException("format " + f + " needs the database");
        }
        if (f.equals("csv")) {
            // the full evidence first, beside the file: the entry file then names it
            AtomicFile.write(ChronologyCsv.evidencePath(out), w -> ChronologyCsv.writeEvidence(c, w));
            AtomicFile.write(out, w -> ChronologyCsv.write(r, w));
            return;
        }
        // all or nothing: a full disk or a kill leaves the previous file as it was
        AtomicFile.write(out, w -> {
            switch (f) {
                case "json" -> ChronologyJson.write(r, w);
                case "csv" -> ChronologyCsv.write(c, w);
                case "timelinejs" -> TimelineJs.write(c, w);
                case "html" -> ChronologyHtml.write(r, w);
                case "text" -> ChronologyText.write(r, w);
                case "key-dates" -> KeyDates.writeText(c, keyDates, w);
                case "key-dates-html" -> KeyDates.writeHtml(c, keyDates, w);
                default -> throw new IllegalArgumentException("format " + f + " needs the database");
            }
        });
    }

    /** Rejects an unknown format (before anything runs, e.g. when a job definition is read). */
    public static String check(String format) {
        String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(f)) {
            throw new IllegalArgumentException("unknown export format '" + format + "'; known: " + FORMATS);
        }
        return f;
    }
}
