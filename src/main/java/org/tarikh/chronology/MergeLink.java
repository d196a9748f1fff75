package org.tarikh.chronology;

import java.util.List;

/**
 * Why two per-article events were merged into one chronology entry: the evidence the merge
 * rule accepted, kept with the entry so a reader can check it (and a tool can undo it).
 *
 * @param a            {@link SourceEvent#ref()} of one event
 * @param b            the other
 * @param similarity   TF-IDF cosine of their search terms (0..1)
 * @param sharedTerms  the shared terms that weigh most (rarest first)
 * @param time         {@code same}, {@code contains}, {@code overlaps} or {@code disjoint, N days apart}
 * @param dateConflict their dates exclude each other: both are kept and the entry is flagged
 */
public record MergeLink(String a, String b, double similarity, List<String> sharedTerms, String time,
        boolean dateConflict) {

    /** One line for people: what made the rule accept the pair. */
    public String explain() {
        return String.format(java.util.Locale.ROOT, "%s ~ %s: similarity %.2f, shared terms %s, time %s%s",
                a, b, similarity, String.join(" ", sharedTerms), time, dateConflict ? " (dates conflict)" : "");
    }
}
