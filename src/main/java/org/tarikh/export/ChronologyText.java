package org.tarikh.export;

import java.io.PrintWriter;
import java.util.Locale;

import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyEntry;
import org.tarikh.chronology.MergeLink;
import org.tarikh.chronology.Precision;
import org.tarikh.chronology.SourceEvent;

/** The chronology for people at a terminal: one block per entry, its sources and why they were merged. */
public final class ChronologyText {

    private ChronologyText() {
    }

    public static void write(Chronology c, PrintWriter out) {
        write(org.tarikh.curation.Curator.none(c), out);
    }

    /** The curated chronology: each curated entry says by which curations («curated: #id …»). */
    public static void write(org.tarikh.curation.Curator.Result r, PrintWriter out) {
        Chronology c = r.chronology();
        if (c.entries().isEmpty()) {
            out.println("(no events match)");
            out.flush();
            return;
        }
        for (ChronologyEntry e : c.entries()) {
            if (e.sources().size() > 1) {
                out.printf("» %s%n", oneLine(e.headline(), 200));
            }
            out.printf("%-18s %s%s%s%n", e.precision().display(), describe(e.precision()),
                    e.sources().size() > 1 ? "  [" + e.sources().size() + " sources, " + e.articleIds().size() + " articles]" : "",
                    e.dateConflict() ? "  !! dates conflict: " + String.join(" / ",
                            e.dates().stream().map(d -> d.precision().display()).toList()) : "");
            for (SourceEvent s : e.sources()) {
                int captures = c.capturesOf(s.articleId());
                out.printf("    - %s «%s» %s %s — %s%s%s%s%n", s.ref(), s.expression(), s.precision().display(),
                        describe(s.precision()), s.source() == null ? "" : s.source(),
                        "HAPPENING".equals(s.kind()) ? "" : " [" + s.kind().toLowerCase(Locale.ROOT) + "]",
                        captures > 1 ? " (" + captures + " captures)" : "",
                        s.dctDisagreement() == null ? "" : "  !! publication date: " + s.dctDisagreement());
                out.printf("      %s%n", oneLine(s.text(), 200));
            }
            for (MergeLink l : e.links()) {
                out.printf("    merged: %s%n", l.explain());
            }
            for (org.tarikh.curation.Curation k : r.marksOf(e)) {
                out.printf("    curated: %s%n", k.describe());
            }
        }
        out.printf("%n%d entries (%d merged) from %d events in %d articles%n", c.entries().size(), c.mergedEntries(),
                c.sourceEvents(), c.articles());
        if (c.hiddenEvents() > 0) {
            out.printf("hidden (not happenings; --all-kinds shows them): %s%n", c.hidden().entrySet().stream()
                    .map(x -> x.getValue() + " " + x.getKey().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.joining(", ")));
        }
        if (r.hidden() > 0) {
            out.printf("hidden by curation: %d entries (curate list)%n", r.hidden());
        }
        out.flush();
    }

    static String describe(Precision p) {
        return "(" + p.label() + ", " + p.provenance().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (p.relative() ? ", relative" : "") + ")";
    }

    static String oneLine(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
