package org.tarikh.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.chronology.Fixtures.event;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Merging on four short articles (src/test/resources/chronology) written to report the same
 * events in different words and with different date precisions, next to other events of the
 * same days that must stay apart.
 */
class ChronologyBuilderTest {

    static final LocalDate A = LocalDate.of(2021, 4, 8);
    static final LocalDate B = LocalDate.of(2021, 4, 7);
    static final LocalDate C = LocalDate.of(2021, 4, 10);
    static final LocalDate D = LocalDate.of(2021, 5, 2);

    // the withdrawal decision, four ways
    static final SourceEvent A_WITHDRAW = event("a_wire.txt", "a", A, "أ", 0, "يوم الأربعاء 7 أبريل 2021", "2021-04-07", null);
    static final SourceEvent B_WITHDRAW = event("b_daily.txt", "b", B, "ب", 0, "اليوم", "2021-04-07", null);
    static final SourceEvent C_WITHDRAW = event("c_weekly.txt", "c", C, "ج", 0, "في 6 أبريل 2021", "2021-04-06", null);
    static final SourceEvent D_WITHDRAW = event("d_monthly.txt", "d", D, "د", 0, "في أبريل 2021", "2021-04", null);
    // al-Kadhimi's visit, two ways
    static final SourceEvent A_VISIT = event("a_wire.txt", "a", A, "أ", 1, "أغسطس 2020", "2020-08", null);
    static final SourceEvent B_VISIT = event("b_daily.txt", "b", B, "ب", 1, "آب من العام الماضي", "2020-08", null);
    // other events of the same days
    static final SourceEvent A_BOOK_FAIR = event("a_wire.txt", "a", A, "أ", 2, "يوم 7 أبريل 2021", "2021-04-07", null);
    static final SourceEvent C_ELECTIONS = event("c_weekly.txt", "c", C, "ج", 1, "وخلال أبريل 2021", "2021-04", null);
    static final SourceEvent D_ART = event("d_monthly.txt", "d", D, "د", 1, "ومطلع أبريل 2021", "2021-04", "START");

    static List<SourceEvent> all() {
        return List.of(A_WITHDRAW, B_WITHDRAW, C_WITHDRAW, D_WITHDRAW, A_VISIT, B_VISIT, A_BOOK_FAIR, C_ELECTIONS, D_ART)
                .stream().sorted(Comparator.comparing(SourceEvent::start).thenComparing(SourceEvent::until)
                        .thenComparing(SourceEvent::articleId).thenComparingInt(SourceEvent::seq))
                .toList();
    }

