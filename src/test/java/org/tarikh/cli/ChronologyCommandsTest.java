package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.cli.InProcessCli.tarikh;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.cli.InProcessCli.Result;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * End to end, as an archivist runs it: the job annotates the chronology test articles with
 * HeidelTime and writes the exports its definition asks for, then {@code timeline --query}
 * returns merged entries with their sources and {@code export} writes each format.
 */
class ChronologyCommandsTest {

    @TempDir
    Path dir;

    @Test
    void runThenQueryThenExport() throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("db/tarikh").toAbsolutePath();
        Path job = dir.resolve("job.yml");
        Files.writeString(job, """
                name: chronology-test
                inputs:
                  - %s
                database: "%s"
                export:
                  - format: html
                    out: %s
                  - format: timeml
                    out: %s
                """.formatted(Path.of("src/test/resources/chronology").toAbsolutePath(), db,
                dir.resolve("job/chronology.html"), dir.resolve("job/tml")));
        Result run = tarikh("run", "--job", job.toString());
        assertThat(run.code()).as(run.out()).isEqualTo(ExitCodes.OK);
        assertThat(dir.resolve("job/chronology.html")).exists();
        try (var tml = Files.list(dir.resolve("job/tml"))) {
            assertThat(tml.count()).isEqualTo(4);
        }

        Result text = tarikh("timeline", "--db", db, "--query", "القوات القتالية");
        System.out.println(text.out());
        assertThat(text.code()).isEqualTo(ExitCodes.OK);
        assertThat(text.out()).contains("merged:").contains("sources");

        Result json = tarikh("timeline", "--db", db, "--query", "القوات القتالية", "--format", "json");
        JsonNode doc = JsonMapper.builder().build().readTree(json.out());
        assertThat(doc.get("schema").asString()).isEqualTo("tarikh-chronology/1");
        JsonNode merged = null;
        for (JsonNode e : doc.get("entries")) {
            if (e.get("sources").size() >= 2) {
                merged = e;
            }
        }
        assertThat(merged).as(json.out()).isNotNull();
        assertThat(merged.get("merge").size()).isPositive();
        assertThat(merged.get("sources").findValuesAsString("article")).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(2);

        // the merge is undone by asking without it: every event is its own entry again
        JsonNode raw = JsonMapper.builder().build().readTree(
                tarikh("timeline", "--db", db, "--query", "القوات القتالية", "--format", "json", "--no-merge").out());
        assertThat(raw.get("entries").size()).isEqualTo(raw.get("sourceEvents").asInt());
        assertThat(raw.get("sourceEvents").asInt()).isEqualTo(doc.get("sourceEvents").asInt());

        for (String format : new String[] {"json", "csv", "timelinejs", "html", "text"}) {
            Path out = dir.resolve("export/chronology." + format);
            Result r = tarikh("export", "--db", db, "--query", "القوات", "--format", format, "--out", out.toString());
            assertThat(r.code()).isEqualTo(ExitCodes.OK);
            assertThat(Files.size(out)).isPositive();
        }
        assertThat(tarikh("export", "--db", db, "--format", "pdf", "--out", dir.resolve("x").toString()).code())
                .isNotEqualTo(ExitCodes.OK);
    }
}
