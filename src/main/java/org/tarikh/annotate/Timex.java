package org.tarikh.annotate;

/**
 * A normalized temporal expression. {@code begin}/{@code end} are UTF-16 indexes into the
 * article text and {@code text} is exactly the covered substring.
 *
 * @param type  DATE, TIME, DURATION or SET: the {@link TimexType} name, as stored and printed
 * @param value the TIMEX3 value, e.g. {@code 2021-04-07}, {@code 2021-W14}, {@code P3D}
 * @param mod   the TIMEX3 mod (START, MID, END, APPROX …) or null
 * @param rule  the rule or rules that produced it: {@code heideltime:date_r18a} for one of
 *              HeidelTime's own rules, {@code tarikh:…} for Tarikh's annotators
 *              ({@code tarikh:grammar:weekday-date+numeric-date} for the date grammar), or null
 *              when unknown (read back from an older database)
 */
public record Timex(String tid, int begin, int end, String text, String type, String value, String mod,
        String quant, String freq, String rule) {

    /** The type as an enum; null for a type string Tarikh does not know (none is written). */
    public TimexType timexType() {
        return TimexType.of(type);
    }

    /** DATE and TIME expressions can anchor events; durations and sets cannot. */
    public boolean isAnchorable() {
        TimexType t = timexType();
        return t != null && t.isAnchorable();
    }
}
