package org.tarikh.export;

import static org.tarikh.export.Html.escape;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyEntry;
import org.tarikh.chronology.DateReport;
import org.tarikh.chronology.MergeLink;
import org.tarikh.chronology.Precision;
import org.tarikh.chronology.SourceEvent;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chronology as a finding aid: one self-contained HTML file (style and script inline, a
 * Content-Security-Policy that loads nothing), {@code dir="rtl" lang="ar"}, usable on a phone
 * and on a desktop. The entries travel as compact JSON in the page (one line each, written as
 * they come, so the export streams); the page's script ({@code finding-aid.js}) builds the
 * search box, the facets (source, year, month, precision, calendar, kind), the year and month
 * index, a broken-scale time axis, and the entries of a month only when it scrolls into view.
 * <p>
 * Everything taken from articles is data, put in the page with {@code textContent}, never as
 * markup; in the JSON, {@code <}, {@code >}, {@code &} and the line separators are written as
 * {@code \\uXXXX} escapes so no article text can close the script element.
 */
public final class ChronologyHtml {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    static final String CSS = resource("finding-aid.css");
    static final String SCRIPT = resource("finding-aid.js");

    private ChronologyHtml() {
    }

    /** Writes the page entry by entry: nothing but the chronology itself is held in memory. */
    public static void write(Chronology c, PrintWriter out) {
        write(org.tarikh.curation.Curator.none(c), out);
    }

