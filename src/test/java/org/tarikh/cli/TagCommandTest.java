package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.cli.InProcessCli.tarikh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.cli.InProcessCli.Result;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The {@code tag} contract: one JSON line per article, exact UTF-16 offsets, covered text. */
class TagCommandTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void tagsTheSeedWithExactOffsetsAndReportsBadLinesWithoutStopping() throws Exception {
        String seed = Files.readString(Path.of("sample-articles/000_964be29df06537d0.txt"));
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.write(in, List.of(
                JSON.writeValueAsString(Map.of("id", "seed", "published", "2021-04-07", "text", seed)),
                "{broken",
                JSON.writeValueAsString(Map.of("id", "short", "published", "2021-04-07T10:00:00+03:00",
                        "text", "عقد الاجتماع العام الماضي."))));
        Result tag = tarikh("tag", "--input", in.toString(), "--output", out.toString());

        assertThat(tag.code()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        assertThat(tag.err()).contains(in + ":2: rejected (malformed JSON)");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);

        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("id").asString()).isEqualTo("seed");
        for (JsonNode t : first.get("timexes")) {
            int begin = t.get("begin").asInt();
            int end = t.get("end").asInt();
            assertThat(seed.substring(begin, end)).isEqualTo(t.get("text").asString());
            assertThat(t.has("type") && t.has("value") && t.has("mod")).isTrue();
        }
        JsonNode wednesday = timex(first, "الأربعاء");
        assertThat(wednesday.get("value").asString()).isEqualTo("2021-04-07");
        assertThat(wednesday.get("begin").asInt()).isEqualTo(seed.indexOf("انطلقت الأربعاء") + "انطلقت ".length());
        JsonNode lateLastMonth = timex(first, "أواخر الشهر الماضي");
        assertThat(lateLastMonth.get("value").asString()).isEqualTo("2021-03");
        assertThat(lateLastMonth.get("mod").asString()).isEqualTo("END");
        assertThat(lateLastMonth.get("begin").asInt()).isEqualTo(seed.indexOf("أواخر الشهر الماضي"));
        JsonNode lastYear = timex(first, "العام الماضي");
        assertThat(lastYear.get("value").asString()).isEqualTo("2020");
        assertThat(lastYear.get("begin").asInt()).isEqualTo(seed.indexOf("العام الماضي"));
        for (JsonNode e : first.get("events")) {
            assertThat(seed.substring(e.get("begin").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asString());
            if (!e.get("trigger").isNull()) {
                assertThat(e.get("trigger").get("begin").asInt()).isBetween(e.get("begin").asInt(), e.get("end").asInt());
            }
            if (e.get("timex").isNull()) { // no time of its own: on or before the publication date
                assertThat(e.get("relation").asString()).isEqualTo("on_or_before");
                assertThat(e.get("value").asString()).isEqualTo("2021-04-07");
                continue;
            }
            JsonNode t = first.get("timexes").get(e.get("timex").asInt());
            assertThat(e.get("value").asString()).isEqualTo(t.get("value").asString());
            if (e.get("relation").asString().equals("on") && e.get("kind").asString().equals("happening")
                    && seed.substring(e.get("begin").asInt(), e.get("end").asInt()).contains(t.get("text").asString())) {
                assertThat(t.get("begin").asInt()).isBetween(e.get("begin").asInt(), e.get("end").asInt());
            }
        }
        // the launch of the round is dated by its own «الأربعاء», in the relative clause that tells it
        // (a background event, a noun phrase before a relative clause, has no trigger)
        assertThat(first.get("events")).filteredOn(e -> e.hasNonNull("trigger")).anySatisfy(e -> {
            assertThat(e.get("trigger").get("text").asString()).isEqualTo("انطلقت");
            assertThat(e.get("value").asString()).isEqualTo("2021-04-07");
            assertThat(e.get("relation").asString()).isEqualTo("on");
        });
        assertThat(JSON.readTree(lines.get(1)).get("id").asString()).isEqualTo("short");
    }

    /**
     * Issue 10, item 8: {@code tag} reads and guards its input as {@code run} does. A line over
     * the size limit, a line that keeps HeidelTime busy past the job's time budget and a line of
     * invalid UTF-8 are each rejected with their reason, and the lines after them are tagged.
     */
    @Test
    void guardsAndTheTimeBudgetApplyAsInRunAndTheStreamGoesOn() throws Exception {
        Path job = dir.resolve("job.yml");
        Files.writeString(job, "limits:\n  time-budget: 3s\n");
        String good = JSON.writeValueAsString(Map.of("id", "good", "published", "2021-04-07", "text", "وصل الوفد أمس."));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (String line : List.of(
                JSON.writeValueAsString(Map.of("id", "huge", "published", "2021-04-07", "text", "نص ".repeat(300_000))),
                JSON.writeValueAsString(Map.of("id", "slow", "published", "2021-04-07",
                        "text", "يوم الأربعاء الماضي ".repeat(3000))))) {
            bytes.write((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        bytes.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        bytes.write((good + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path in = dir.resolve("guarded.jsonl");
        Files.write(in, bytes.toByteArray());
        Path out = dir.resolve("guarded.out.jsonl");
        Result tag = tarikh("tag", "--job", job.toString(), "--threads", "1", "--input", in.toString(),
                "--output", out.toString());

        assertThat(tag.code()).as(tag.err()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        assertThat(tag.err()).contains(in + ":1: rejected (article too large)")
                .contains(in + ":2: rejected (annotation exceeded its time budget)")
                .contains(in + ":3: rejected (not valid UTF-8)");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1);
        assertThat(JSON.readTree(lines.get(0)).get("id").asString()).isEqualTo("good");
    }

    private static JsonNode timex(JsonNode article, String text) {
        for (JsonNode t : article.get("timexes")) {
            if (t.get("text").asString().equals(text)) {
                return t;
            }
        }
        throw new AssertionError("no expression «" + text + "» in " + article.get("timexes"));
    }
}
