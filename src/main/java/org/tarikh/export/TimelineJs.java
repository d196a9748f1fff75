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
        title.put("text", text("تسلسل زمني" + (c.filter().query() == null ? "" : ": " + c.filter().query()),
                Html.escape(c.entries().size() + " entries from " + c.sourceEvents() + " events in " + c.articles()
                        + " articles")));
        root.put("title", title);
        List<Map<String, Object>> events = new ArrayList<>();
        for (ChronologyEntry e : c.entries()) {
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("start_date", date(e.start(), e.precision().granularity()));
            ev.put("end_date", date(e.until().minusMinutes(1), e.precision().granularity()));
            ev.put("text", text(headline(e.headline()), sourcesHtml(e)));
            ev.put("group", e.articleIds().size() > 1 ? "عدة مصادر"
                    : e.sources().get(0).source() == null ? e.sources().get(0).articleId() : e.sources().get(0).source());
            ev.put("display_date", e.precision().display() + (e.dateConflict() ? " (تواريخ متعارضة)" : ""));
            ev.put("unique_id", e.id());
            events.add(ev);
        }
        root.put("events", events);
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

    private static String headline(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return Html.escape(flat.length() <= 140 ? flat : flat.substring(0, 139) + "…");
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
            b.append(" (").append(s.dct()).append(", ").append(Html.escape(s.precision().display())).append("): ")
                    .append(Html.highlighted(s)).append("</li>");
        }
        return b.append("</ul>").toString();
    }
}
