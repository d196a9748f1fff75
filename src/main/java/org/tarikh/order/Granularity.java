package org.tarikh.order;

/** How precise a point on the timeline is, finest first. */
public enum Granularity {
    MINUTE, HOUR, PART_OF_DAY, DAY, WEEK, MONTH, QUARTER, SEASON, HALF_YEAR, YEAR, DECADE, CENTURY,
    /** PAST_REF, PRESENT_REF, FUTURE_REF: placed relative to the publication date. */
    VAGUE
}
