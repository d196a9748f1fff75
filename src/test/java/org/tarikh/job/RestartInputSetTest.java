package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.cli.InProcessCli.tarikh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.cli.ExitCodes;
import org.tarikh.cli.InProcessCli.Result;

/**
 * Issue 10, item 6: restart positions count records of one input set with one thread count. A
 * run killed, then started again after files were added or with other threads, does not skip by
 * a count that no longer means anything: it reads everything (what was stored counts as
 * unchanged), leaves nothing out, counts nothing twice, and says so in the summary.
 */
class RestartInputSetTest {

    @TempDir
    Path dir;

    private Path job(Path inputs, String url, int threads) throws Exception {
        Path job = dir.resolve("job-" + threads + ".yml");
        Files.writeString(job, """
                inputs: [%s]
                database: %s
                threads: %d
                chunk-size: 5
                """.formatted(inputs.toAbsolutePath(), url, threads));
        return job;
    }

    private void killAfterTwoChunks(Path job) throws Exception {
        ChildRun child = ChildRun.startPausing(dir, "killed", "committed:2", "run", "--job", job.toString());
        assertThat(child.awaitCheckpoint(dir, "killed", "committed:2")).as(child.stderr()).isTrue();
        child.kill();
    }

    private static String run(Path job, int expectedCode) {
        Result r = tarikh("run", "--job", job.toString());
        assertThat(r.code()).as("stdout:%n%s%nstderr:%n%s", r.out(), r.err()).isEqualTo(expectedCode);
        return r.out();
    }

    @Test
    void filesAddedBeforeTheRestartAreProcessedInTheSameRun() throws Exception {
        Path folder = dir.resolve("in");
        GeneratedCorpus.writeJsonl(folder.resolve("a.jsonl"),
                GeneratedCorpus.articles(21, 40, "first").stream().map(GeneratedCorpus::line).toList());
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        Path job = job(folder, url, 1);
        killAfterTwoChunks(job);
        assertThat(DatabaseDump.count(url, "article")).isEqualTo(10);

        // new articles arrive (sorted first, so every old record's position moves) before the restart
        GeneratedCorpus.writeJsonl(folder.resolve("0-new.jsonl"),
                GeneratedCorpus.articles(22, 10, "new").stream().map(GeneratedCorpus::line).toList());
        String out = run(job, ExitCodes.OK);

        assertThat(out).contains("read 50, processed 40, unchanged 10, rejected 0")
                .contains("note: run 1 did not complete, and since then its input files changed: started a new run");
        assertThat(DatabaseDump.count(url, "article")).isEqualTo(50);

        String baseUrl = "jdbc:h2:file:" + dir.resolve("base").toAbsolutePath();
        run(job(folder, baseUrl, 1), ExitCodes.OK);
        assertThat(DatabaseDump.of(url)).isEqualTo(DatabaseDump.of(baseUrl));
    }

    @Test
    void anotherThreadCountReadsEachRecordOnce() throws Exception {
        Path input = GeneratedCorpus.writeJsonl(dir.resolve("in/a.jsonl"),
                GeneratedCorpus.articles(23, 40, "t").stream().map(GeneratedCorpus::line).toList());
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        killAfterTwoChunks(job(input, url, 1));

        String out = run(job(input, url, 2), ExitCodes.OK);

        assertThat(out).contains("read 40, processed 30, unchanged 10, rejected 0")
                .contains("since then threads changed from 1 to 2");
        assertThat(DatabaseDump.count(url, "article")).isEqualTo(40);
    }

    @Test
    void theSameInputSetRestartsWhereItStopped() throws Exception {
        Path input = GeneratedCorpus.writeJsonl(dir.resolve("in/a.jsonl"),
                GeneratedCorpus.articles(24, 20, "s").stream().map(GeneratedCorpus::line).toList());
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        Path job = job(input, url, 1);
        killAfterTwoChunks(job);

        String out = run(job, ExitCodes.OK);

        assertThat(out).contains("read 20, processed 20, unchanged 0, rejected 0").doesNotContain("note:");
        assertThat(DatabaseDump.count(url, "BATCH_JOB_INSTANCE")).as("restarted, not a new run").isEqualTo(1);
        assertThat(List.of(DatabaseDump.count(url, "article"))).containsExactly(20L);
    }
}
