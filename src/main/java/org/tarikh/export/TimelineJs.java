package org.tarikh.export;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyEntry;
import org.tarikh.chronology.SourceEvent;

/**
 * The chronology in TimelineJS's JSON format: {@code {"title", "events": [...]}}, each event
 * with {@code start_date}/{@code end_date} ({@code year}, {@code month}, {@code day} only as far
 * as the date is known, so TimelineJS shows a year-precise event as a year), {@code text}
 * ({@code headline}, HTML {@code text} listing the sources, escaped), {@code group},
 * {@code display_date} (our precision label) and {@code unique_id} (the entry id).
 */
public final class TimelineJs {

    private TimelineJs() {
    }

    public static void write(Chronology c, PrintWriter out) {
        out.println(ChronologyJson.JSON.writeValueAsString(of(c)));
        out.flush();
    }

    public static Map<String, Object> of(Chronology c) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> title = new LinkedHashMap<>();
        title.put("text", text(Html.escape("تسلسل زمني" + (c.filter().query() == null ? "" : ": " + c.filter().query())),
                Html.escape(c.entries().size() + " مدخلاً من " + c.sourceEvents() + " حدثاً في " + c.articles()
                        + " مقالاً")));
        root.put("title", title);
        List<Map<String, Object>> events = new ArrayList<>();
        List<Map<String, Object>> eras = new ArrayList<>();
        for (ChronologyEntry e : c.entries()) {
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("start_date", date(e.start(), e.precision().granularity()));
            ev.put("end_date", date(e.until().minusMinutes(1), e.precision().granularity()));
            ev.put("text", text(headline(e.headline()), sourcesHtml(e)));
            ev.put("group", group(e));
            String hijri = ArabicDates.hijri(e);
            ev.put("display_date", ArabicDates.of(e) + (hijri.isEmpty() ? "" : " (" + hijri + ")")
                    + (e.dateConflict() ? " (تواريخ متعارضة)" : ""));
            ev.put("unique_id", e.id());
            events.add(ev);
            if (List.of("YEAR", "DECADE", "CENTURY").contains(e.precision().granularity())) {
                // a long span: also an era band, so it reads as a span, not a point
                Map<String, Object> era = new LinkedHashMap<>();
                era.put("start_date", date(e.start(), e.precision().granularity()));
                era.put("end_date", date(e.until().minusMinutes(1), e.precision().granularity()));
                era.put("text", Map.of("headline", Html.escape(ArabicDates.of(e))));
                eras.add(era);
            }
        }
        root.put("events", events);
        if (!eras.isEmpty()) {
            root.put("eras", eras.stream().distinct().toList());
        }
        return root;
    }

    /** A TimelineJS date, as precise as the granularity allows. */
    static Map<String, Object> date(LocalDateTime t, String granularity) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("year", String.valueOf(t.getYear()));
        boolean month = !List.of("YEAR", "DECADE", "CENTURY").contains(granularity);
        boolean day = List.of("DAY", "WEEK", "PART_OF_DAY", "HOUR", "MINUTE", "VAGUE").contains(granularity);
        if (month) {
            d.put("month", String.valueOf(t.getMonthValue()));
        }
        if (day) {
            d.put("day", String.valueOf(t.getDayOfMonth()));
        }
        if (granularity.equals("HOUR") || granularity.equals("MINUTE")) {
            d.put("hour", String.valueOf(t.getHour()));
            d.put("minute", String.valueOf(t.getMinute()));
        }
        return d;
    }

    private static Map<String, Object> text(String headline, String html) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("headline", headline);
        t.put("text", html);
        return t;
    }

    /** At most {@value #HEADLINE} characters. */
    static final int HEADLINE = 70;

    /**
     * A short headline: the sentence up to its first clause break once it is long enough, else
     * cut at a word boundary, never more than {@value #HEADLINE} characters.
     */
    static String headline(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        for (int i = 25; i < Math.min(flat.length(), HEADLINE); i++) {
            if ("،,؛;:.!؟?".indexOf(flat.charAt(i)) >= 0) {
                return Html.escape(flat.substring(0, i).strip());
            }
        }
        if (flat.length() <= HEADLINE) {
            return Html.escape(flat);
        }
        int cut = flat.lastIndexOf(' ', HEADLINE - 1);
        return Html.escape((cut > 20 ? flat.substring(0, cut) : flat.substring(0, HEADLINE - 1)).strip() + "…");
    }

    /** The entry's group: its source's name (several: «عدة مصادر»), never a raw article id when a name is known. */
    static String group(ChronologyEntry e) {
        List<String> names = e.sources().stream().map(s -> s.source() == null || s.source().isBlank() ? null : s.source())
                .distinct().toList();
        if (names.size() > 1) {
            return "عدة مصادر";
        }
        return names.get(0) == null ? "مصدر غير مسمى" : names.get(0);
    }

    private static String sourcesHtml(ChronologyEntry e) {
        StringBuilder b = new StringBuilder("<ul dir=\"rtl\">");
        for (SourceEvent s : e.sources()) {
            b.append("<li>");
            String name = Html.escape(s.source() == null ? s.articleId() : s.source())
                    + (s.title() == null ? "" : " — " + Html.escape(s.title()));
            if (Html.safeUrl(s.url())) {
                b.append("<a href=\"").append(Html.escape(s.url())).append("\">").append(name).append("</a>");
            } else {
                b.append(name);
            }
            b.append(" (").append(s.dct()).append(", ").append(Html.escape(ArabicDates.of(s))).append("): ")
                    .append(Html.highlighted(s)).append("</li>");
        }
        return b.append("</ul>").toString();
    }
}
