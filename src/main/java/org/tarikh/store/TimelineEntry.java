package org.tarikh.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of the timeline: an event with its anchoring expression and its article. */
public record TimelineEntry(
        String articleId,
        int eventSeq,
        String eventText,
        LocalDateTime start,
        LocalDateTime end,
        String granularity,
        boolean vague,
        String expression,
        String type,
        String value,
        String mod,
        int expressionBegin,
        int expressionEnd,
        LocalDate dct,
        String title,
        String source,
        String url) {
}
