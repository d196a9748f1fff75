package org.tarikh.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 9: HeidelTime's NullPointerException traces and DEBUGGING dumps go to the log
 * file, never to the operator's terminal; everything else written to stderr still reaches it.
 */
class HeidelTimeOutputTest {

    /** Tokens without a part of speech where HeidelTime's POS-constrained rules look: it throws, prints, re-runs. */
    static final String TRIGGER = "قال المتحدث إن 12 + pick(r, WHEN) + ثم 30 + pick(r, WHEN) + .";

    @TempDir
    Path dir;

    @Test
    void onlyWhatAThreadPrintsWhileItRunsAnEngineIsDiverted() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        HeidelTimeOutput router = new HeidelTimeOutput(new PrintStream(terminal, true, StandardCharsets.UTF_8));
        PrintStream err = new PrintStream(router, true, StandardCharsets.UTF_8);

        err.println("before");
        router.enter();
        err.println("java.lang.NullPointerException: pos_as_is");
        err.println("[HeidelTime] DEBUGGING: m.group()");
        router.leave();
        err.println("after");

        assertThat(terminal.toString(StandardCharsets.UTF_8)).isEqualTo("before" + System.lineSeparator() + "after"
                + System.lineSeparator());
    }

    @Test
    void tagKeepsTheTerminalCleanAndTheLogFileHasTheTrace() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"npe\",\"published\":\"2021-04-07\",\"text\":\"" + TRIGGER + "\"}\n");
        Path log = dir.resolve("logs/tarikh.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Dfile.encoding=UTF-8", "-DTARIKH_LOG=" + log,
                "-cp", classpath, "org.tarikh.Tarikh", "tag", "--threads", "1", "--input", in.toString()));
        Path out = dir.resolve("out");
        Path errFile = dir.resolve("err");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(errFile.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(p.exitValue()).as(Files.readString(errFile)).isZero();
        assertThat(Files.readString(out)).contains("\"id\":\"npe\"");
        assertThat(Files.readString(errFile)).as("the terminal").doesNotContain("NullPointerException")
                .doesNotContain("DEBUGGING").doesNotContain("Re-running");
        assertThat(Files.readString(log)).as("the log file: one line per re-run, no pages of debugging")
                .contains("NullPointerException").contains("ran the sentence again").doesNotContain("DEBUGGING");
    }

    /**
     * Issue 16: one thread's re-run turns HeidelTime's JVM-wide debug switch on, and another
     * engine thread then prints DEBUGGING lines too. What is logged above DEBUG must depend only
     * on each thread's own re-runs.
     */
    @Test
    void debuggingLinesOfAnyThreadStayBelowInfo() throws Exception {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(HeidelTimeOutput.LOGGER);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen =
                new ch.qos.logback.core.read.ListAppender<>();
        seen.start();
        logger.addAppender(seen);
        try {
            ByteArrayOutputStream terminal = new ByteArrayOutputStream();
            HeidelTimeOutput router = new HeidelTimeOutput(new PrintStream(terminal, true, StandardCharsets.UTF_8));
            PrintStream err = new PrintStream(router, true, StandardCharsets.UTF_8);
            java.util.concurrent.CyclicBarrier inside = new java.util.concurrent.CyclicBarrier(2);
            Thread rerunning = new Thread(() -> {
                router.enter();
                await(inside);
                err.println("[HeidelTime] HeidelTime's execution has been interrupted by an exception");
                err.println("java.lang.NullPointerException");
                err.println("[HeidelTime] Sentence [3-20]: وفي 2019 ABC");
                err.println("[HeidelTime] Language: ARABIC");
                err.println("[HeidelTime] " + HeidelTimeOutput.RERUN);
                err.println(" DEBUGGING: tonormalize:%normYear(group(2))");
                err.println("[HeidelTime] Execution will now resume.");
                await(inside);
                router.leave();
            });
            Thread other = new Thread(() -> {
                router.enter();
                await(inside);
                err.println(" DEBUGGING: m.group():أمس"); // printed because the other thread's re-run has the switch on
                err.println(" POS CONSTRAINT IS VALID: pos should be NNS and is NNS");
                await(inside);
                router.leave();
            });
            rerunning.start();
            other.start();
            rerunning.join();
            other.join();

            assertThat(terminal.size()).as("nothing on the terminal").isZero();
            List<String> info = seen.list.stream()
                    .filter(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.INFO))
                    .map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).toList();
            assertThat(info).hasSize(1);
            assertThat(info.get(0)).contains("[3-20]").contains("ran the sentence again").doesNotContain("DEBUGGING");
        } finally {
            logger.detachAppender(seen);
        }
    }

    private static void await(java.util.concurrent.CyclicBarrier b) {
        try {
            b.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
