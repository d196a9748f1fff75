package org.tarikh.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.Timex;

/** The scorer on tiny hand-made documents whose right answers are easy to count by hand. */
class ScorerTest {

    // 0         1         2         3         4
    // 0123456789012345678901234567890123456789012345
    private static final String TEXT = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii";

    private static GoldTimex gold(int begin, int end, String type, String value, String mod, String... phen) {
        return new GoldTimex("t" + begin, begin, end, TEXT.substring(begin, end), type, value, mod, Set.of(phen));
    }

    private static Timex sys(int begin, int end, String type, String value, String mod) {
        return new Timex("s" + begin, begin, end, TEXT.substring(begin, end), type, value, mod, null, null, null);
    }

    private static GoldDocument doc(List<GoldTimex> timexes, List<GoldTrap> traps) {
        return new GoldDocument("d", Path.of("d.tml"), TEXT, LocalDate.of(2021, 4, 7), timexes, traps);
    }

    private static Scorer score(GoldDocument doc, List<Timex> system) {
        return new Scorer().add(new Alignment(doc, system));
    }

    @Test
    void strictNeedsSameExtentRelaxedNeedsOverlap() {
        GoldDocument d = doc(List.of(gold(0, 9, "DATE", "2021", null), gold(10, 19, "DATE", "2020", null)), List.of());
        Counts c = score(d, List.of(sys(0, 9, "DATE", "2021", null), sys(15, 24, "DATE", "2020", null))).overall();

        assertThat(c.gold()).isEqualTo(2);
        assertThat(c.system()).isEqualTo(2);
        assertThat(c.strict()).isEqualTo(1);
        assertThat(c.relaxed()).isEqualTo(2);
        assertThat(c.strictPrecision()).isEqualTo(0.5);
        assertThat(c.strictRecall()).isEqualTo(0.5);
        assertThat(c.relaxedF1()).isEqualTo(1.0);
        assertThat(c.valueAccuracy()).isEqualTo(1.0);
    }

    @Test
    void oneSystemExpressionMatchesAtMostOneGold() {
        // One system span over two gold expressions: one match, one miss.
        GoldDocument d = doc(List.of(gold(0, 4, "DATE", "2021", null), gold(5, 14, "DATE", "2020", null)), List.of());
        Counts c = score(d, List.of(sys(0, 14, "DATE", "2020", null))).overall();

        assertThat(c.relaxed()).isEqualTo(1);
        assertThat(c.relaxedPrecision()).isEqualTo(1.0);
        assertThat(c.relaxedRecall()).isEqualTo(0.5);
        // It pairs with the gold it overlaps most (5..14, 9 chars), whose value it has right.
        assertThat(c.valueAccuracy()).isEqualTo(1.0);
    }

    @Test
    void oneGoldMatchesAtMostOneSystemExpressionPreferringTheLargestOverlap() {
        GoldDocument d = doc(List.of(gold(0, 14, "DATE", "2021", null)), List.of());
        Alignment a = new Alignment(d, List.of(sys(0, 4, "DATE", "X", null), sys(5, 14, "DATE", "2021", null)));
        Counts c = new Scorer().add(a).overall();

        assertThat(a.matchOf(0).begin()).isEqualTo(5);
        assertThat(a.goldOf(0)).isEqualTo(-1);
        assertThat(c.system()).isEqualTo(2);
        assertThat(c.relaxedPrecision()).isEqualTo(0.5);
        assertThat(c.relaxedRecall()).isEqualTo(1.0);
        assertThat(Evaluation.errors(a)).extracting(EvalError::kind).containsExactlyInAnyOrder("spurious", "extent");
    }

    @Test
    void exactExtentWinsATieOfOverlaps() {
        GoldDocument d = doc(List.of(gold(5, 9, "DATE", "2021", null)), List.of());
        Alignment a = new Alignment(d, List.of(sys(0, 14, "DATE", "2021", null), sys(5, 9, "DATE", "2021", null)));

        assertThat(a.strict(0)).isTrue();
    }

