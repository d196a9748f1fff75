package org.tarikh.cli;

/** Exit codes of every command; {@code docs/operations.md} explains them to operators. */
public final class ExitCodes {

    /** Everything was processed. */
    public static final int OK = 0;
    /** The run failed (job FAILED, database unreachable, bad job definition). */
    public static final int FAILED = 1;
    /** Wrong command-line usage (picocli's own code). */
    public static final int USAGE = 2;
    /** The run completed, but some inputs were rejected (see the rejection table). */
    public static final int COMPLETED_WITH_REJECTIONS = 3;
    /** Refused: another run is in progress on the same database. Nothing was changed; try later. */
    public static final int ALREADY_RUNNING = 4;

    private ExitCodes() {
    }
}
