package org.tarikh.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.tarikh.annotate.accel.RuleSelection;

/**
 * The accelerator's start-up self-check. The accelerations are lossless only as long as the
 * HeidelTime on the class path is the one they were written for (they reach into its rule
 * manager, see {@code org.tarikh.annotate.accel.HeidelTimeRules}). So before an accelerated
 * pipeline annotates anything, it annotates a built-in probe text ({@value #PROBE}: every
 * expression type, sentences no rule can match, and a four-digit year before a word, which sends
 * HeidelTime through its NullPointerException re-run) once on the reference path and once
 * accelerated. If the accelerator cannot reach HeidelTime's rules, or the two results differ, or
 * the accelerated run fails, the pipeline annotates on the reference path
 * ({@link TemporalPipeline#fallback()}); {@link PipelinePool} says so once in the log, and the
 * commands in their summary.
 */
final class AccelerationCheck {

    static final String PROBE = "acceleration-probe.txt";
    static final LocalDate PROBE_DCT = LocalDate.of(2021, 4, 7);

    private AccelerationCheck() {
    }

    /** Why the accelerator cannot reach HeidelTime's rules, or null if it can. */
    static String heidelTimeRulesUnavailable() {
        try {
            RuleSelection.get();
            return null;
        } catch (RuntimeException | LinkageError e) {
            return "the accelerator cannot reach HeidelTime's rules (" + e.getMessage() + ")";
        }
    }

    /** Why {@code pipeline}'s accelerated output differs from its reference output on the probe, or null if it does not. */
    static String mismatch(TemporalPipeline pipeline) {
        String probe = probe();
        TaggedText reference = pipeline.tag(probe, PROBE_DCT, true);
        TaggedText accelerated;
        try {
            accelerated = pipeline.tag(probe, PROBE_DCT, false);
        } catch (RuntimeException e) {
            return "the accelerated pipeline failed on the self-check's probe text (" + e.getMessage() + ")";
        }
        if (accelerated.equals(reference)) {
            return null;
        }
        return "the self-check's probe text came out differently with accelerations (" + difference(reference, accelerated)
                + ")";
    }

    private static String difference(TaggedText reference, TaggedText accelerated) {
        if (!reference.sentences().equals(accelerated.sentences())) {
            return "sentences differ";
        }
        for (Timex t : reference.timexes()) {
            if (!accelerated.timexes().contains(t)) {
                return "missing «" + t.text() + "» " + t.value() + " from " + t.rule();
            }
        }
        for (Timex t : accelerated.timexes()) {
            if (!reference.timexes().contains(t)) {
                return "extra «" + t.text() + "» " + t.value() + " from " + t.rule();
            }
        }
        return "expressions in another order";
    }

    static String probe() {
        try (InputStream in = AccelerationCheck.class.getResourceAsStream(PROBE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PROBE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
