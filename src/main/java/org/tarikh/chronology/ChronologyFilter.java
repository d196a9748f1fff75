package org.tarikh.chronology;

import java.time.LocalDate;

/**
 * What part of the archive a chronology covers; every field is optional (null: no filter).
 *
 * @param query   keywords: every term must occur in the event text (any order), matched on
 *                {@link ArabicTerms} search forms, so clitics and spelling variants meet
 * @param entity  a name: its terms must occur in the event text as a phrase (adjacent, in order)
 * @param source  the article's source contains this (case-insensitive)
 * @param article only this article id
 * @param from    events whose interval reaches this day or later
 * @param to      events whose interval starts on or before this day
 * @param allKinds also states, opinions and boilerplate (by default only happenings; the others are counted)
 */
public record ChronologyFilter(String query, String entity, String source, String article, LocalDate from,
        LocalDate to, boolean allKinds) {

    /** Every happening. */
    public static final ChronologyFilter ALL = new ChronologyFilter(null, null, null, null, null, null, false);

    /** Happenings only. */
    public ChronologyFilter(String query, String entity, String source, String article, LocalDate from, LocalDate to) {
        this(query, entity, source, article, from, to, false);
    }
}
