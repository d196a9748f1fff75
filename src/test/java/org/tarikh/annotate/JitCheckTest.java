package org.tarikh.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;

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
        // whatever the JVM runs with (JDK_JAVA_OPTIONS may set the flags): the advice for the values it reports
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assumeTrue(hotspot != null, "not HotSpot");
        int topTier = Boolean.parseBoolean(hotspot.getVMOption("TieredCompilation").getValue())
                ? Integer.parseInt(hotspot.getVMOption("TieredStopAtLevel").getValue()) : 4;
        long freq = Long.parseLong(hotspot.getVMOption("FreqInlineSize").getValue());
        long small = Long.parseLong(hotspot.getVMOption("InlineSmallCode").getValue());
        assertThat(JitCheck.forThisJvm()).isEqualTo(JitCheck.advice(topTier, freq, small));
        if (topTier == 4 && freq > JitCheck.FREQ_INLINE_SIZE) { // HotSpot's default inlining: the advice names what it read
            assertThat(JitCheck.forThisJvm()).hasValueSatisfying(w -> assertThat(w).contains("FreqInlineSize=" + freq));
        }
    }
}
