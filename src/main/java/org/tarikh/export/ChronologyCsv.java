package org.tarikh.export;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyEntry;
import org.tarikh.chronology.MergeLink;
import org.tarikh.chronology.SourceEvent;

/**
 * The chronology as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets read Arabic),
 * in two files: {@code NAME.csv} with one row per entry (its date, its headline source and
 * sentence, its sources, a short summary of the merge evidence), and {@code NAME.evidence.csv}
 * with one row per member event (its sentence, date, and why it is in its entry). No cell
 * exceeds {@link #MAX_CELL} characters (a spreadsheet's limit is 32,767): a longer one is cut
 * and ends with «…». Cells that a spreadsheet would run as a formula (starting with = + - @,
 * tab or carriage return) are prefixed with a single quote.
 */
public final class ChronologyCsv {

    /** Well under a spreadsheet cell's 32,767 characters, after quoting doubles some quotes. */
    static final int MAX_CELL = 16_000;

    static final List<String> HEADER = List.of("entry_id", "entry_date", "entry_precision", "entry_provenance",
            "date_conflict", "dates", "sources_in_entry", "articles_in_entry", "article_id", "event_seq", "published",
            "source", "title", "url", "expression", "timex_value", "timex_mod", "headline", "other_sources",
            "merge_summary", "curated", "published_disagreement", "captures");

    static final List<String> EVIDENCE_HEADER = List.of("entry_id", "role", "article_id", "event_seq", "published",
            "source", "title", "url", "event_date", "event_precision", "event_provenance", "relative", "expression",
            "timex_value", "timex_mod", "event_text", "similarity", "shared_terms", "time", "dates_conflict", "basis", "published_disagreement", "captures");

    private ChronologyCsv() {
    }

    /** The evidence file beside {@code out}: {@code x.csv} → {@code x.evidence.csv}. */
    public static Path evidencePath(Path out) {
        String name = out.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return out.resolveSibling(base + ".evidence.csv");
    }

    /** One row per entry. */
    public static void write(Chronology c, PrintWriter out) {
        write(org.tarikh.curation.Curator.none(c), out);
    }

    /** One row per entry; {@code curated} lists the curations that shaped it. */
    public static void write(org.tarikh.curation.Curator.Result r, PrintWriter out) {
        Chronology c = r.chronology();
        out.print('\uFEFF');
        row(out, HEADER);
        for (ChronologyEntry e : c.entries()) {
            SourceEvent h = e.primary();
            List<String> cells = new ArrayList<>();
            cells.add(e.id());
            cells.add(e.precision().display());
            cells.add(e.precision().label());
            cells.add(e.precision().provenance().name());
            cells.add(String.valueOf(e.dateConflict()));
            cells.add(e.dates().stream().map(d -> d.precision().display() + " (" + d.refs().size() + ")")
                    .collect(Collectors.joining("; ")));
            cells.add(String.valueOf(e.sources().size()));
            cells.add(String.valueOf(e.articleIds().size()));
            cells.add(h.articleId());
            cells.add(String.valueOf(h.seq()));
            cells.add(h.dct().toString());
            cells.add(h.source());
            cells.add(h.title());
            cells.add(h.url());
            cells.add(h.expression());
            cells.add(h.value());
            cells.add(h.mod());
            cells.add(h.text());
            Set<String> others = new LinkedHashSet<>();
            for (SourceEvent s : e.sources()) {
                if (s != h) {
                    others.add((s.source() == null ? "" : s.source() + " ") + s.ref());
                }
            }
            cells.add(String.join("; ", others));
            cells.add(summary(e));
            cells.add(r.marksOf(e).stream().map(org.tarikh.curation.Curation::describe).collect(Collectors.joining(" | ")));
            cells.add(h.dctDisagreement());
            cells.add(String.valueOf(c.capturesOf(h.articleId())));
            row(out, cells);
        }
        out.flush();
    }

