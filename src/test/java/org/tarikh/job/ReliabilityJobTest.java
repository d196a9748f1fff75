package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarikh.article.ArticleSource;
import org.tarikh.article.MalformedInputs;
import org.tarikh.chronology.ChronologyFilter;
import org.tarikh.chronology.EventQuery;
import org.tarikh.chronology.SourceEvent;

/**
 * Promises 2, 3, 7 and 8 on the real job (one context, one database, one engine for all tests):
 * incremental runs, bad input rejected and survived, every input accounted for, hostile ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReliabilityJobTest {

    private Path dir;
    private String url;
    private ConfigurableApplicationContext context;
    private JdbcTemplate jdbc;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("tarikh-reliability");
        url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        context = TimelineRun.context(JobDefinition.defaults().withDatabase(url));
        jdbc = new JdbcTemplate(context.getBean(DataSource.class));
    }

    @AfterAll
    void stop() throws Exception {
        context.close();
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private RunSummary run(Path... inputs) throws Exception {
        JobDefinition definition = JobDefinition.defaults().withDatabase(url)
                .withInputs(java.util.Arrays.stream(inputs).map(Path::toString).toList());
        JobExecution execution = TimelineRun.execute(context, definition);
        assertThat(execution.getStatus()).as("%s", execution.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
        return RunSummary.of(execution);
    }

    @Test
    void aChangedArticleReplacesItsExpressionsAndEventsAndUnchangedRunsWriteNothing() throws Exception {
        Path in = dir.resolve("incremental/news.jsonl");
        Files.createDirectories(in.getParent());
        Files.writeString(in, MalformedInputs.valid("inc-a", "2021-04-07", "وقال الوزير إن الاتفاق وقع العام الماضي في بغداد.") + "\n"
                + MalformedInputs.valid("inc-b", "2021-04-07", "وافتتح المعرض يوم الأحد.") + "\n");
        RunSummary first = run(in);
        assertThat(first.processed()).isEqualTo(2);
        List<String> bBefore = rowsOf("inc-b");

        Files.writeString(in, MalformedInputs.valid("inc-a", "2021-04-07", "وسيعقد المؤتمر الشهر المقبل في القاهرة.") + "\n"
                + MalformedInputs.valid("inc-b", "2021-04-07", "وافتتح المعرض يوم الأحد.") + "\n"
                + "{\"id\":\"inc-bad\",\"published\":\"soon\",\"text\":\"نص\"}\n");
        RunSummary second = run(in);

        assertThat(List.of(second.read(), second.processed(), second.unchanged(), second.rejected()))
                .containsExactly(3L, 1L, 1L, 1L);
        assertThat(jdbc.queryForList("SELECT covered_text FROM timex WHERE article_id = 'inc-a'", String.class))
                .isNotEmpty().doesNotContain("العام الماضي")
                .allSatisfy(t -> assertThat("وسيعقد المؤتمر الشهر المقبل في القاهرة.").contains(t));
        assertThat(jdbc.queryForList("SELECT event_text FROM event WHERE article_id = 'inc-a'", String.class))
                .allSatisfy(t -> assertThat("وسيعقد المؤتمر الشهر المقبل في القاهرة.").contains(t));
        assertThat(jdbc.queryForObject("SELECT body FROM article WHERE id = 'inc-a'", String.class)).contains("المؤتمر");
        assertThat(rowsOf("inc-b")).as("the unchanged article is untouched").isEqualTo(bBefore);

        List<String> before = dump();
        long rejectionRows = jdbc.queryForObject("SELECT COUNT(*) FROM rejection", Long.class);
        RunSummary third = run(in);

        assertThat(List.of(third.read(), third.processed(), third.unchanged(), third.rejected()))
                .containsExactly(3L, 0L, 2L, 1L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rejection", Long.class)).as("rejections are not duplicated")
                .isEqualTo(rejectionRows);
        assertThat(dump()).isEqualTo(before);

        // an operator asks for one article to be annotated again (run --reprocess inc-b)
        assertThat(org.tarikh.store.Reprocessing.mark(jdbc.getDataSource(), List.of("inc-b", "no-such"))).containsExactly("no-such");
        RunSummary fourth = run(in);
        assertThat(List.of(fourth.processed(), fourth.unchanged())).containsExactly(1L, 1L);
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void everyKindOfBadInputIsRejectedWithItsReasonAndTheValidArticlesAroundItAreProcessed() throws Exception {
        Path folder = dir.resolve("bad");
        Files.createDirectories(folder);
        LocalDate today = LocalDate.now();
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        String[] valid = new String[6];
        for (int i = 0; i < valid.length; i++) {
            valid[i] = MalformedInputs.valid("good-" + i, "2021-04-0" + (i + 1), "وقال الوزير أمس إن الخطة جاهزة.");
        }
        line(lines, valid[0]);
        line(lines, "{\"id\":\"broken\",\"published\":\"2021-04-07\",\"text\":");                                     // 2
        lines.writeBytes(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'}); // 3
        line(lines, MalformedInputs.valid("blank", "2021-04-07", " \\t "));                                        // 4
        line(lines, "{\"id\":\"undated\",\"text\":\"نص\"}");                                                      // 5
        line(lines, MalformedInputs.valid("garbled-date", "07.04.2021", "نص"));                                   // 6
        line(lines, MalformedInputs.valid("future", today.plusDays(3).toString(), "خبر."));                        // 7
        line(lines, MalformedInputs.valid("tomorrow", today.plusDays(1).toString(), "خبر نشر غدا."));              // 8: accepted
        line(lines, valid[1]);                                                                                     // 9
        line(lines, MalformedInputs.valid("good-0", "2021-04-01", "نص آخر بالمعرف نفسه."));                        // 10
        line(lines, MalformedInputs.valid("huge", "2021-04-07", "في العام الماضي ".repeat(330_000)));              // 11: 5 MB
        line(lines, "[".repeat(100_000) + "]".repeat(100_000));                                                    // 12
        line(lines, valid[2]);                                                                                     // 13
        line(lines, MalformedInputs.valid("x".repeat(600), "2021-04-07", "نص."));                                  // 14: id too long
        line(lines, "{\"id\":\"" + "y".repeat(600) + "\",\"text\":\"نص\"}");                                     // 15: and undated
        line(lines, "{\"id\":\"lang\",\"published\":\"2021-04-07\",\"language\":\"" + "ar".repeat(20)
                + "\",\"text\":\"نص.\"}");                                                                        // 16
        Files.write(folder.resolve("a.jsonl"), lines.toByteArray());
        Files.write(folder.resolve("b-utf16.jsonl"), (valid[3] + "\n").getBytes(StandardCharsets.UTF_16));
        byte[] binary = new byte[2048];
        new java.util.Random(3).nextBytes(binary);
        binary[7] = 0;
        Files.write(folder.resolve("c-binary.json"), binary);
        Files.createSymbolicLink(folder.resolve("d-link.json"), folder.resolve("gone.json"));
        Files.writeString(folder.resolve("e.json"), valid[4]);
        Files.writeString(folder.resolve("f.jsonl"), valid[5] + "\n");

        RunSummary summary = run(folder);
        String a = folder.resolve("a.jsonl").toString();

        assertThat(summary.rejectedByReason()).containsOnly(
                Map.entry("MALFORMED_JSON", 2L), Map.entry("INVALID_ENCODING", 2L), Map.entry("EMPTY_TEXT", 1L),
                Map.entry("MISSING_PUBLISHED", 2L), Map.entry("UNPARSEABLE_PUBLISHED", 1L),
                Map.entry("FUTURE_PUBLISHED", 1L), Map.entry("DUPLICATE_ID", 1L), Map.entry("TOO_LARGE", 3L),
                Map.entry("BINARY_DATA", 1L), Map.entry("UNREADABLE_FILE", 1L));
        assertThat(summary.processed()).isEqualTo(6); // good-0, good-1, good-2, good-4, good-5, tomorrow
        assertThat(summary.read()).isEqualTo(summary.processed() + summary.unchanged() + summary.rejected()
                + summary.duplicates());
        assertThat(summary.describe()).contains("rejected 1 × DUPLICATE_ID", "rejected 3 × TOO_LARGE");
        assertThat(jdbc.queryForObject("SELECT detail FROM rejection WHERE source_file = ? AND line_no = 16", String.class, a))
                .contains("'language'");
        assertThat(jdbc.queryForObject("SELECT article_id FROM rejection WHERE source_file = ? AND line_no = 15", String.class, a))
                .startsWith("yyyy").hasSize(512);
        assertThat(jdbc.queryForList("SELECT id FROM article WHERE id LIKE 'good-%' OR id = 'tomorrow' ORDER BY id", String.class))
                .containsExactly("good-0", "good-1", "good-2", "good-4", "good-5", "tomorrow");
        assertThat(jdbc.queryForObject("SELECT body FROM article WHERE id = 'good-0'", String.class))
                .as("the first of two same-id articles is kept").contains("الخطة");
        assertThat(jdbc.queryForObject("SELECT detail FROM rejection WHERE source_file = ? AND line_no = 10", String.class, a))
                .contains("already read from " + a + ":1").contains("a different text");
        assertThat(jdbc.queryForObject("SELECT reason FROM rejection WHERE source_file = ? AND line_no = 7", String.class, a))
                .isEqualTo("FUTURE_PUBLISHED");
        assertThat(jdbc.queryForObject("SELECT detail FROM rejection WHERE source_file = ?", String.class,
                folder.resolve("b-utf16.jsonl").toString())).contains("UTF-16");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rejection WHERE source_file LIKE ?", Long.class, folder + "/%"))
                .isEqualTo(summary.rejected());

        // an id stored by an earlier run, with new content, is an update, not a duplicate
        Path update = dir.resolve("bad-update/u.jsonl");
        Files.createDirectories(update.getParent());
        Files.writeString(update, MalformedInputs.valid("good-1", "2021-04-02", "نص جديد نشر يوم الخميس.") + "\n");
        RunSummary updated = run(update);
        assertThat(updated.processed()).isEqualTo(1);
        assertThat(updated.rejected()).isZero();
    }

    @Test
    void generatedMalformedInputsAreEachProcessedOrRejectedByTheJob() throws Exception {
        MalformedInputs generator = new MalformedInputs(99);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int i = 0; i < 1200; i++) {
            file.writeBytes(i % 40 == 0
                    ? MalformedInputs.valid("fuzz-ok-" + i, "2022-01-0" + (1 + i % 9), "وزار الرئيس القاهرة اليوم " + i + ".").getBytes(StandardCharsets.UTF_8)
                    : generator.next());
            file.write('\n');
        }
        Path in = dir.resolve("fuzz/fuzz.jsonl");
        Files.createDirectories(in.getParent());
        Files.write(in, file.toByteArray());
        long records;
        try (ArticleSource source = new ArticleSource(List.of(in))) {
            records = java.util.stream.StreamSupport.stream(
                    java.util.Spliterators.spliteratorUnknownSize(source, 0), false).count();
        }

        RunSummary summary = run(in);

        assertThat(summary.read()).isEqualTo(records).isGreaterThanOrEqualTo(1000);
        assertThat(summary.processed() + summary.unchanged() + summary.rejected() + summary.duplicates()).isEqualTo(records);
        assertThat(summary.rejected()).isGreaterThan(900);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rejection WHERE source_file = ?", Long.class, in.toString()))
                .isEqualTo(summary.rejected());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE origin LIKE ?", Long.class, in + ":%"))
                .isEqualTo(summary.processed());
        assertThat(jdbc.queryForList("SELECT id FROM article WHERE id LIKE 'fuzz-ok-%'", String.class)).hasSize(30);
    }

    @Test
    void hostileIdsAndTitlesAreStoredVerbatimAndHarmless() throws Exception {
        List<String> ids = List.of("'; DROP TABLE article; --", "../../etc/passwd", "x\" OR \"1\"=\"1", "a/../../b\u0000c",
                "%s%n${jndi:ldap://x}");
        Path in = dir.resolve("hostile/h.jsonl");
        Files.createDirectories(in.getParent());
        List<String> lines = new ArrayList<>();
        for (String id : ids) {
            var node = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
            int n = lines.size();
            node.put("id", id);
            node.put("published", "2021-04-07");
            node.put("title", "'); DELETE FROM timex; -- " + id);
            node.put("source", "../../../../tmp/evil");
            // five articles, not five captures of one: each its own text
            node.put("text", "وقال الوزير إن الاتفاق وقع العام الماضي في " + List.of("بغداد", "القاهرة", "عمان", "دمشق",
                    "بيروت").get(n) + ".");
            lines.add(node.toString());
        }
        lines.add("{\"id\":\"'; DROP TABLE rejection; --\",\"published\":\"never\",\"text\":\"نص\"}");
        Files.writeString(in, String.join("\n", lines) + "\n");
        List<String> filesBefore = listFiles();

        RunSummary summary = run(in);

        assertThat(summary.processed()).isEqualTo(ids.size());
        for (String id : ids) {
            assertThat(jdbc.queryForObject("SELECT title FROM article WHERE id = ?", String.class, id))
                    .isEqualTo("'); DELETE FROM timex; -- " + id);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM timex WHERE article_id = ?", Long.class, id)).isEqualTo(1);
            List<SourceEvent> entries = new EventQuery(jdbc.getDataSource())
                    .events(new ChronologyFilter(null, null, null, id, null, null));
            assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat(e.articleId()).isEqualTo(id));
        }
        assertThat(jdbc.queryForObject("SELECT article_id FROM rejection WHERE source_file = ?", String.class, in.toString()))
                .isEqualTo("'; DROP TABLE rejection; --");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class)).isPositive();
        assertThat(listFiles()).as("no file was created from article content").isEqualTo(filesBefore);
    }

    /** Our test folder (minus the database's own files) and the working directory's top level. */
    private List<String> listFiles() throws Exception {
        List<String> files = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            walk.map(Path::toString).filter(p -> !p.contains(".db")).forEach(files::add);
        }
        try (var top = Files.list(Path.of("").toAbsolutePath())) {
            top.map(Path::toString).forEach(files::add);
        }
        return files.stream().sorted().toList();
    }

    private List<String> dump() throws Exception {
        try (var c = jdbc.getDataSource().getConnection()) {
            return DatabaseDump.of(c);
        }
    }

    private List<String> rowsOf(String id) throws Exception {
        return DatabaseDump.byArticle(dump()).get(id);
    }

    private static void line(ByteArrayOutputStream out, String line) {
        out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}
