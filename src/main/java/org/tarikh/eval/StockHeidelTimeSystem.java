package org.tarikh.eval;

import java.time.LocalDate;
import java.util.List;

import org.tarikh.annotate.StockHeidelTime;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.Timex;

/**
 * The baseline: stock HeidelTime 2.2.1 through its standalone front end ({@link StockHeidelTime},
 * the same set-up {@code bench} measures). If the standalone cannot be built, we fall back to
 * {@link TemporalPipeline#heidelTimeOnly()} and say so in {@link #note()}. A document on which
 * the standalone logs a warning ("Processing aborted due to errors") counts as failed.
 */
public final class StockHeidelTimeSystem implements EvalSystem {

    private final StockHeidelTime standalone;
    private final TemporalPipeline fallback;
    private final String note;
    private int interruptedSentences;

    public StockHeidelTimeSystem() {
        StockHeidelTime s = null;
        String why = null;
        try {
            s = new StockHeidelTime();
        } catch (Exception | LinkageError e) {
            why = e.toString();
        }
        standalone = s;
        if (standalone == null) {
            fallback = TemporalPipeline.heidelTimeOnly();
            note = "HeidelTimeStandalone could not be set up (" + why
                    + "); baseline is TemporalPipeline.heidelTimeOnly()";
        } else {
            fallback = null;
            note = StockHeidelTime.description();
        }
    }

    @Override
    public String name() {
        return "heideltime";
    }

    @Override
    public String note() {
        return interruptedSentences == 0 ? note
                : note + "; " + interruptedSentences + " sentence(s) cut short by HeidelTime's own caught"
                        + " NullPointerException (the rest of such a sentence goes untagged)";
    }

    @Override
    public List<Timex> tag(String text, LocalDate dct) throws Exception {
        if (standalone == null) {
            return fallback.tag(text, dct).timexes();
        }
        StockHeidelTime.Output out = standalone.process(text, dct);
        // HeidelTime catches a NullPointerException of its rules per sentence, prints it, and goes on.
        interruptedSentences += out.interruptedSentences();
        if (!out.warnings().isEmpty()) {
            String first = out.stderr().lines().findFirst().orElse("");
            throw new IllegalStateException(String.join("; ", out.warnings()) + (first.isEmpty() ? "" : ": " + first));
        }
        if (out.timeml() == null) {
            throw new IllegalStateException("HeidelTimeStandalone returned no output");
        }
        return TimeMLOutput.parse(out.timeml(), text);
    }

    @Override
    public void close() {
        if (standalone != null) {
            standalone.close();
        }
        if (fallback != null) {
            fallback.close();
        }
    }
}