    @Test
    void valueAccuracyCountsTheModValueOnlyDoesNot() {
        GoldDocument d = doc(List.of(gold(0, 9, "DATE", "2021-03", "END"), gold(10, 19, "TIME", "2021-04-06TEV", null)),
                List.of());
        Counts c = score(d, List.of(sys(0, 9, "DATE", "2021-03", null), sys(10, 19, "DATE", "2021-04-06TEV", null),
                sys(20, 24, "DATE", "2021", null))).overall();

        assertThat(c.valueAccuracy()).isEqualTo(0.5);
        assertThat(c.valueOnlyAccuracy()).isEqualTo(1.0);
        assertThat(c.typeAccuracy()).isEqualTo(0.5);
        // value-F1: 1 correct of 3 system, of 2 gold.
        assertThat(c.valueF1()).isCloseTo(2 * (1 / 3.0) * 0.5 / (1 / 3.0 + 0.5), within(1e-9));
    }

    @Test
    void trapsCountAsFalsePositivesOverallAndInTheirRow() {
        GoldDocument d = doc(List.of(gold(0, 4, "DATE", "2021", null, "relative")),
                List.of(new GoldTrap(10, 19, TEXT.substring(10, 19), Set.of("false-positive")),
                        new GoldTrap(20, 24, TEXT.substring(20, 24), Set.of("false-positive"))));
        Scorer s = score(d, List.of(sys(0, 4, "DATE", "2021", null), sys(12, 14, "DURATION", "P3D", null)));

        assertThat(s.overall().relaxedPrecision()).isEqualTo(0.5);
        assertThat(s.overall().traps()).isEqualTo(2);
        assertThat(s.overall().trapsTagged()).isEqualTo(1);
        Counts fp = s.byPhenomenon().get("false-positive");
        assertThat(fp.gold()).isZero();
        assertThat(fp.system()).isEqualTo(1);
        assertThat(fp.relaxedPrecision()).isEqualTo(0.0);
        assertThat(fp.relaxedRecall()).isNull();
        assertThat(fp.traps()).isEqualTo(2);
        assertThat(fp.trapsTagged()).isEqualTo(1);
        // The trap-tagging DURATION is spurious for the DURATION row too.
        assertThat(s.byType().get("DURATION").system()).isEqualTo(1);
        assertThat(s.byType().get("DURATION").gold()).isZero();
        Alignment a = new Alignment(d, List.of(sys(12, 14, "DURATION", "P3D", null)));
        assertThat(Evaluation.errors(a)).extracting(EvalError::kind).containsExactly("missed", "spurious-on-trap");
    }

    @Test
    void phenomenonRowsHoldTheirGoldAndTheSystemExpressionsMatchedToIt() {
        GoldDocument d = doc(List.of(
                gold(0, 4, "DATE", "2021-04-06", null, "relative", "clitic"),
                gold(5, 9, "DATE", "2021-04-07", null, "weekday"),
                gold(10, 14, "DURATION", "P3D", null, "duration", "clitic")), List.of());
        Scorer s = score(d, List.of(sys(0, 4, "DATE", "2021-04-06", null), sys(11, 14, "DURATION", "P2D", null),
                sys(30, 34, "DATE", "2020", null)));

        Counts clitic = s.byPhenomenon().get("clitic");
        assertThat(clitic.gold()).isEqualTo(2);
        assertThat(clitic.system()).isEqualTo(2); // the spurious 30..34 belongs to no phenomenon
        assertThat(clitic.strict()).isEqualTo(1);
        assertThat(clitic.relaxed()).isEqualTo(2);
        assertThat(clitic.valueAccuracy()).isEqualTo(0.5);
        Counts weekday = s.byPhenomenon().get("weekday");
        assertThat(weekday.gold()).isEqualTo(1);
        assertThat(weekday.system()).isZero();
        assertThat(weekday.relaxedRecall()).isEqualTo(0.0);
        assertThat(weekday.relaxedPrecision()).isNull();
        assertThat(s.byPhenomenon().get("hijri").gold()).isZero();
        // The overall row sees every system expression, including the spurious one.
        assertThat(s.overall().system()).isEqualTo(3);
        assertThat(s.byType().get("DATE").system()).isEqualTo(3 - 1);
        assertThat(s.byType().get("DATE").gold()).isEqualTo(2);
    }

    @Test
    void documentsAccumulate() {
        GoldDocument d = doc(List.of(gold(0, 4, "DATE", "2021", null)), List.of());
        Scorer s = new Scorer().add(new Alignment(d, List.of(sys(0, 4, "DATE", "2021", null))))
                .add(new Alignment(d, List.of()));
        assertThat(s.overall().gold()).isEqualTo(2);
        assertThat(s.overall().relaxedRecall()).isEqualTo(0.5);
        assertThat(s.overall().relaxedPrecision()).isEqualTo(1.0);
    }
}
