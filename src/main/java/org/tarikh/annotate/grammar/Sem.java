package org.tarikh.annotate.grammar;

import org.tarikh.annotate.TimexType;

/** The meanings pieces carry besides plain numbers and days. */
final class Sem {

    private Sem() {
    }

    /** A month name as written, Gregorian or Hijri, not yet placed in a year. */
    record MonthName(int month, boolean hijri) {
    }

    /** A month placed in a year of its calendar. */
    record Month(int year, int month, boolean hijri) {
    }

    /**
     * A year: explicit ({@code offset} null) in its calendar, or relative to the publication year
     * («العام الماضي»: offset −1), placed in whichever calendar the month it qualifies uses.
     */
    record Year(int year, boolean hijri, Integer offset) {
    }

    /**
     * A count of a unit («ثلاث سنوات»): unit D, W, M, Y, H, MIN, S, DE, CE; {@code counted} when a
     * number was written, not when the unit carries its count («يومين», «عام»).
     */
    record Amount(double count, String unit, boolean counted) {
    }

    /** A holiday of the Hijri calendar; {@code month} 0 for a bare «العيد». */
    record Holiday(int month, int day) {
    }

    /** A finished TIMEX3 reading: type, value and mod. */
    record Reading(TimexType type, String value, String mod) {
    }
}
