package org.tarikh.annotate;

/**
 * The TIMEX3 type of an expression. Its {@link #name()} is the string HeidelTime writes into
 * {@code Timex3.timexType}, that the database stores ({@code timex.timex_type}) and that the
 * exports and {@code tag} print: {@code DATE}, {@code TIME}, {@code DURATION}, {@code SET}.
 */
public enum TimexType {
    /** A calendar date or period: {@code 2021-04-07}, {@code 2021-W14}, {@code 2021-03}, {@code PAST_REF}. */
    DATE,
    /** A time of day on a date: {@code 2021-04-07T14:30}, {@code 2021-04-07TEV}. */
    TIME,
    /** A length of time: {@code P3D}, {@code PT2H}. */
    DURATION,
    /** A recurrence: {@code P1D}, {@code XXXX-WXX-5}. */
    SET;

    /** The type a stored or CAS string names, or null for null or any other string. */
    public static TimexType of(String stored) {
        if (stored != null) {
            for (TimexType t : values()) {
                if (t.name().equals(stored)) {
                    return t;
                }
            }
        }
        return null;
    }

    /** True when {@code stored} (a CAS or database type string, possibly null) names this type. */
    public boolean is(String stored) {
        return name().equals(stored);
    }

    /** DATE and TIME values can be places on the timeline; durations and sets cannot. */
    public boolean isAnchorable() {
        return this == DATE || this == TIME;
    }
}
