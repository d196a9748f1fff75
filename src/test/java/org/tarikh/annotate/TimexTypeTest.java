package org.tarikh.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The enum's names are the strings stored in the database and printed by exports and tag. */
class TimexTypeTest {

    @Test
    void namesAreTheStoredStrings() {
        assertThat(TimexType.values()).extracting(Enum::name).containsExactly("DATE", "TIME", "DURATION", "SET");
        assertThat(TimexType.of("DURATION")).isSameAs(TimexType.DURATION);
        assertThat(TimexType.of("date")).isNull();
        assertThat(TimexType.of(null)).isNull();
        assertThat(TimexType.SET.is("SET")).isTrue();
        assertThat(TimexType.SET.is(null)).isFalse();
    }

    @Test
    void onlyDatesAndTimesAnchorEvents() {
        assertThat(new Timex("t1", 0, 3, "أمس", "DATE", "2021-04-06", null, null, null, null).isAnchorable()).isTrue();
        assertThat(new Timex("t2", 0, 3, "مساء", "TIME", "2021-04-06TEV", null, null, null, null).isAnchorable()).isTrue();
        assertThat(new Timex("t3", 0, 3, "يومين", "DURATION", "P2D", null, null, null, null).isAnchorable()).isFalse();
        assertThat(new Timex("t4", 0, 3, "يوميا", "SET", "P1D", null, null, null, null).isAnchorable()).isFalse();
        assertThat(new Timex("t5", 0, 3, "?", "TEMPONYM", "X", null, null, null, null).isAnchorable()).isFalse();
    }
}
