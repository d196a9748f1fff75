package org.tarikh.chronology;

import java.util.List;

/**
 * A chronology: entries in timeline order, the filter that selected their events and the
 * merge rule that grouped them.
 */
public record Chronology(ChronologyFilter filter, MergeRule rule, int sourceEvents, List<ChronologyEntry> entries) {

    public int articles() {
        return (int) entries.stream().flatMap(e -> e.sources().stream()).map(SourceEvent::articleId).distinct().count();
    }

    public int mergedEntries() {
        return (int) entries.stream().filter(e -> e.sources().size() > 1).count();
    }
}
