package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.cli.InProcessCli.tarikh;

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
import org.tarikh.cli.InProcessCli.Result;

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
        Result base = tarikh("run", "--job", ChildRun.jobFile(dir, input, baseUrl, 5));
        assertThat(base.code()).as(base.err()).isEqualTo(ExitCodes.OK);

        String job = ChildRun.jobFile(dir, input, url, 5);
        // the run waits after its second commit (a checkpoint, not a clock) while the database goes away
        Path checkpoints = dir.resolve("checkpoints");
        System.setProperty(Checkpoints.PAUSE, "committed:2");
        System.setProperty(Checkpoints.DIR, checkpoints.toString());
        CompletableFuture<Result> run;
        try {
            run = CompletableFuture.supplyAsync(() -> tarikh("run", "--job", job));
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
        Result failed = run.get(5, TimeUnit.MINUTES);

        assertThat(seen).as("articles stored before the shutdown: two chunks").isEqualTo(10);
        assertThat(failed.code()).as("stdout:%n%s%nstderr:%n%s", failed.out(), failed.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.out() + failed.err()).containsAnyOf("run failed", "FAILED");

        Result again = tarikh("run", "--job", job);

        assertThat(again.code()).as(again.out()).isEqualTo(ExitCodes.OK);
        assertThat(DatabaseDump.of(url)).containsExactlyElementsOf(DatabaseDump.of(baseUrl));
        assertThat(DatabaseDump.count(url, "BATCH_JOB_INSTANCE")).as("the failed run was restarted").isEqualTo(1);
        assertThat(counts(again.out())).as("counts of the restarted run, the rolled-back chunk not among them")
                .isEqualTo(counts(base.out()));
    }

    /** Waits until the run has stopped at {@code point}. */
    private static void awaitCheckpoint(Path dir, String point, CompletableFuture<Result> run) throws Exception {
        while (!java.nio.file.Files.exists(Checkpoints.marker(dir, point))) {
            if (run.isDone()) {
                throw new AssertionError("the run ended before " + point + ": exit " + run.get().code() + "\n"
                        + run.get().err());
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
