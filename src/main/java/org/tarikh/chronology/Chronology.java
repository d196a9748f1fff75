package org.tarikh.chronology;

import java.util.List;

/**
 * A chronology: entries in timeline order, the filter that selected their events, the merge
 * rule that grouped them, and how many matching events of each non-happening kind were hidden
 * (STATE, OPINION, BOILERPLATE; shown with {@code --all-kinds}).
 */
public record Chronology(ChronologyFilter filter, MergeRule rule, int sourceEvents, List<ChronologyEntry> entries,
        java.util.Map<String, Integer> hidden) {

    /** Nothing hidden. */
    public Chronology(ChronologyFilter filter, MergeRule rule, int sourceEvents, List<ChronologyEntry> entries) {
        this(filter, rule, sourceEvents, entries, java.util.Map.of());
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
