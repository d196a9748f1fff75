package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.cli.InProcessCli.tarikh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.cli.InProcessCli.Result;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Curation as an archivist uses it: run the job, correct the chronology with {@code curate},
 * run the job again over the same input, over the input with a new article, and with an
 * article re-annotated: every correction still holds. Undo brings the automatic result back.
 */
class CurationCommandsTest {

    @TempDir
    Path dir;

    JsonNode timeline(String db) {
        Result r = tarikh("timeline", "--db", db, "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        return JsonMapper.builder().build().readTree(r.out());
    }

    static List<String> refs(JsonNode entry) {
        List<String> out = new ArrayList<>();
        entry.get("sources").forEach(s -> out.add(s.get("ref").asString()));
        return out;
    }

    static JsonNode entryOf(JsonNode doc, String ref) {
        for (JsonNode e : doc.get("entries")) {
            if (refs(e).contains(ref)) {
                return e;
            }
        }
        return null;
    }

    @Test
    void curationsSurviveReRunsExtendedInputAndReAnnotation() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Path fixtures = Path.of("src/test/resources/chronology");
        try (var files = Files.list(fixtures)) {
            for (Path f : files.toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        String db = "jdbc:h2:file:" + dir.resolve("db/tarikh").toAbsolutePath();
        Path job = dir.resolve("job.yml");
        Files.writeString(job, """
                name: curation-test
                inputs:
                  - %s
                database: "%s"
                """.formatted(in.toAbsolutePath(), db));
        assertThat(tarikh("run", "--job", job.toString()).code()).isEqualTo(ExitCodes.OK);

        JsonNode before = timeline(db);
        JsonNode merged = null;
        for (JsonNode e : before.get("entries")) {
            if (e.get("sources").size() >= 2 && merged == null) {
                merged = e;
            }
        }
        assertThat(merged).as("the automatic chronology merges something").isNotNull();
        String headRef = merged.get("primary").asString();
        String memberRef = refs(merged).stream().filter(r -> !r.equals(headRef)).findFirst().orElseThrow();
        List<String> singles = new ArrayList<>();
        for (JsonNode e : before.get("entries")) {
            if (e.get("sources").size() == 1) {
                singles.add(e.get("sources").get(0).get("ref").asString());
            }
        }
        assertThat(singles).hasSizeGreaterThanOrEqualTo(2);
        String hideRef = singles.get(0);
        String dateRef = singles.get(1);

        Result reject = tarikh("curate", "reject-merge", headRef, memberRef, "--db", db, "--by", "archivist-1",
                "--why", "two different withdrawals");
        assertThat(reject.code()).as(reject.err()).isEqualTo(ExitCodes.OK);
        assertThat(reject.out()).contains("recorded curation #");
        long rejectId = Long.parseLong(reject.out().replaceAll("(?s).*#(\\d+).*", "$1"));
        assertThat(tarikh("curate", "hide", hideRef, "--db", db, "--by", "archivist-1", "--why", "not news").code())
                .isEqualTo(ExitCodes.OK);
        assertThat(tarikh("curate", "date", dateRef, "2019-05", "--db", db, "--by", "archivist-2", "--why", "checked the archive")
                .code()).isEqualTo(ExitCodes.OK);
        assertThat(tarikh("curate", "note", dateRef, "تحقق من المصدر الأصلي", "--db", db, "--by", "archivist-2").code())
                .isEqualTo(ExitCodes.OK);
        // bad input: one line, usage exit code, nothing recorded
        Result bad = tarikh("curate", "hide", "no-such-article#7", "--db", db);
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err().strip()).doesNotContain("\n").contains("no event no-such-article#7");
        assertThat(tarikh("curate", "date", dateRef, "May 2019", "--db", db).code()).isEqualTo(ExitCodes.USAGE);

        assertCurated(db, headRef, memberRef, hideRef, dateRef);

        // the same input again: nothing changes in the articles, the curations still hold
        assertThat(tarikh("run", "--job", job.toString()).code()).isEqualTo(ExitCodes.OK);
        assertCurated(db, headRef, memberRef, hideRef, dateRef);

        // extended input: a new article arrives
        Files.writeString(in.resolve("e_new.txt"), "تقرير جديد\nوقالت الحكومة العراقية يوم 12 أبريل 2021 إنها رحبت بالاتفاق.\n");
        Files.writeString(in.resolve("e_new.meta.json"), "{\"id\": \"chrono-e-new\", \"published\": \"2021-04-13\","
                + " \"title\": \"ترحيب عراقي\", \"source\": \"وكالة هـ\", \"url\": \"https://example.org/e\", \"language\": \"ar\"}");
        assertThat(tarikh("run", "--job", job.toString()).code()).isEqualTo(ExitCodes.OK);
        JsonNode extended = assertCurated(db, headRef, memberRef, hideRef, dateRef);
        assertThat(extended.get("entries").findValuesAsString("article")).contains("chrono-e-new");

        // re-annotation of the curated articles (their events are stored again)
        String article = headRef.substring(0, headRef.lastIndexOf('#'));
        Result re = tarikh("run", "--job", job.toString(), "--reprocess", article, "--reprocess",
                memberRef.substring(0, memberRef.lastIndexOf('#')));
        assertThat(re.code()).as(re.err()).isEqualTo(ExitCodes.OK);
        assertCurated(db, headRef, memberRef, hideRef, dateRef);

        // the list says who, when, why; undo brings the automatic merge back
        Result list = tarikh("curate", "list", "--db", db);
        assertThat(list.out()).contains("archivist-1").contains("two different withdrawals").contains("archivist-2")
                .doesNotContain("NOT APPLIED");
        assertThat(tarikh("curate", "undo", String.valueOf(rejectId), "--db", db, "--by", "archivist-3").code())
                .isEqualTo(ExitCodes.OK);
        JsonNode undone = timeline(db);
        assertThat(refs(entryOf(undone, headRef))).contains(memberRef);
        assertThat(tarikh("curate", "list", "--db", db, "--all").out()).contains("undone by archivist-3");
        assertThat(tarikh("curate", "undo", String.valueOf(rejectId), "--db", db).code()).isEqualTo(ExitCodes.USAGE);

        // exports say which entries are curated
        Path csv = dir.resolve("out/c.csv");
        assertThat(tarikh("export", "--db", db, "--format", "csv", "--out", csv.toString()).code()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(csv)).contains("date the entry of").contains("archivist-2");
        Path html = dir.resolve("out/c.html");
        assertThat(tarikh("export", "--db", db, "--format", "html", "--out", html.toString()).code()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(html)).contains("تصحيح التاريخ إلى 2019-05");
        // the json says which entries are curated, how, by whom
        Path json = dir.resolve("out/c.json");
        assertThat(tarikh("export", "--db", db, "--format", "json", "--out", json.toString()).code()).isEqualTo(ExitCodes.OK);
        JsonNode exported = JsonMapper.builder().build().readTree(Files.readString(json));
        JsonNode datedMarks = entryOf(exported, dateRef).get("curated");
        assertThat(datedMarks.findValuesAsString("action")).containsExactlyInAnyOrder("DATE", "NOTE");
        assertThat(datedMarks.findValuesAsString("by")).containsOnly("archivist-2");
        assertThat(datedMarks.findValuesAsString("value")).contains("2019-05");
        assertThat(exported.get("curation").get("hiddenEntries").asInt()).isEqualTo(1);
        assertThat(exported.get("curation").get("applied")).hasSize(3); // the date, the note, the hide (the reject is undone)
        assertThat(entryOf(exported, memberRef).get("curated")).isEmpty();

        // --no-curation: the chronology as merging made it, nothing marked
        Result raw = tarikh("timeline", "--db", db, "--format", "json", "--no-curation");
        assertThat(raw.code()).as(raw.err()).isEqualTo(ExitCodes.OK);
        JsonNode uncurated = JsonMapper.builder().build().readTree(raw.out());
        assertThat(entryOf(uncurated, hideRef)).as("the hidden entry is back").isNotNull();
        assertThat(entryOf(uncurated, dateRef).get("date").asString()).isNotEqualTo("2019-05");
        assertThat(uncurated.get("curation").get("applied")).isEmpty();
        assertThat(uncurated.get("entries").findValues("curated")).allMatch(JsonNode::isEmpty);
        assertThat(tarikh("timeline", "--db", db, "--no-curation").out()).doesNotContain("curated: #")
                .doesNotContain("hidden by curation");
        Path rawHtml = dir.resolve("out/raw.html");
        assertThat(tarikh("export", "--db", db, "--format", "html", "--no-curation", "--out", rawHtml.toString()).code())
                .isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(rawHtml)).doesNotContain("تصحيح التاريخ إلى 2019-05");
    }

    private JsonNode assertCurated(String db, String headRef, String memberRef, String hideRef, String dateRef) {
        JsonNode doc = timeline(db);
        JsonNode head = entryOf(doc, headRef);
        assertThat(head).isNotNull();
        assertThat(refs(head)).as("the rejected merge stays undone").doesNotContain(memberRef);
        assertThat(entryOf(doc, memberRef)).as("the member is still in the chronology, on its own entry").isNotNull();
        assertThat(entryOf(doc, hideRef)).as("the hidden entry stays hidden").isNull();
        JsonNode dated = entryOf(doc, dateRef);
        assertThat(dated.get("date").asString()).as("the corrected date holds").isEqualTo("2019-05");
        assertThat(dated.get("start").asString()).startsWith("2019-05-01");
        Result text = tarikh("timeline", "--db", db);
        assertThat(text.out()).contains("curated: #").contains("hidden by curation: 1 entries");
        return doc;
    }
}
