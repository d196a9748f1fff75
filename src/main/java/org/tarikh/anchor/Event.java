package org.tarikh.anchor;

import java.util.List;

import org.tarikh.annotate.Timex;
import org.tarikh.order.TimeInterval;

/**
 * A happening an article reports, anchored to its own time.
 *
 * @param position     the event's index within its article (0-based, text order)
 * @param begin        UTF-16 offset of the event's span in the article
 * @param end          end offset (exclusive)
 * @param text         the span, trimmed: the trigger's clause (or its part of the clause)
 * @param anchor       the expression the event is dated by; null when it inherits the publication date
 * @param interval     where the date sits on the timeline
 * @param alsoInClause other DATE/TIME expressions that date the same event (less precise ones)
 * @param trigger      the trigger word (verb or event noun), or null for a dated span without one
 * @param group        the trigger's class and action group, {@code report:say}, {@code happening:attack}
 *                     (trigger-verbs.txt), or null
 * @param kind         happening, state, opinion (boilerplate is decided per source at query time)
 * @param relation     ON, or ON_OR_BEFORE when the event inherits the time of its report or publication
 */
public record Event(int position, int begin, int end, String text, Timex anchor, TimeInterval interval,
        List<Timex> alsoInClause, Trigger trigger, String group, EventKind kind, DateRelation relation) {

    /** A dated span without a trigger, as events were before triggers (kept for tests and tools). */
    public Event(int position, int begin, int end, String text, Timex anchor, TimeInterval interval,
            List<Timex> alsoInClause) {
        this(position, begin, end, text, anchor, interval, alsoInClause, null, null, EventKind.HAPPENING,
                DateRelation.ON);
    }

    /** The trigger word of an event: its offsets in the article and its text. */
    public record Trigger(int begin, int end, String text) {
    }
}
