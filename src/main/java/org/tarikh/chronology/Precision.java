package org.tarikh.chronology;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * How precise an event's date is and where it came from, for people and exports.
 *
 * @param granularity DAY, MONTH, YEAR … or VAGUE (from {@link org.tarikh.order.Granularity})
 * @param mod         START, MID or END when the expression narrowed its unit («أواخر الشهر»), else null
 * @param vague       only approximately placed (PAST_REF «سابقاً», FUTURE_REF «لاحقاً»)
 * @param label       e.g. {@code day}, {@code month (END)}, {@code year}, {@code before 2021-04-07},
 *                    {@code on or before 2021-04-07} (a happening without a time of its own)
 * @param display     the date as precise as it is known: {@code 2021-04-07}, {@code 2021-03 END},
 *                    {@code 2021}, {@code before 2021-04-07}, {@code ≤ 2021-04-07}
 * @param provenance  where the date came from
 * @param relative    the expression needed the publication date to be resolved («الأربعاء»,
 *                    «الشهر الماضي») rather than stating its year
 */
public record Precision(String granularity, String mod, boolean vague, String label, String display,
        Provenance provenance, boolean relative) {

    /** Where an event's date came from. */
    public enum Provenance {
        /** An expression in the event's own sentence or clause. */
        EXPLICIT,
        /** An expression outside the event's text: inherited from the context before it. */
        INHERITED,
        /** The publication date itself (PRESENT_REF: «حالياً», «الآن»). */
        PUBLICATION_DATE
    }

    static Precision of(SourceEvent e) {
        String mod = e.mod() != null && (e.mod().equals("START") || e.mod().equals("MID") || e.mod().equals("END"))
                ? e.mod() : null;
        Provenance provenance = "PRESENT_REF".equals(e.value()) || e.fromPublicationDate() ? Provenance.PUBLICATION_DATE
                : e.expressionInside() ? Provenance.EXPLICIT : Provenance.INHERITED;
        String label;
        String display;
        if (e.onOrBefore()) {
            String at = e.fromPublicationDate() ? e.dct().toString() : dateText(e.granularity(), e.start(), e.value());
            label = "on or before " + at;
            display = "≤ " + at;
            return new Precision(e.granularity(), mod, true, label, display, provenance, relative(e));
        } else if ("PAST_REF".equals(e.value())) {
            label = "before " + e.dct();
            display = label;
        } else if ("FUTURE_REF".equals(e.value())) {
            label = "after " + e.dct();
            display = label;
        } else if ("PRESENT_REF".equals(e.value())) {
            label = "publication day";
            display = e.dct().toString();
        } else {
            String g = e.granularity().toLowerCase(Locale.ROOT).replace('_', ' ');
            label = mod == null ? g : g + " (" + mod + ")";
            display = dateText(e.granularity(), e.start(), e.value()) + (mod == null ? "" : " " + mod);
        }
        return new Precision(e.granularity(), mod, e.vague(), label, display, provenance, relative(e));
    }

    /** The start date cut to the granularity; the TIMEX3 value itself for weeks, quarters, seasons. */
    static String dateText(String granularity, LocalDateTime start, String value) {
        String day = start.toLocalDate().toString();
        return switch (granularity) {
            case "MINUTE", "HOUR" -> start.toString().replace('T', ' ');
            case "PART_OF_DAY" -> day + " " + partOfDay(value);
            case "WEEK", "QUARTER", "SEASON", "HALF_YEAR", "DECADE", "CENTURY" -> value;
            case "MONTH" -> day.substring(0, 7);
            case "YEAR" -> day.substring(0, 4);
            default -> day;
        };
    }

    private static String partOfDay(String value) {
        String part = value.substring(value.indexOf('T') + 1);
        return switch (part) {
            case "MO" -> "morning";
            case "MI" -> "midday";
            case "AF" -> "afternoon";
            case "EV" -> "evening";
            case "NI" -> "night";
            case "DT" -> "daytime";
            default -> part;
        };
    }

    /** True when the value's year is not written in the expression (Arabic-Indic digits count). */
    private static boolean relative(SourceEvent e) {
        if (e.fromPublicationDate()) {
            return false;
        }
        String v = e.value();
        if (v == null || v.length() < 4 || !Character.isDigit(v.charAt(0))) {
            return v != null && v.endsWith("_REF");
        }
        StringBuilder digits = new StringBuilder();
        for (char c : e.expression().toCharArray()) {
            digits.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        return !digits.toString().contains(v.substring(0, Math.min(4, v.length())));
    }
}
