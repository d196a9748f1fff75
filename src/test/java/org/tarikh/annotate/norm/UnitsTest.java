package org.tarikh.annotate.norm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The unit table every annotator reads: spellings by key, with the count the word carries. */
class UnitsTest {

    @Test
    void aUnitWordIsFoundByItsKeyWithItsCodeAndCount() {
        assertThat(Units.of(Lexicon.key("أسبوعين"))).satisfies(u -> {
            assertThat(u.code()).isEqualTo("W");
            assertThat(u.count()).isEqualTo("2");
        });
        assertThat(Units.of(Lexicon.key("أيام")).count()).as("a plural needs a number").isEqualTo("0");
        assertThat(Units.of(Lexicon.key("يوم")).count()).isEqualTo("1");
        assertThat(Units.isUnit(Lexicon.key("شهور"))).isTrue();
    }

    @Test
    void otherWordsAreNotUnits() {
        assertThat(Units.of(Lexicon.key("منهم"))).isNull();
        assertThat(Units.isUnit(Lexicon.key("الماضي"))).isFalse();
        assertThat(Units.of(null)).isNull();
    }

    @Test
    void everySpellingOfTheFileIsListed() {
        assertThat(Units.all()).extracting(Units.Unit::spelling).contains("يوم", "أسابيع", "شهرين");
        assertThat(Units.all()).allSatisfy(u -> assertThat(u.code()).matches("D|W|M|Y|H|MIN|DE|CE"));
    }
}
