package org.tarikh.annotate.accel;

import java.io.PrintStream;

/**
 * Follows HeidelTime's "re-run this sentence" loop on the thread it happens on.
 * <p>
 * When a NullPointerException escapes its rule matching (e.g. a POS-constrained rule meets a
 * token without POS), HeidelTime 2.2.1 prints, on {@code System.err}, "Re-running this sentence
 * with DEBUGGING enabled...", processes the same sentence again until the next exception, and
 * then prints "Execution will now resume.". A per-sentence rule plan must not advance during
 * that loop. This stream passes everything through unchanged and only notes those two
 * messages for the printing thread. If someone replaces {@code System.err} later, per-sentence
 * plans switch themselves off ({@link #active()}).
 */
final class RerunTracker extends PrintStream {

    static final String RERUN = "Re-running this sentence with DEBUGGING enabled...";
    static final String RESUME = "Execution will now resume.";

    private RerunTracker(PrintStream out) {
        super(out, true);
    }

    static synchronized RerunTracker install() {
        if (System.err instanceof RerunTracker t) {
            return t;
        }
        RerunTracker t = new RerunTracker(System.err);
        System.setErr(t);
        return t;
    }

    /** Whether HeidelTime's messages still reach this tracker. */
    boolean active() {
        return System.err == this;
    }

    @Override
    public void println(String x) {
        if (x != null) {
            if (x.endsWith(RERUN)) {
                RuleSelection.rerunStarts();
            } else if (x.endsWith(RESUME)) {
                RuleSelection.rerunEnds();
            }
        }
        super.println(x);
    }
}