    /** The curated chronology: curated entries carry what was done to them, by whom, when and why. */
    public static void write(org.tarikh.curation.Curator.Result r, PrintWriter out) {
        Chronology c = r.chronology();
        String title = "تسلسل زمني" + (c.filter().query() == null ? "" : ": " + c.filter().query())
                + (c.filter().entity() == null ? "" : " — " + c.filter().entity());
        out.append("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        out.append("<header><h1>").append(escape(title)).append("</h1>\n<p class=\"summary\">")
                .append(String.valueOf(c.entries().size())).append(" مدخلاً من ").append(String.valueOf(c.sourceEvents()))
                .append(" حدثاً في ").append(String.valueOf(c.articles())).append(" مقالاً؛ ")
                .append(String.valueOf(c.mergedEntries())).append(" مدخلاً مدموجاً من عدة مصادر")
                .append(filterText(c)).append("</p></header>\n");
        out.append(SKELETON);
        writeData(r, out);
        out.append("<pre id=\"layout-report\" hidden></pre>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        out.flush();
    }

    private static final String SKELETON = """
            <div id="controls" role="search">
            <input id="q" type="search" dir="auto" placeholder="ابحث في النصوص والمصادر…" aria-label="بحث">
            <div class="facets">
            <label>المصدر <select id="f-src"></select></label>
            <label>السنة <select id="f-year"></select></label>
            <label>الشهر <select id="f-month"></select></label>
            <label>الدقة <select id="f-prec"></select></label>
            <label>التقويم <select id="f-cal"></select></label>
            <label>النوع <select id="f-kind"></select></label>
            <button id="reset" type="button">مسح</button>
            </div>
            <p id="status" aria-live="polite"></p>
            </div>
            <nav id="axis" aria-label="المحور الزمني"></nav>
            <details id="index-box" open><summary>فهرس السنوات والأشهر</summary><nav id="index" aria-label="فهرس"></nav></details>
            <main id="entries"></main>
            <noscript><p>تحتاج هذه الصفحة إلى تفعيل جافاسكربت لعرض المدخلات.</p></noscript>
            """;

    /**
     * The data: {@code T} (interned strings: sources, labels), {@code A} (articles: id, source,
     * title, url, published), {@code E} (entries, one JSON array per line; see finding-aid.js).
     */
    private static void writeData(org.tarikh.curation.Curator.Result r, PrintWriter out) {
        Chronology c = r.chronology();
        Map<String, Integer> strings = new LinkedHashMap<>();
        Map<String, Integer> articles = new LinkedHashMap<>();
        List<List<Object>> articleRows = new ArrayList<>();
        out.append("<script id=\"data\" type=\"application/json\">\n{\"E\":[\n");
        boolean first = true;
        for (ChronologyEntry e : c.entries()) {
            if (!first) {
                out.append(",\n");
            }
            first = false;
            List<Object> row = entry(e, strings, articles, articleRows);
            row.add(r.marksOf(e).stream().map(ChronologyHtml::curationAr).toList());
            out.append(json(row));
        }
        out.append("\n],\n\"A\":[\n");
        for (int i = 0; i < articleRows.size(); i++) {
            out.append(i == 0 ? "" : ",\n").append(json(articleRows.get(i)));
        }
        Map<String, String> centuries = new java.util.TreeMap<>();
        for (ChronologyEntry e : c.entries()) {
            int y = e.start().getYear();
            centuries.computeIfAbsent(String.valueOf(Math.floorDiv(y, 100)), k -> ArabicDates.century(y, false));
        }
        out.append("\n],\n\"T\":").append(json(new ArrayList<>(strings.keySet())))
                .append(",\n\"C\":").append(json(centuries)).append("\n}\n</script>\n");
    }

    /** A curation in Arabic, for the page: what, who, when, why. */
    static String curationAr(org.tarikh.curation.Curation k) {
        String what = switch (k.action()) {
            case HIDE -> "إخفاء";
            case SPLIT -> "فصل حدث في مدخل مستقل";
            case REJECT_MERGE -> "رفض دمج";
            case ACCEPT_MERGE -> "قبول دمج";
            case MOVE -> "نقل حدث إلى هذا المدخل";
            case DATE -> "تصحيح التاريخ إلى " + k.value();
            case NOTE -> "ملاحظة: " + k.value();
        };
        return "#" + k.id() + " " + what + " — " + k.by() + "، " + k.at().toString().substring(0, 10)
                + (k.reason() == null || k.reason().isBlank() ? "" : " — السبب: " + k.reason());
    }

    private static int intern(Map<String, Integer> strings, String s) {
        return strings.computeIfAbsent(s == null ? "" : s, k -> strings.size());
    }

    /**
     * One entry: [id, startDay, untilDay, year, month (0: coarser than a month), date in Arabic,
     * Hijri date, precision label#, precision group#, kind#, calendar#, conflicting dates
     * [[date, count]], members [[article#, seq, text, expression begin, end (relative to the
     * text, -1: outside), expression, date in Arabic]] headline first, merge evidence
     * [[ref, ref, similarity, terms, time]], note]. # = index into T.
     */
    private static List<Object> entry(ChronologyEntry e, Map<String, Integer> strings, Map<String, Integer> articles,
            List<List<Object>> articleRows) {
        List<Object> row = new ArrayList<>(14);
        row.add(e.id());
        row.add(e.start().toLocalDate().toEpochDay());
        row.add(Math.max(e.start().toLocalDate().toEpochDay() + 1, e.until().toLocalDate().toEpochDay()
                + (e.until().toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? 0 : 1)));
        row.add(e.start().getYear());
        row.add(coarserThanMonth(e.precision()) ? 0 : e.start().getMonthValue());
        row.add(ArabicDates.of(e));
        row.add(ArabicDates.hijri(e));
        row.add(intern(strings, precisionAr(e.precision())));
        row.add(intern(strings, precisionGroup(e.precision())));
        SourceEvent dating = ArabicDates.dating(e);
        row.add(intern(strings, kindAr(e.primary())));
        boolean hijri = e.sources().stream().anyMatch(s -> ArabicDates.hijriExpression(s.expression()));
        row.add(intern(strings, hijri ? "هجري" : dating.fromPublicationDate() ? "تاريخ النشر" : "ميلادي"));
        List<Object> conflicts = new ArrayList<>();
        if (e.dateConflict()) {
            for (DateReport d : e.dates()) {
                SourceEvent s = e.sources().stream().filter(x -> d.refs().contains(x.ref())).findFirst().orElse(null);
                conflicts.add(List.of(s == null ? d.precision().display() : ArabicDates.of(s), d.refs().size()));
            }
        }
        row.add(conflicts);
        List<Object> members = new ArrayList<>();
        List<SourceEvent> ordered = new ArrayList<>(e.sources());
        ordered.remove(e.primary());
        ordered.add(0, e.primary());
        for (SourceEvent s : ordered) {
            Integer a = articles.get(s.articleId());
            if (a == null) {
                a = articleRows.size();
                articles.put(s.articleId(), a);
                articleRows.add(java.util.Arrays.asList(s.articleId(),
                        intern(strings, s.source() == null ? s.articleId() : s.source()), s.title(),
                        Html.safeUrl(s.url()) ? s.url().strip() : null, s.dct().toString()));
            }
            boolean inside = s.expressionInside() && s.expressionEnd() - s.begin() <= s.text().length();
            members.add(java.util.Arrays.asList(a, s.seq(), s.text(), inside ? s.expressionBegin() - s.begin() : -1,
                    inside ? s.expressionEnd() - s.begin() : -1, s.expression(), ArabicDates.of(s)));
        }
        row.add(members);
        List<Object> links = new ArrayList<>();
        for (MergeLink l : e.links()) {
            links.add(List.of(l.a(), l.b(), Math.round(l.similarity() * 100) / 100.0,
                    String.join("، ", l.sharedTerms().subList(0, Math.min(6, l.sharedTerms().size()))), timeAr(l.time())
                            + (l.dateConflict() ? " (تاريخان متعارضان، أُبقي عليهما)" : "")));
        }
        row.add(links);
        return row;
    }

    /** JSON safe inside a script element: no {@code <}, {@code >}, {@code &} or line separators as such. */
    static String json(Object value) {
        String s = JSON.writeValueAsString(value);
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    private static String filterText(Chronology c) {
        List<String> parts = new ArrayList<>();
        if (c.filter().query() != null) {
            parts.add("بحث: «" + escape(c.filter().query()) + "»");
        }
        if (c.filter().entity() != null) {
            parts.add("كيان: «" + escape(c.filter().entity()) + "»");
        }
        if (c.filter().source() != null) {
            parts.add("مصدر: <bdi>" + escape(c.filter().source()) + "</bdi>");
        }
        if (c.filter().article() != null) {
            parts.add("مقال: <bdi>" + escape(c.filter().article()) + "</bdi>");
        }
        if (c.filter().from() != null) {
            parts.add("من " + ArabicDates.day(c.filter().from()));
        }
        if (c.filter().to() != null) {
            parts.add("إلى " + ArabicDates.day(c.filter().to()));
        }
        return parts.isEmpty() ? "" : " — " + String.join("، ", parts);
    }

    private static boolean coarserThanMonth(Precision p) {
        return List.of("YEAR", "HALF_YEAR", "DECADE", "CENTURY").contains(p.granularity());
    }

    /** The precision facet: a handful of groups. */
    static String precisionGroup(Precision p) {
        if (p.vague()) {
            return "تقريبي";
        }
        return switch (p.granularity()) {
            case "MINUTE", "HOUR", "PART_OF_DAY", "DAY" -> "يوم أو أدق";
            case "WEEK" -> "أسبوع";
            case "MONTH" -> "شهر";
            case "QUARTER", "SEASON", "HALF_YEAR" -> "فصل أو ربع أو نصف سنة";
            case "YEAR" -> "سنة";
            case "DECADE", "CENTURY" -> "عقد أو قرن";
            default -> "تقريبي";
        };
    }

    static String kindAr(SourceEvent s) {
        if (s.statement()) {
            return "تصريح";
        }
        return switch (s.kind() == null ? "HAPPENING" : s.kind()) {
            case "STATE" -> "حالة";
            case "OPINION" -> "رأي";
            case "BOILERPLATE" -> "نص متكرر";
            default -> "حدث";
        };
    }

    static String precisionAr(Precision p) {
        String g = switch (p.granularity()) {
            case "MINUTE" -> "دقيقة";
            case "HOUR" -> "ساعة";
            case "PART_OF_DAY" -> "جزء من اليوم";
            case "DAY" -> "يوم";
            case "WEEK" -> "أسبوع";
            case "MONTH" -> "شهر";
            case "QUARTER" -> "ربع سنة";
            case "SEASON" -> "فصل";
            case "HALF_YEAR" -> "نصف سنة";
            case "YEAR" -> "سنة";
            case "DECADE" -> "عقد";
            case "CENTURY" -> "قرن";
            default -> "مبهم";
        };
        if (p.mod() != null) {
            g += switch (p.mod()) {
                case "START" -> " (بداية)";
                case "MID" -> " (منتصف)";
                default -> " (نهاية)";
            };
        }
        String prov = switch (p.provenance()) {
            case EXPLICIT -> "تعبير صريح";
            case INHERITED -> "موروث من السياق";
            case PUBLICATION_DATE -> "تاريخ النشر";
        };
        return "الدقة: " + g + (p.vague() ? " تقريباً" : "") + " · المصدر: " + prov
                + (p.relative() ? " · نسبي إلى تاريخ النشر" : "");
    }

    static String timeAr(String time) {
        if (time.startsWith("disjoint")) {
            return "متباعدان " + time.replaceAll("\\D+", " ").strip() + " يوم";
        }
        return switch (time) {
            case "same" -> "التاريخ نفسه";
            case "contains" -> "أحدهما يحتوي الآخر";
            default -> "متداخلان";
        };
    }

    private static String resource(String name) {
        try (InputStream in = ChronologyHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/tarikh/export/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
