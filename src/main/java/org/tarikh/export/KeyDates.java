package org.tarikh.export;

import static org.tarikh.export.Html.escape;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyEntry;
import org.tarikh.chronology.Precision;
import org.tarikh.chronology.SourceEvent;

/**
 * Key dates: the N most important days of a chronology, one line each, in date order, the way
 * news desks publish a short chronology. A day's importance is how many distinct articles, then
 * distinct sources, name it with an expression of their own (dates that events only inherit
 * from the publication day, or have "on or before", do not count): the date-wise approach of
 * news timeline summarisation. Each day is told by the headline of its entry with the most
 * articles, in the words of a member that states that day.
 */
public final class KeyDates {

    /** One key date. */
    public record KeyDate(LocalDate day, int articles, int sources, ChronologyEntry entry, SourceEvent sentence) {
    }

    private KeyDates() {
    }

    public static List<KeyDate> of(Chronology c, int n) {
        Map<LocalDate, Set<String>> articles = new TreeMap<>();
        Map<LocalDate, Set<String>> sources = new TreeMap<>();
        Map<LocalDate, ChronologyEntry> best = new TreeMap<>();
        Map<LocalDate, SourceEvent> sentence = new TreeMap<>();
        for (ChronologyEntry e : c.entries()) {
            for (SourceEvent s : e.sources()) {
                if (!daily(s)) {
                    continue;
                }
                LocalDate d = s.start().toLocalDate();
                articles.computeIfAbsent(d, x -> new HashSet<>()).add(s.articleId());
                sources.computeIfAbsent(d, x -> new HashSet<>()).add(s.source() == null ? s.articleId() : s.source());
                ChronologyEntry b = best.get(d);
                if (b == null || e.articleIds().size() > b.articleIds().size()) {
                    best.put(d, e);
                    // the member that states the day tells it (prefer the entry's headline when it does)
                    sentence.put(d, s);
                } else if (b == e && s == e.primary()) {
                    sentence.put(d, s);
                }
            }
        }
        List<KeyDate> all = new ArrayList<>();
        articles.forEach((d, a) -> all.add(new KeyDate(d, a.size(), sources.get(d).size(), best.get(d), sentence.get(d))));
        all.sort(Comparator.comparingInt(KeyDate::articles).reversed().thenComparing(
                Comparator.comparingInt(KeyDate::sources).reversed()).thenComparing(KeyDate::day));
        List<KeyDate> top = new ArrayList<>(all.subList(0, Math.min(n, all.size())));
        top.sort(Comparator.comparing(KeyDate::day));
        return top;
    }

    /** A date an article states, to the day or finer. */
    static boolean daily(SourceEvent s) {
        Precision p = s.precision();
        return !s.onOrBefore() && !s.fromPublicationDate() && !p.vague()
                && p.provenance() != Precision.Provenance.PUBLICATION_DATE
                && List.of("DAY", "PART_OF_DAY", "HOUR", "MINUTE").contains(s.granularity());
    }

    public static void writeText(Chronology c, int n, PrintWriter out) {
        List<KeyDate> dates = of(c, n);
        if (dates.isEmpty()) {
            out.println("(no dates stated to the day)");
        }
        for (KeyDate k : dates) {
            String hijri = ArabicDates.hijri(k.day(), k.day());
            out.printf("%s  %s%s — %s  [%d articles, %d sources]%n", k.day(), ArabicDates.day(k.day()),
                    hijri.isEmpty() ? "" : " (" + hijri + ")", ChronologyText.oneLine(k.sentence().text(), 160),
                    k.articles(), k.sources());
        }
        out.flush();
    }

    public static void writeHtml(Chronology c, int n, PrintWriter out) {
        String title = "تواريخ رئيسية" + (c.filter().query() == null ? "" : ": " + c.filter().query());
        out.append("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:\"Noto Naskh Arabic\",\"Noto Sans Arabic\",sans-serif;max-width:860px;margin:0 auto;padding:1rem;line-height:1.7;overflow-wrap:anywhere}")
                .append("li{margin:.4rem 0}.d{font-weight:bold}.h{color:#555;font-size:.9rem}.n{color:#777;font-size:.8rem}")
                .append("\n</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n<ul>\n");
        for (KeyDate k : of(c, n)) {
            String hijri = ArabicDates.hijri(k.day(), k.day());
            out.append("<li><span class=\"d\">").append(escape(ArabicDates.day(k.day()))).append("</span>")
                    .append(hijri.isEmpty() ? "" : " <span class=\"h\">(" + escape(hijri) + ")</span>").append(": ")
                    .append(Html.highlighted(k.sentence())).append(" <span class=\"n\">(")
                    .append(String.valueOf(k.articles())).append(" مقالات، ").append(String.valueOf(k.sources()))
                    .append(" مصادر)</span></li>\n");
        }
        out.append("</ul>\n</body>\n</html>\n");
        out.flush();
    }
}
