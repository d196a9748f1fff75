package org.tarikh.anchor;

/** How an event relates to its date. */
public enum DateRelation {
    /** The text dates the happening itself. */
    ON,
    /**
     * The happening has no time of its own: it happened on or before the date of the report
     * that tells it (the report's own time, or the publication date).
     */
    ON_OR_BEFORE
}
