package org.tarikh.curation;

import java.time.Instant;

/**
 * One correction a person made to the chronology, as stored (table {@code curation}, V8).
 *
 * @param id        its number, for {@code curate undo}
 * @param action    what it does
 * @param eventKey  the event acted on ({@link EventKey})
 * @param otherKey  the second event: the other side of a merge, or where an event moves to
 * @param value     the corrected date ({@link Action#DATE}) or the note ({@link Action#NOTE})
 * @param reason    why, as given
 * @param by        who
 * @param at        when
 * @param undoneBy  who undid it (null: in force)
 * @param undoneAt  when it was undone
 */
public record Curation(long id, Action action, String eventKey, String otherKey, String value, String reason,
        String by, Instant at, String undoneBy, Instant undoneAt) {

    /** What a curation does, applied after automatic merging. */
    public enum Action {
        /** Leave the entry that holds the event out of the chronology. */
        HIDE,
        /** Take the event out of its entry into an entry of its own. */
        SPLIT,
        /** The two events are different happenings: if merged, the second leaves the first's entry. */
        REJECT_MERGE,
        /** The two events are the same happening: their entries become one. */
        ACCEPT_MERGE,
        /** Move the event into the entry that holds the other event. */
        MOVE,
        /** The entry that holds the event happened on this date (yyyy, yyyy-mm or yyyy-mm-dd). */
        DATE,
        /** A note on the entry that holds the event. */
        NOTE
    }

    /** The same curation with another second event. */
    public Curation withOther(String key) {
        return new Curation(id, action, eventKey, key, value, reason, by, at, undoneBy, undoneAt);
    }

    public boolean active() {
        return undoneAt == null;
    }

    /** One line for people. */
    public String describe() {
        String what = switch (action) {
            case HIDE -> "hide entry of " + eventKey;
            case SPLIT -> "split " + eventKey + " into its own entry";
            case REJECT_MERGE -> "keep " + otherKey + " apart from " + eventKey;
            case ACCEPT_MERGE -> "merge the entries of " + eventKey + " and " + otherKey;
            case MOVE -> "move " + eventKey + " to the entry of " + otherKey;
            case DATE -> "date the entry of " + eventKey + " " + value;
            case NOTE -> "note on the entry of " + eventKey + ": " + value;
        };
        return "#" + id + " " + what + " — " + by + " " + at + (reason == null || reason.isBlank() ? "" : " — why: " + reason)
                + (active() ? "" : " — undone by " + undoneBy + " " + undoneAt);
    }
}