    /**
     * The merge evidence in one short line: how many members, their similarity to the rest
     * (lowest, mean), the strong bases, the terms most of them share, and the dates' agreement.
     */
    static String summary(ChronologyEntry e) {
        if (e.links().isEmpty()) {
            return "single source";
        }
        double min = e.links().stream().mapToDouble(MergeLink::similarity).min().orElse(0);
        double mean = e.links().stream().mapToDouble(MergeLink::similarity).average().orElse(0);
        Map<String, Long> terms = e.links().stream().flatMap(l -> l.sharedTerms().stream())
                .collect(Collectors.groupingBy(Function.identity(), java.util.LinkedHashMap::new, Collectors.counting()));
        String top = terms.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .map(Map.Entry::getKey).collect(Collectors.joining(" "));
        Map<String, Long> bases = e.links().stream().map(MergeLink::basis).filter(b -> b != null && !b.isEmpty())
                .map(b -> b.startsWith("copy of") ? "copy" : b)
                .collect(Collectors.groupingBy(Function.identity(), java.util.TreeMap::new, Collectors.counting()));
        long conflicts = e.links().stream().filter(MergeLink::dateConflict).count();
        StringBuilder b = new StringBuilder();
        b.append(e.links().size()).append(" merged into ").append(e.primary().ref())
                .append(String.format(Locale.ROOT, "; similarity min %.2f mean %.2f", min, mean));
        if (!bases.isEmpty()) {
            b.append("; basis ").append(bases.entrySet().stream().map(x -> x.getKey() + " ×" + x.getValue())
                    .collect(Collectors.joining(", ")));
        }
        if (!top.isEmpty()) {
            b.append("; shared terms ").append(top);
        }
        b.append(conflicts == 0 ? "; dates agree" : "; " + conflicts + " with a conflicting date");
        b.append("; details in the evidence file");
        return b.toString();
    }

    /** One row per member event of each entry, with why it is there. */
    public static void writeEvidence(Chronology c, PrintWriter out) {
        out.print('\uFEFF');
        row(out, EVIDENCE_HEADER);
        for (ChronologyEntry e : c.entries()) {
            Map<String, MergeLink> why = e.links().stream().collect(Collectors.toMap(MergeLink::a, l -> l, (a, b) -> a));
            for (SourceEvent s : e.sources()) {
                MergeLink l = why.get(s.ref());
                List<String> cells = new ArrayList<>();
                cells.add(e.id());
                cells.add(s == e.primary() ? "headline" : "member");
                cells.add(s.articleId());
                cells.add(String.valueOf(s.seq()));
                cells.add(s.dct().toString());
                cells.add(s.source());
                cells.add(s.title());
                cells.add(s.url());
                cells.add(s.precision().display());
                cells.add(s.precision().label());
                cells.add(s.precision().provenance().name());
                cells.add(String.valueOf(s.precision().relative()));
                cells.add(s.expression());
                cells.add(s.value());
                cells.add(s.mod());
                cells.add(s.text());
                cells.add(l == null ? "" : String.format(Locale.ROOT, "%.2f", l.similarity()));
                cells.add(l == null ? "" : String.join(" ", l.sharedTerms()));
                cells.add(l == null ? "" : l.time());
                cells.add(l == null ? "" : String.valueOf(l.dateConflict()));
                cells.add(l == null ? "" : l.basis());
                cells.add(s.dctDisagreement());
                cells.add(String.valueOf(c.capturesOf(s.articleId())));
                row(out, cells);
            }
        }
        out.flush();
    }

    private static void row(PrintWriter out, List<String> cells) {
        out.print(cells.stream().map(ChronologyCsv::cell).collect(Collectors.joining(",")));
        out.print("\r\n");
    }

    /** One cell: at most {@link #MAX_CELL} characters, formula-safe, then quoted if it holds a comma, quote or line break. */
    static String cell(String raw) {
        if (raw == null) {
            return "";
        }
        String v = raw;
        if (v.length() > MAX_CELL) {
            int cut = MAX_CELL - 1;
            if (Character.isHighSurrogate(v.charAt(cut - 1))) {
                cut--;
            }
            v = v.substring(0, cut) + "…";
        }
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
