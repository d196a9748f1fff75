package org.tarikh.annotate.norm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Word lists checked through a glued conjunction: one rule for every annotator. */
class LexiconTest {

    private static final Set<String> SAYING = Set.of("قال", "اعلن", "قد");

    @Test
    void aWordIsFoundAloneOrAfterWawOrFa() {
        assertThat(Lexicon.withConjunction("قال", SAYING::contains)).isTrue();
        assertThat(Lexicon.withConjunction("وقال", SAYING::contains)).isTrue();
        assertThat(Lexicon.withConjunction("فاعلن", SAYING::contains)).isTrue();
        assertThat(Lexicon.withConjunction("وقد", SAYING::contains)).as("two letters remain").isTrue();
    }

    @Test
    void otherLettersOrTooLittleLeftAreNotAConjunction() {
        assertThat(Lexicon.withConjunction("بقال", SAYING::contains)).as("ب is not a conjunction here").isFalse();
        assertThat(Lexicon.withConjunction("وق", Set.of("ق")::contains)).as("one letter left").isFalse();
        assertThat(Lexicon.withConjunction("ووقال", SAYING::contains)).as("one conjunction only").isFalse();
    }
}