    /** Document frequencies over the test events only, as the database would give them. */
    static MergeRule.Weights weights(List<SourceEvent> events) {
        Map<String, Integer> df = new HashMap<>();
        events.forEach(e -> e.terms().stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum)));
        df.put("", events.size());
        return MergeRule.Weights.of(df);
    }

    static Chronology build(boolean merge) {
        List<SourceEvent> events = all();
        return ChronologyBuilder.build(ChronologyFilter.ALL, events, MergeRule.DEFAULT, weights(events), merge);
    }

    static ChronologyEntry entryOf(Chronology c, SourceEvent e) {
        return c.entries().stream().filter(x -> x.sources().contains(e)).findFirst().orElseThrow();
    }

    /** Prints every pair (for tuning the rule); the rule rejects every pair of different events. */
    @Test
    void theRuleRejectsEveryPairOfDifferentEvents() {
        List<SourceEvent> events = all();
        List<List<SourceEvent>> same = List.of(List.of(A_WITHDRAW, B_WITHDRAW, C_WITHDRAW, D_WITHDRAW),
                List.of(A_VISIT, B_VISIT));
        MergeRule.Weights w = weights(events);
        for (int i = 0; i < events.size(); i++) {
            for (int j = i + 1; j < events.size(); j++) {
                SourceEvent a = events.get(i);
                SourceEvent b = events.get(j);
                double sim = w.cosine(a.contentTerms(), b.contentTerms());
                boolean oneEvent = same.stream().anyMatch(g -> g.contains(a) && g.contains(b));
                System.out.printf("%-4s %-4s %.3f %-28s %s%n", a.ref(), b.ref(), sim,
                        MergeRule.time(a, b).describe(), oneEvent ? "same event" : "");
                if (!oneEvent) {
                    assertThat(MergeRule.DEFAULT.test(a, b, w)).as(a.ref() + " vs " + b.ref()).isEmpty();
                    if (MergeRule.time(a, b).compatible()) {
                        assertThat(sim).as(a.ref() + " vs " + b.ref()).isLessThan(MergeRule.DEFAULT.minSameDateSimilarity());
                    }
                }
            }
        }
    }

    @Test
    void theSameEventInFourWordingsAndPrecisionsIsOneEntry() {
        Chronology c = build(true);
        ChronologyEntry withdrawal = entryOf(c, A_WITHDRAW);
        assertThat(withdrawal.sources()).containsExactlyInAnyOrder(A_WITHDRAW, B_WITHDRAW, C_WITHDRAW, D_WITHDRAW);
        assertThat(withdrawal.articleIds()).containsExactlyInAnyOrder("a", "b", "c", "d");
        // placed at the most precise date most sources give, not at an average
        assertThat(withdrawal.start()).isEqualTo(LocalDate.of(2021, 4, 7).atStartOfDay());
        assertThat(withdrawal.precision().granularity()).isEqualTo("DAY");
    }

    @Test
    void conflictingDatesAreKeptAndFlagged() {
        ChronologyEntry withdrawal = entryOf(build(true), C_WITHDRAW);
        assertThat(withdrawal.dateConflict()).isTrue();
        assertThat(withdrawal.dates()).extracting(DateReport::value)
                .containsExactlyInAnyOrder("2021-04-06", "2021-04-07", "2021-04");
        assertThat(withdrawal.dates()).filteredOn(d -> d.value().equals("2021-04-07"))
                .singleElement().satisfies(d -> assertThat(d.refs()).containsExactlyInAnyOrder("a#0", "b#0"));
        assertThat(withdrawal.links()).anySatisfy(l -> {
            assertThat(List.of(l.a(), l.b())).contains("c#0");
            assertThat(l.dateConflict()).isTrue();
            assertThat(l.time()).isEqualTo("disjoint, 0 days apart");
        });
    }

    @Test
    void mergesAreExplained() {
        ChronologyEntry withdrawal = entryOf(build(true), A_WITHDRAW);
        assertThat(withdrawal.links()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(withdrawal.links()).allSatisfy(l -> {
            assertThat(l.similarity()).isGreaterThanOrEqualTo(MergeRule.DEFAULT.minSimilarity());
            assertThat(l.sharedTerms()).hasSizeGreaterThanOrEqualTo(MergeRule.DEFAULT.minSharedTerms());
            assertThat(l.explain()).contains("similarity").contains("shared terms").contains("time");
        });
        // the month-precise report is compatible with the day: "contains", not a conflict
        assertThat(withdrawal.links()).anySatisfy(l -> {
            assertThat(List.of(l.a(), l.b())).contains("d#0");
            assertThat(l.time()).isEqualTo("contains");
            assertThat(l.dateConflict()).isFalse();
            assertThat(l.sharedTerms()).contains("سحب", "قتال");
        });
    }

    @Test
    void differentEventsOnTheSameDaysStayApart() {
        Chronology c = build(true);
        assertThat(entryOf(c, A_BOOK_FAIR).sources()).containsExactly(A_BOOK_FAIR);
        assertThat(entryOf(c, C_ELECTIONS).sources()).containsExactly(C_ELECTIONS);
        assertThat(entryOf(c, D_ART).sources()).containsExactly(D_ART);
    }

    @Test
    void theVisitReportedWithAnExplicitAndARelativeDateIsOneEntry() {
        ChronologyEntry visit = entryOf(build(true), A_VISIT);
        assertThat(visit.sources()).containsExactlyInAnyOrder(A_VISIT, B_VISIT);
        assertThat(visit.dateConflict()).isFalse();
        assertThat(B_VISIT.precision().relative()).isTrue();
        assertThat(A_VISIT.precision().relative()).isFalse();
    }

    @Test
    void withoutMergingEveryEventIsItsOwnEntryInTimelineOrder() {
        Chronology c = build(false);
        assertThat(c.entries()).hasSize(all().size());
        assertThat(c.entries()).allSatisfy(e -> assertThat(e.links()).isEmpty());
        assertThat(c.entries()).isSortedAccordingTo(Comparator.comparing(ChronologyEntry::start)
                .thenComparing(ChronologyEntry::until));
    }

    @Test
    void entriesAreInTimelineOrder() {
        Chronology c = build(true);
        assertThat(c.entries()).isSortedAccordingTo(Comparator.comparing(ChronologyEntry::start)
                .thenComparing(ChronologyEntry::until));
        assertThat(c.entries().get(0).sources()).contains(A_VISIT);
    }
}
