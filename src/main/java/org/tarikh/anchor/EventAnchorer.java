package org.tarikh.anchor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.tarikh.annotate.Span;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.Timex;
import org.tarikh.order.TimeInterval;
import org.tarikh.order.TimexIntervals;

/**
 * Anchors the events a text reports to its DATE and TIME expressions.
 * <ol>
 *   <li>Only DATE and TIME expressions that can be placed on the timeline anchor events;
 *   durations and sets are kept with the article but anchor nothing.</li>
 *   <li>A sentence with one such expression is one event: the whole sentence.</li>
 *   <li>A sentence with expressions in several clauses is cut before the clause that holds
 *   each next expression, so every piece holds the expressions of its own clauses and no text
 *   is left out. A clause starts after «،» «؛» «:» , ; or at a complementizer that opens a
 *   reported clause («أن» «بأن» «إن»: «أعلنت أواخر الشهر الماضي | أن الجولة ستجري في 7
 *   أبريل»).</li>
 *   <li>Several expressions in one clause make one event, anchored to the most precise of
 *   them (finest granularity, then the first in the text); the others are kept as
 *   {@link Event#alsoInClause()}.</li>
 * </ol>
 */
public final class EventAnchorer {

    private static final String CLAUSE_ENDS = "،؛:,;";
    private static final String[] COMPLEMENTIZERS = {"أن", "بأن", "إن", "وأن"};

    private EventAnchorer() {
    }

    public static List<Event> anchor(String text, TaggedText tagged, LocalDate dct) {
        List<Event> events = new ArrayList<>();
        for (Span sentence : tagged.sentences()) {
            List<Placed> placed = new ArrayList<>();
            for (Timex t : tagged.timexes()) {
                if (t.isAnchorable() && sentence.covers(t.begin(), t.end())) {
                    Optional<TimeInterval> interval = TimexIntervals.of(t.value(), t.mod(), dct);
                    interval.ifPresent(i -> placed.add(new Placed(t, i, clauseStart(text, sentence, t.begin()))));
                }
            }
            if (placed.isEmpty()) {
                continue;
            }
            placed.sort(Comparator.comparingInt(p -> p.timex().begin()));
            List<List<Placed>> groups = new ArrayList<>();
            for (Placed p : placed) {
                if (groups.isEmpty() || groups.get(groups.size() - 1).get(0).clauseStart() != p.clauseStart()) {
                    groups.add(new ArrayList<>());
                }
                groups.get(groups.size() - 1).add(p);
            }
            for (int g = 0; g < groups.size(); g++) {
                int from = g == 0 ? sentence.begin() : groups.get(g).get(0).clauseStart();
                int to = g + 1 < groups.size() ? groups.get(g + 1).get(0).clauseStart() : sentence.end();
                events.add(event(events.size(), text, from, to, groups.get(g)));
            }
        }
        return events;
    }

    private static Event event(int position, String text, int from, int to, List<Placed> group) {
        Placed best = group.stream()
                .min(Comparator.comparing((Placed p) -> p.interval().granularity())
                        .thenComparingInt(p -> p.timex().begin()))
                .orElseThrow();
        List<Timex> others = group.stream().filter(p -> p != best).map(Placed::timex).toList();
        while (from < to && isTrimmable(text.charAt(from))) {
            from++;
        }
        while (to > from && isTrimmable(text.charAt(to - 1))) {
            to--;
        }
        return new Event(position, from, to, text.substring(from, to), best.timex(), best.interval(), others);
    }

    private static boolean isTrimmable(char c) {
        return Character.isWhitespace(c) || CLAUSE_ENDS.indexOf(c) >= 0;
    }

    /** Start of the clause that holds {@code offset}: after the last clause mark or at the last complementizer before it. */
    private static int clauseStart(String text, Span sentence, int offset) {
        for (int i = offset - 1; i >= sentence.begin(); i--) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
            if (startsComplementizer(text, i, sentence.begin())) {
                return i;
            }
        }
        return sentence.begin();
    }

    private static boolean startsComplementizer(String text, int i, int sentenceBegin) {
        if (i > sentenceBegin && !Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        for (String word : COMPLEMENTIZERS) {
            int end = i + word.length();
            if (text.startsWith(word, i) && end < text.length() && Character.isWhitespace(text.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    private record Placed(Timex timex, TimeInterval interval, int clauseStart) {
    }
}
