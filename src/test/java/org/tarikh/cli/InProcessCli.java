package org.tarikh.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The one in-process runner of the {@code tarikh} command line for tests: the same command
 * line {@code main} builds ({@link TarikhCommand#commandLine()}), run in this JVM with its
 * standard output and standard error captured, and its exit code.
 * <p>
 * Use it as {@code import static org.tarikh.cli.InProcessCli.tarikh;}, so a call reads as the
 * command an archivist types: {@code tarikh("timeline", "--db", url, "--no-merge")}.
 */
public final class InProcessCli {

    private InProcessCli() {
    }

    /** What a command printed and returned: its exit code ({@link ExitCodes}), standard output and standard error. */
    public record Result(int code, String out, String err) {
    }

    /** Runs {@code tarikh args...} in this JVM (a fresh command line each time), capturing both streams. */
    public static Result tarikh(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TarikhCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
