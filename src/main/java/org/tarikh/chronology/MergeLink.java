package org.tarikh.chronology;

import java.util.List;

/**
 * Why a per-article event is in its chronology entry: one per member besides the headline, so
 * the explanation grows with the entry, not with its number of pairs. Kept with the entry so a
 * reader can check it (and a tool can undo it).
 *
 * @param a            {@link SourceEvent#ref()} of the member
 * @param b            the entry's headline event
 * @param similarity   the member's mean score to the entry's other members (0..1, see EventSimilarity)
 * @param sharedTerms  the terms it shares with the headline that weigh most (rarest first)
 * @param time         its date against the headline's: {@code same}, {@code contains}, {@code overlaps}
 *                     or {@code disjoint, N days apart}
 * @param dateConflict their dates exclude each other: both are kept and the entry is flagged
 * @param basis        the strong evidence: {@code copy of REF}, {@code same action ATTACK}, {@code same speaker}
 */
public record MergeLink(String a, String b, double similarity, List<String> sharedTerms, String time,
        boolean dateConflict, String basis) {

    public MergeLink(String a, String b, double similarity, List<String> sharedTerms, String time, boolean dateConflict) {
        this(a, b, similarity, sharedTerms, time, dateConflict, "");
    }

    /** One line for people: why the member is in the entry. */
    public String explain() {
        return String.format(java.util.Locale.ROOT, "%s ~ %s: similarity %.2f, shared terms %s, time %s%s%s",
                a, b, similarity, String.join(" ", sharedTerms), time, dateConflict ? " (dates conflict)" : "",
                basis == null || basis.isEmpty() ? "" : "; " + basis);
    }
}
