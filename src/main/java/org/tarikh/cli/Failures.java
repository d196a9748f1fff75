package org.tarikh.cli;

import java.io.PrintWriter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tarikh.job.ConfigurationException;

import picocli.CommandLine;

/**
 * How every command ends on an error: one clear line on standard error, the documented exit
 * code, and the stack trace in the log file (never on the terminal).
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    /** Only to the log file: the trace an operator or developer may need later. */
    private static final Logger TRACE = LoggerFactory.getLogger("tarikh.trace");

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean configuration = isConfiguration(ex);
        err.println("tarikh " + cmd.getCommandName() + ": " + (configuration ? "" : "failed: ") + oneLine(ex));
        err.flush();
        TRACE.error("tarikh {} failed", cmd.getCommandName(), ex);
        return configuration ? ExitCodes.USAGE : ExitCodes.FAILED;
    }

    static boolean isConfiguration(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConfigurationException) {
                return true;
            }
        }
        return false;
    }

    /** Logs the trace to the log file only. */
    static void trace(String what, Throwable e) {
        TRACE.error(what, e);
    }

    /**
     * The message of the outermost exception, plus its root cause when that says something
     * else; first lines only, at most 300 characters.
     */
    static String oneLine(Throwable e) {
        // a database problem wrapped by Spring: the database's own words say it best
        for (Throwable t = e; t != null && !(e instanceof ConfigurationException); t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                String line = "database error: " + firstLine(String.valueOf(sql.getMessage()));
                return line.length() <= 300 ? line : line.substring(0, 297) + "...";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String top = firstLine(e.getMessage() == null ? e.toString() : e.getMessage());
        String line = top;
        if (root != e) {
            String cause = firstLine(root.getMessage() == null ? root.toString() : root.getMessage());
            if (!top.contains(cause)) {
                line = top + " (cause: " + cause + ")";
            }
        }
        return line.length() <= 300 ? line : line.substring(0, 297) + "...";
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("").strip();
    }

    private Failures() {
    }

    static Failures handler() {
        return new Failures();
    }
}
