package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.cli.InProcessCli.tarikh;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.cli.ExitCodes;
import org.tarikh.cli.InProcessCli.Result;

/**
 * The operator's way in: a job definition file run once with {@code run}, and on its cron
 * schedule with {@code schedule}; {@code timeline} reads what they stored.
 */
class ScheduleAndRunCommandTest {

    @TempDir
    Path dir;

    @Test
    void runsAJobDefinitionOnItsScheduleThenTheTimelineShowsIt() throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, """
                {"id":"a","published":"2021-04-07","text":"وقال الوزير إن الاتفاق وقع العام الماضي في بغداد."}
                {"id":"b","published":"nope","text":"نص"}
                """);
        String db = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        Path export = dir.resolve("exports/timeline.json");
        Path job = dir.resolve("every-second.yml");
        Files.writeString(job, """
                name: test
                inputs: [%s]
                database: %s
                schedule: "* * * * * *"
                threads: 1
                chunk-size: 5
                export:
                  - format: json
                    out: %s
                """.formatted(input, db, export));

        Result schedule = tarikh("schedule", "--job", job.toString(), "--max-runs", "2");

        assertThat(schedule.code()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        assertThat(schedule.out()).contains("processed 1, unchanged 0, rejected 1")
                .contains("processed 0, unchanged 1, rejected 1")
                .contains("rejected 1 × UNPARSEABLE_PUBLISHED");
        assertThat(Files.readString(export)).contains("\"value\" : \"2020\"");

        Result timeline = tarikh("timeline", "--db", db, "--from", "2020-01-01", "--to", "2020-12-31");
        assertThat(timeline.code()).isZero();
        // event 0 is the minister's statement (on or before the publication day), event 1 the agreement
        assertThat(timeline.out()).contains("a#1 «العام الماضي» 2020");

        assertThat(tarikh("timeline", "--db", db, "--from", "2021-04-08").out()).contains("(no events match)");
    }

    @Test
    void runWithAMissingJobFileFailsWithAClearMessage() {
        Result r = tarikh("run", "--job", dir.resolve("missing.yml").toString());
        assertThat(r.code()).as("a configuration error").isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines().toList()).singleElement().asString().contains("missing.yml").contains("does not exist");
    }
}
