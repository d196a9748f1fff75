package org.tarikh.eval;

import java.util.List;

/** The {@code phen} vocabulary of docs/annotation-guidelines.md, in the order reports list it. */
public final class Phenomena {

    public static final String FALSE_POSITIVE = "false-positive";

    public static final List<String> LABELS = List.of("clitic", "punctuation", "spelling", "digits",
            "month-gregorian", "month-levantine", "month-maghrebi", "month-paired", "hijri", "relative", "vague",
            "modifier", "decade", "time-of-day", "duration", "set", "range", "tense", "explicit", "weekday",
            FALSE_POSITIVE);

    private Phenomena() {
    }
}
