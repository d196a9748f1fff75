package org.tarikh.order;

import java.time.LocalDateTime;

/**
 * Where a temporal expression sits on the timeline: the half-open interval [start, end),
 * its granularity, and whether the placement is only approximate (PAST_REF, FUTURE_REF).
 */
public record TimeInterval(LocalDateTime start, LocalDateTime end, Granularity granularity, boolean vague) {

    public TimeInterval {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("empty interval " + start + " .. " + end);
        }
    }
}
