package org.tarikh.chronology;

import java.util.List;

/**
 * A chronology: entries in timeline order, the filter that selected their events, the merge
 * rule that grouped them, and how many matching events of each non-happening kind were hidden
 * (STATE, OPINION, BOILERPLATE; shown with {@code --all-kinds}), and how many captures each of
 * its articles has recorded ({@code article_capture}, docs/operations.md "Duplicates and captures").
 */
public record Chronology(ChronologyFilter filter, MergeRule rule, int sourceEvents, List<ChronologyEntry> entries,
        java.util.Map<String, Integer> hidden, java.util.Map<String, Integer> captures) {

    /** Nothing hidden, no captures known. */
    public Chronology(ChronologyFilter filter, MergeRule rule, int sourceEvents, List<ChronologyEntry> entries) {
        this(filter, rule, sourceEvents, entries, java.util.Map.of());
    }

    /** No captures known. */
    public Chronology(ChronologyFilter filter, MergeRule rule, int sourceEvents, List<ChronologyEntry> entries,
            java.util.Map<String, Integer> hidden) {
        this(filter, rule, sourceEvents, entries, hidden, java.util.Map.of());
    }

    /**
     * How many records this article was read from (its own capture and every other capture); 0
     * for an article stored before captures were recorded, or a chronology not read from a database.
     */
    public int capturesOf(String articleId) {
        return captures.getOrDefault(articleId, 0);
    }

    /** Events the filter matched but left out because they are not happenings, by kind. */
    public int hiddenEvents() {
        return hidden.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int articles() {
        return (int) entries.stream().flatMap(e -> e.sources().stream()).map(SourceEvent::articleId).distinct().count();
    }

    public int mergedEntries() {
        return (int) entries.stream().filter(e -> e.sources().size() > 1).count();
    }
}
