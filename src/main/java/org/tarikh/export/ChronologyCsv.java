package org.tarikh.export;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyEntry;
import org.tarikh.chronology.SourceEvent;

/**
 * The chronology as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets read Arabic):
 * one row per source event, entries in timeline order, the entry's columns repeated on each
 * of its rows. Cells that a spreadsheet would run as a formula (starting with = + - @, tab or
 * carriage return) are prefixed with a single quote.
 */
public final class ChronologyCsv {

    static final List<String> HEADER = List.of("entry_id", "entry_date", "entry_precision", "entry_provenance",
            "date_conflict", "sources_in_entry", "article_id", "event_seq", "published", "source", "title", "url",
            "event_date", "event_precision", "event_provenance", "relative", "expression", "timex_value",
            "timex_mod", "event_text", "merge_evidence", "published_disagreement");

    private ChronologyCsv() {
    }

    public static void write(Chronology c, PrintWriter out) {
        out.print('\uFEFF');
        row(out, HEADER);
        for (ChronologyEntry e : c.entries()) {
            String evidence = e.links().stream().map(l -> l.explain()).collect(Collectors.joining(" | "));
            for (SourceEvent s : e.sources()) {
                List<String> cells = new ArrayList<>();
                cells.add(e.id());
                cells.add(e.precision().display());
                cells.add(e.precision().label());
                cells.add(e.precision().provenance().name());
                cells.add(String.valueOf(e.dateConflict()));
                cells.add(String.valueOf(e.sources().size()));
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
                cells.add(evidence);
                cells.add(s.dctDisagreement());
                row(out, cells);
            }
        }
        out.flush();
    }

    private static void row(PrintWriter out, List<String> cells) {
        out.print(cells.stream().map(ChronologyCsv::cell).collect(Collectors.joining(",")));
        out.print("\r\n");
    }

    /** One cell: formula-safe, then quoted if it holds a comma, quote or line break. */
    static String cell(String raw) {
        if (raw == null) {
            return "";
        }
        String v = raw;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
