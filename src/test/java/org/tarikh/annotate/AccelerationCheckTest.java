package org.tarikh.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The accelerator's start-up self-check (issue 12): an accelerated pipeline annotates the probe
 * text with and without acceleration; when they differ it falls back to the reference path,
 * says why, and from then on gives exactly the reference output.
 */
class AccelerationCheckTest {

    @Test
    void theProbeExercisesHeidelTimeAndPassesWithTheRealAccelerator() {
        try (TemporalPipeline reference = TemporalPipeline.create(Acceleration.OFF);
             TemporalPipeline accelerated = TemporalPipeline.create(Acceleration.ON)) {
            TaggedText ref = reference.tag(AccelerationCheck.probe(), AccelerationCheck.PROBE_DCT);
            assertThat(ref.timexes()).as("the probe must give HeidelTime work")
                    .filteredOn(t -> t.rule() != null && t.rule().startsWith("heideltime:")).hasSizeGreaterThan(3);
            assertThat(accelerated.fallback()).isNull();
            assertThat(accelerated.acceleration()).isEqualTo(Acceleration.ON);
            assertThat(accelerated.reruns()).as("the probe sends HeidelTime through its NullPointerException re-run")
                    .isPositive();
            assertThat(accelerated.retries()).as("which the per-sentence plan follows, without annotating again")
                    .isZero();
        }
    }

    @Test
    void aLossyAcceleratorFallsBackToTheReferencePathAndSaysWhy() {
        try (TemporalPipeline reference = TemporalPipeline.create(Acceleration.OFF)) {
            TaggedText ref = reference.tag(AccelerationCheck.probe(), AccelerationCheck.PROBE_DCT);
            // withhold a rule the probe needs: the accelerated path then really loses an expression
            String needed = heidelTimeRule(ref);
            try (TemporalPipeline broken = TemporalPipeline.create(Acceleration.ON, Set.of(needed))) {
                assertThat(broken.fallback()).contains("probe text came out differently").contains(needed);
                assertThat(broken.acceleration()).isEqualTo(Acceleration.OFF);
                assertThat(broken.requested()).isEqualTo(Acceleration.ON);
                // and on the reference path its output is the reference output
                assertThat(broken.tag(AccelerationCheck.probe(), AccelerationCheck.PROBE_DCT)).isEqualTo(ref);
                String other = "وقال الوزير أمس إن الخطة ستنفذ في 2022.";
                assertThat(broken.tag(other, AccelerationCheck.PROBE_DCT))
                        .isEqualTo(reference.tag(other, AccelerationCheck.PROBE_DCT));
            }
        }
    }

    @Test
    void aPoolSaysOnceThatItFellBack() {
        try (TemporalPipeline reference = TemporalPipeline.create(Acceleration.OFF)) {
            String needed = heidelTimeRule(reference.tag(AccelerationCheck.probe(), AccelerationCheck.PROBE_DCT));
            try (PipelinePool pool = new PipelinePool(() -> TemporalPipeline.create(Acceleration.ON, Set.of(needed)))) {
                assertThat(pool.accelerationNote()).hasValueSatisfying(n -> assertThat(n).startsWith("accelerations off: "));
            }
            try (PipelinePool pool = new PipelinePool(() -> TemporalPipeline.create(Acceleration.ON))) {
                assertThat(pool.accelerationNote()).isEmpty();
            }
        }
    }

    /** The name of a HeidelTime rule that found something (HeidelTime appends "-explicit"/"-relative" to it). */
    private static String heidelTimeRule(TaggedText tagged) {
        String rule = tagged.timexes().stream().map(Timex::rule).filter(r -> r != null && r.startsWith("heideltime:"))
                .findFirst().orElseThrow().substring("heideltime:".length());
        return rule.replaceFirst("-(explicit|relative)$", "");
    }
}
