package org.tarikh.export;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tarikh.store.TimelineEntry;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Prints a timeline for people (text) or for tools (JSON). */
public final class TimelinePrinter {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TimelinePrinter() {
    }

    public static void text(List<TimelineEntry> entries, PrintWriter out) {
        if (entries.isEmpty()) {
            out.println("(the timeline is empty)");
            return;
        }
        for (TimelineEntry e : entries) {
            String mod = e.mod() == null ? "" : " " + e.mod();
            String vague = e.vague() ? " ~" : "";
            out.printf("%-16s %-11s «%s» %s%s%s  [%s]%n", label(e), e.granularity().toLowerCase(java.util.Locale.ROOT),
                    e.expression(), e.value(), mod, vague, e.articleId());
            out.printf("    %s%n", oneLine(e.eventText(), 160));
        }
        out.flush();
    }

    public static void json(List<TimelineEntry> entries, PrintWriter out) {
        List<Map<String, Object>> rows = entries.stream().map(TimelinePrinter::row).toList();
        out.println(JSON.writeValueAsString(rows));
        out.flush();
    }

    private static Map<String, Object> row(TimelineEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", e.articleId());
        m.put("event", e.eventSeq());
        m.put("start", e.start().toString());
        m.put("end", e.end().toString());
        m.put("granularity", e.granularity());
        m.put("vague", e.vague());
        m.put("expression", e.expression());
        m.put("type", e.type());
        m.put("value", e.value());
        m.put("mod", e.mod());
        m.put("begin", e.expressionBegin());
        m.put("endOffset", e.expressionEnd());
        m.put("published", e.dct().toString());
        m.put("title", e.title());
        m.put("text", e.eventText());
        return m;
    }

    /** The start of the interval, as precise as its granularity. */
    static String label(TimelineEntry e) {
        return switch (e.granularity()) {
            case "MINUTE", "HOUR", "PART_OF_DAY" -> MINUTE.format(e.start());
            case "YEAR", "DECADE", "CENTURY" -> String.valueOf(e.start().getYear());
            case "MONTH", "QUARTER", "SEASON", "HALF_YEAR" -> e.start().toLocalDate().toString().substring(0, 7);
            default -> e.start().toLocalDate().toString();
        };
    }

    private static String oneLine(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
