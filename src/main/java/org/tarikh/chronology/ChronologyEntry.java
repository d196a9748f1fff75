package org.tarikh.chronology;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One event of a chronology, as reported by one or more articles.
 *
 * @param id           stable id derived from the entry's first source event
 * @param start        where the entry sits: the most precise date its sources give
 * @param until        end of that interval (exclusive)
 * @param precision    precision and provenance of that date
 * @param primary      the most representative member (highest summed score to the others, then the
 *                     earliest): its text is the entry's headline, shown beside the entry's date
 * @param sources      the per-article events merged here, in timeline order
 * @param dates        every distinct date the sources give (more than one: see {@code dateConflict})
 * @param links        the merge evidence, one per accepted pair (empty for a single source)
 * @param dateConflict some sources give dates that exclude each other
 */
public record ChronologyEntry(String id, LocalDateTime start, LocalDateTime until, Precision precision,
        SourceEvent primary, List<SourceEvent> sources, List<DateReport> dates, List<MergeLink> links, boolean dateConflict) {

    /** The text shown for the entry: the span of its most representative member. */
    public String headline() {
        return primary.text();
    }

    public List<String> articleIds() {
        return sources.stream().map(SourceEvent::articleId).distinct().toList();
    }
}
