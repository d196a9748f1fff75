package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.cli.ExitCodes;
import org.tarikh.cli.TarikhCommand;

/**
 * Promises 6 and 7: the database going away mid-run fails the run with exit code 1 and a clear
 * message; the next run after recovery completes it, with the same data and the same counts as
 * an uninterrupted run (the chunk that was rolled back is not counted).
 */
class DatabaseTroubleTest {

    private static final Pattern COUNTS = Pattern.compile("read \\d+, processed \\d+, unchanged \\d+, rejected \\d+; \\d+ expressions, \\d+ events");

    @TempDir
    Path dir;

    @Test
    void aDatabaseShutDownMidRunFailsTheRunAndTheNextRunCompletesIt() throws Exception {
        List<String> lines = GeneratedCorpus.articles(11, 100, "db").stream().map(GeneratedCorpus::line).toList();
        Path input = GeneratedCorpus.writeJsonl(dir.resolve("in/a.jsonl"), lines);
        String baseUrl = "jdbc:h2:file:" + dir.resolve("base").toAbsolutePath();
        String url = "jdbc:h2:file:" + dir.resolve("trouble").toAbsolutePath();
        StringWriter baseOut = new StringWriter();
        assertThat(TarikhCommand.commandLine().setOut(new PrintWriter(baseOut))
                .execute("run", "--job", ChildRun.jobFile(dir, input, baseUrl, 5))).isEqualTo(ExitCodes.OK);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String job = ChildRun.jobFile(dir, input, url, 5);
        // the run waits after its second commit (a checkpoint, not a clock) while the database goes away
        Path checkpoints = dir.resolve("checkpoints");
        System.setProperty(Checkpoints.PAUSE, "committed:2");
        System.setProperty(Checkpoints.DIR, checkpoints.toString());
        CompletableFuture<Integer> run;
        try {
            run = CompletableFuture.supplyAsync(() -> TarikhCommand.commandLine()
                    .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute("run", "--job", job));
            awaitCheckpoint(checkpoints, "committed:2", run);
        } finally {
            System.clearProperty(Checkpoints.PAUSE);
            System.clearProperty(Checkpoints.DIR);
        }
        long seen = DatabaseDump.count(url, "article");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("SHUTDOWN IMMEDIATELY"); // as if the server went away, uncommitted work lost
        } catch (java.sql.SQLException closedUnderUs) {
            // expected: the connection goes with the database
        }
        Checkpoints.release(checkpoints, "committed:2");
        int failed = run.get(5, TimeUnit.MINUTES);

        assertThat(seen).as("articles stored before the shutdown: two chunks").isEqualTo(10);
        assertThat(failed).as("stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(ExitCodes.FAILED);
        assertThat(out + "" + err).containsAnyOf("run failed", "FAILED");

        StringWriter again = new StringWriter();
        int code = TarikhCommand.commandLine().setOut(new PrintWriter(again)).execute("run", "--job", job);

        assertThat(code).as(again.toString()).isEqualTo(ExitCodes.OK);
        assertThat(DatabaseDump.of(url)).containsExactlyElementsOf(DatabaseDump.of(baseUrl));
        assertThat(DatabaseDump.count(url, "BATCH_JOB_INSTANCE")).as("the failed run was restarted").isEqualTo(1);
        assertThat(counts(again.toString())).as("counts of the restarted run, the rolled-back chunk not among them")
                .isEqualTo(counts(baseOut.toString()));
    }

    /** Waits until the run has stopped at {@code point}. */
    private static void awaitCheckpoint(Path dir, String point, CompletableFuture<Integer> run) throws Exception {
        while (!java.nio.file.Files.exists(Checkpoints.marker(dir, point))) {
            if (run.isDone()) {
                throw new AssertionError("the run ended before " + point + ": exit " + run.get());
            }
            Thread.sleep(20);
        }
    }

    private static String counts(String output) {
        Matcher m = COUNTS.matcher(output);
        assertThat(m.find()).as("summary in %s", output).isTrue();
        return m.group();
    }
}
