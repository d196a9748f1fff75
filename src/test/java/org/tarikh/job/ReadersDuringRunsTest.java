package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.cli.InProcessCli.tarikh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.cli.ExitCodes;
import org.tarikh.cli.InProcessCli.Result;

/**
 * Issue 10, item 3: {@code timeline} and {@code export} work while a run writes (H2 serves the
 * file from the running process), a second writer is refused naming the holder, and
 * {@code schedule} holds nothing while it waits for its next run.
 */
class ReadersDuringRunsTest {

    @TempDir
    Path dir;

    @Test
    void readersWorkWhileARunWritesAndASecondWriterIsRefused() throws Exception {
        Path input = GeneratedCorpus.writeJsonl(dir.resolve("in/a.jsonl"),
                GeneratedCorpus.articles(31, 30, "live").stream().map(GeneratedCorpus::line).toList());
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        ChildRun writer = ChildRun.startPausing(dir, "writer", "committed:2", "run", "--job",
                ChildRun.jobFile(dir, input, url, 5));
        assertThat(writer.awaitCheckpoint(dir, "writer", "committed:2")).as(writer.stderr()).isTrue();

        Result timeline = tarikh("timeline", "--db", url, "--no-merge");
        assertThat(timeline.code()).as(timeline.err()).isEqualTo(ExitCodes.OK);
        assertThat(timeline.out()).contains("live-0000#");
        Result export = tarikh("export", "--db", url, "--format", "json", "--out", dir.resolve("live.json").toString());
        assertThat(export.code()).as(export.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(dir.resolve("live.json"))).contains("live-0000");
        Result second = tarikh("run", "--db", url, "--input", input.toString());
        assertThat(second.code()).as(second.err()).isEqualTo(ExitCodes.ALREADY_RUNNING);
        assertThat(second.err()).contains("another run is in progress").contains(":" + writer.process.pid() + ":");

        Checkpoints.release(ChildRun.checkpointDir(dir, "writer"), "committed:2");
        assertThat(writer.await(600)).as(writer.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(writer.stdout()).contains("processed 30, unchanged 0");
    }

    @Test
    void scheduleHoldsNothingWhileItWaits() throws Exception {
        Path input = GeneratedCorpus.writeJsonl(dir.resolve("in/a.jsonl"),
                GeneratedCorpus.articles(32, 5, "sched").stream().map(GeneratedCorpus::line).toList());
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        Path job = dir.resolve("nightly.yml");
        Files.writeString(job, """
                inputs: [%s]
                database: %s
                schedule: "0 30 2 * * *"
                """.formatted(input, url));
        ChildRun schedule = ChildRun.startPausing(dir, "schedule", "schedule-waiting", "schedule", "--job", job.toString(),
                "--max-runs", "1");
        assertThat(schedule.awaitCheckpoint(dir, "schedule", "schedule-waiting")).as(schedule.stderr()).isTrue();

        // not even through the scheduler's server: the file itself is free
        try (Connection c = DriverManager.getConnection(url + ";AUTO_SERVER=FALSE", "sa", "")) {
            assertThat(c.isValid(5)).isTrue();
        }
        Result manual = tarikh("run", "--job", job.toString());
        assertThat(manual.code()).as(manual.err()).isEqualTo(ExitCodes.OK);
        assertThat(manual.out()).contains("processed 5");
        Result timeline = tarikh("timeline", "--db", url, "--no-merge");
        assertThat(timeline.code()).as(timeline.err()).isEqualTo(ExitCodes.OK);
        schedule.kill();
    }
}
