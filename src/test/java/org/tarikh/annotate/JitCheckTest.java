package org.tarikh.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start-up JIT check warns exactly when C2 runs with inlining limits above the recommended ones. */
class JitCheckTest {

    @Test
    void warnsForC2WithDefaultInlining() {
        assertThat(JitCheck.advice(4, 325, 2500)).hasValueSatisfying(w -> assertThat(w)
                .contains("FreqInlineSize=325").contains(JitCheck.FLAGS));
        assertThat(JitCheck.advice(4, 100, 2500)).isPresent(); // one of the two limits is not enough
        assertThat(JitCheck.advice(4, 325, 1000)).isPresent();
    }

    @Test
    void quietWithTheFlagsOrWithoutC2() {
        assertThat(JitCheck.advice(4, 100, 1000)).isEmpty();
        assertThat(JitCheck.advice(4, 80, 500)).isEmpty();
        assertThat(JitCheck.advice(1, 325, 2500)).isEmpty(); // -XX:TieredStopAtLevel=1: no C2
        assertThat(JitCheck.advice(3, 325, 2500)).isEmpty();
        assertThat(JitCheck.advice(0, 325, 2500)).isEmpty();
    }

    @Test
    void readsTheRunningJvm() {
        // the tests run on HotSpot with its default JIT options (pom.xml's argLine sets none): C2, default inlining
        assertThat(JitCheck.forThisJvm()).hasValueSatisfying(w -> assertThat(w).contains("FreqInlineSize=325"));
    }
}
