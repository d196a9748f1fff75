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
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> TarikhCommand.commandLine()
                .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute("run", "--job", job));
        long seen = awaitArticles(url, run);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("SHUTDOWN IMMEDIATELY"); // as if the server went away, uncommitted work lost
        } catch (java.sql.SQLException closedUnderUs) {
            // expected: the connection goes with the database
        }
        int failed = run.get(5, TimeUnit.MINUTES);

        assertThat(seen).as("articles stored before the shutdown").isPositive().isLessThan(100);
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

    /** Polls (through the same in-process H2 database) until some chunks are committed. */
    private static long awaitArticles(String url, CompletableFuture<Integer> run) throws Exception {
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline && !run.isDone()) {
            try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "");
                    var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM article")) {
                rs.next();
                if (rs.getLong(1) >= 10) {
                    return rs.getLong(1);
                }
            } catch (java.sql.SQLException notYet) {
                // database or table not created yet
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the run did not get going (done: " + run.isDone() + ")");
    }

    private static String counts(String output) {
        Matcher m = COUNTS.matcher(output);
        assertThat(m.find()).as("summary in %s", output).isTrue();
        return m.group();
    }
}
