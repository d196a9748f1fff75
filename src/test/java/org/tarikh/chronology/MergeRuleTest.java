package org.tarikh.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tarikh.order.TimeInterval;
import org.tarikh.order.TimexIntervals;

/** Each branch of the rule on events with given terms (uniform background weights). */
class MergeRuleTest {

    static final LocalDate DCT = LocalDate.of(2021, 4, 10);

    static SourceEvent event(String article, String value, String... terms) {
        TimeInterval i = TimexIntervals.of(value, null, DCT).orElseThrow();
        return new SourceEvent(article, 0, 0, 10, "-", i.start(), i.end(), i.granularity().name(), i.vague(), "x",
                "DATE", value, null, -1, -1, DCT, null, null, null, List.of(terms));
    }

    /** 100 background events of unrelated words: every test term has the same, high IDF. */
    static MergeRule.Weights weights() {
        Map<String, Integer> df = new HashMap<>();
        df.put("", 100);
        return MergeRule.Weights.of(df);
    }

    static final String[] FILLER_A = {"a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10"};
    static final String[] FILLER_B = {"b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10"};

    static String[] terms(String[] shared, String[] filler) {
        String[] all = new String[shared.length + filler.length];
        System.arraycopy(shared, 0, all, 0, shared.length);
        System.arraycopy(filler, 0, all, shared.length, filler.length);
        return all;
    }

    @Test
    void aSameDayWithThreeRareSharedTermsMergesAtLowSimilarity() {
        String[] shared = {"كاظم", "زار", "رئيس"};
        SourceEvent a = event("a", "2021-04-07", terms(shared, FILLER_A));
        SourceEvent b = event("b", "2021-04-07", terms(shared, FILLER_B));
        var link = MergeRule.DEFAULT.test(a, b, weights());
        assertThat(link).isPresent();
        assertThat(link.get().similarity()).isBetween(0.15, 0.30);
        assertThat(link.get().time()).isEqualTo("same");
        // the same words a month apart in a containing interval: not enough without a shared precise date
        SourceEvent month = event("c", "2021-04", terms(shared, FILLER_B));
        assertThat(MergeRule.DEFAULT.test(a, month, weights())).isEmpty();
    }

    @Test
    void twoSharedTermsOnTheSameDayAreNotEnough() {
        String[] shared = {"وزار", "عراق"};
        SourceEvent a = event("a", "2021-04-07", terms(shared, FILLER_A));
        SourceEvent b = event("b", "2021-04-07", terms(shared, FILLER_B));
        assertThat(MergeRule.DEFAULT.test(a, b, weights())).isEmpty();
    }

    @Test
    void shortClausesWithConflictingDatesNeedFourSharedTerms() {
        SourceEvent a = event("a", "2021-04-04", "اعلنت", "خارج", "زار");
        SourceEvent b = event("b", "2021-04-07", "اعلنت", "خارج", "زار", "عراق");
        assertThat(MergeRule.time(a, b).describe()).isEqualTo("disjoint, 2 days apart");
        assertThat(MergeRule.DEFAULT.test(a, b, weights())).isEmpty();
        SourceEvent c = event("c", "2021-04-07", "اعلنت", "خارج", "زار", "سحب", "قو");
        SourceEvent d = event("d", "2021-04-06", "اعلنت", "خارج", "زار", "سحب", "قو", "قتال");
        var link = MergeRule.DEFAULT.test(c, d, weights());
        assertThat(link).isPresent();
        assertThat(link.get().dateConflict()).isTrue();
        assertThat(link.get().time()).isEqualTo("disjoint, 0 days apart");
    }

    @Test
    void datesFarApartNeverMerge() {
        String[] same = {"w1", "w2", "w3", "w4", "w5", "w6"};
        assertThat(MergeRule.DEFAULT.test(event("a", "2021-04-01", same), event("b", "2021-04-20", same), weights()))
                .isEmpty();
        assertThat(MergeRule.DEFAULT.test(event("a", "2021-04-01", same), event("b", "2021-04-14", same), weights()))
                .hasValueSatisfying(l -> assertThat(l.dateConflict()).isTrue());
    }

    @Test
    void aVaguePastContainsEveryEarlierTime() {
        String[] same = {"w1", "w2", "w3"};
        SourceEvent past = event("a", "PAST_REF", same);
        assertThat(MergeRule.time(past, event("b", "2020-01", same)).relation()).isEqualTo("contains");
        assertThat(MergeRule.time(past, event("b", "2021-04-12", same)).compatible()).isFalse();
        assertThat(MergeRule.DEFAULT.test(past, event("b", "2020-01", same), weights())).isPresent();
    }
}
