package org.tarikh.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyBuilder;
import org.tarikh.chronology.ChronologyDatabase;
import org.tarikh.chronology.ChronologyEntry;
import org.tarikh.chronology.ChronologyFilter;
import org.tarikh.chronology.MergeRule;
import org.tarikh.chronology.SourceEvent;

class CuratorTest {

    static Chronology chronology;
    static ChronologyEntry merged;
    static ChronologyEntry single;

    @BeforeAll
    static void build() {
        chronology = ChronologyBuilder.query(ChronologyDatabase.create(), ChronologyFilter.ALL, MergeRule.DEFAULT, true);
        merged = chronology.entries().stream().filter(e -> e.sources().size() >= 3).findFirst().orElseThrow();
        single = chronology.entries().stream().filter(e -> e.sources().size() == 1).findFirst().orElseThrow();
    }

    static Curation k(long id, Curation.Action a, SourceEvent e, SourceEvent other, String value) {
        return new Curation(id, a, EventKey.of(e), other == null ? null : EventKey.of(other), value, "test", "tester",
                Instant.EPOCH, null, null);
    }

    static ChronologyEntry holding(Chronology c, SourceEvent s) {
        return c.entries().stream().filter(e -> e.sources().stream().anyMatch(x -> x.ref().equals(s.ref()))).findFirst()
                .orElse(null);
    }

    @Test
    void nothingToApplyChangesNothing() {
        assertThat(Curator.apply(chronology, List.of()).chronology()).isSameAs(chronology);
    }

    @Test
    void splitMovesAndAcceptKeepEveryEventOnce() {
        SourceEvent out = merged.sources().stream().filter(s -> s != merged.primary()).findFirst().orElseThrow();
        SourceEvent lone = single.sources().get(0);
        Curator.Result r = Curator.apply(chronology, List.of(k(1, Curation.Action.SPLIT, out, null, null),
                k(2, Curation.Action.MOVE, lone, null, null).withOther(EventKey.of(merged.primary()))));
        Chronology c = r.chronology();
        assertThat(holding(c, out).sources()).hasSize(1);
        assertThat(holding(c, lone).sources()).extracting(SourceEvent::ref).contains(merged.primary().ref());
        assertThat(holding(c, lone).links()).anySatisfy(l -> assertThat(l.basis()).startsWith("curated #2"));
        // every event exactly once
        assertThat(c.entries().stream().mapToInt(e -> e.sources().size()).sum())
                .isEqualTo(chronology.entries().stream().mapToInt(e -> e.sources().size()).sum());
        assertThat(r.applied()).containsExactly(1L, 2L);
        assertThat(r.marksOf(holding(c, out))).extracting(Curation::id).contains(1L);

        // accepting the split back merges the two entries again
        Curator.Result back = Curator.apply(chronology, List.of(k(1, Curation.Action.SPLIT, out, null, null),
                k(3, Curation.Action.ACCEPT_MERGE, merged.primary(), out, null)));
        assertThat(holding(back.chronology(), out).sources()).hasSize(merged.sources().size());
    }

    @Test
    void undoneOrUnknownCurationsDoNothing() {
        SourceEvent lone = single.sources().get(0);
        Curation undone = new Curation(1, Curation.Action.HIDE, EventKey.of(lone), null, null, null, "a", Instant.EPOCH, "b",
                Instant.EPOCH);
        Curation unknown = new Curation(2, Curation.Action.HIDE, "nope#000000000000@0", null, null, null, "a", Instant.EPOCH,
                null, null);
        Curator.Result r = Curator.apply(chronology, List.of(undone, unknown));
        assertThat(r.chronology().entries()).hasSameSizeAs(chronology.entries());
        assertThat(r.applied()).isEmpty();
    }

    @Test
    void aCorrectedDateReordersTheEntry() {
        SourceEvent lone = single.sources().get(0);
        Curator.Result r = Curator.apply(chronology, List.of(k(1, Curation.Action.DATE, lone, null, "1999")));
        ChronologyEntry e = holding(r.chronology(), lone);
        assertThat(e.precision().display()).isEqualTo("1999");
        assertThat(e.precision().granularity()).isEqualTo("YEAR");
        assertThat(r.chronology().entries().get(0)).isEqualTo(e);
        assertThat(Curator.parseDate("2019-13")).isNull();
        assertThat(Curator.parseDate("2019-02-30")).isNull();
    }
}
