package org.tarikh.anchor;

import java.util.List;

import org.tarikh.annotate.Timex;
import org.tarikh.order.TimeInterval;

/**
 * Something an article reports, anchored to a time: a sentence or clause that carries a
 * DATE or TIME expression.
 *
 * @param position   the event's index within its article (0-based, text order)
 * @param begin      UTF-16 offset of the event text in the article
 * @param end        end offset (exclusive)
 * @param text       the sentence or clause, trimmed
 * @param anchor     the expression the event is placed by
 * @param interval   where the anchor sits on the timeline
 * @param alsoInClause other DATE/TIME expressions of the same clause (less precise ones)
 */
public record Event(int position, int begin, int end, String text, Timex anchor, TimeInterval interval,
        List<Timex> alsoInClause) {
}
