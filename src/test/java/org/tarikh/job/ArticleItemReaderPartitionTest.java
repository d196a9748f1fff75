package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.tarikh.article.SourceRecord;

/** Partitions split the input exactly, and each restarts from its own saved position. */
class ArticleItemReaderPartitionTest {

    @TempDir
    Path dir;

    @Test
    void partitionsCoverEveryRecordOnce() throws IOException {
        Path input = input(23);
        List<String> all = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            all.addAll(ids(readAll(new ArticleItemReader(List.of(input), p, 3), new ExecutionContext())));
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, 23).mapToObj(i -> "a" + i).toList());
    }

    @Test
    void aPartitionRestartsWhereItStopped() throws Exception {
        Path input = input(20);
        ExecutionContext saved = new ExecutionContext();
        ArticleItemReader first = new ArticleItemReader(List.of(input), 1, 2);
        first.open(saved);
        List<SourceRecord> before = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            before.add(first.read());
        }
        first.update(saved); // what a committed chunk stores in the job repository
        first.close();

        List<SourceRecord> after = readAll(new ArticleItemReader(List.of(input), 1, 2), saved);
        assertThat(ids(before)).containsExactly("a2", "a4", "a6", "a8");
        assertThat(ids(after)).containsExactly("a10", "a12", "a14", "a16", "a18", "a20");
    }

    @Test
    void aDuplicateIdIsRejectedByThePartitionThatReadsItSecond() throws Exception {
        Path input = dir.resolve("dup.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\":\"a1\",\"published\":\"2015-07-21\",\"text\":\"نص\"}",
                "{\"id\":\"a2\",\"published\":\"2015-07-21\",\"text\":\"نص آخر\"}",
                "{\"id\":\"a3\",\"published\":\"2015-07-21\",\"text\":\"نص أول\"}",
                "{\"id\":\"a3\",\"published\":\"2015-07-21\",\"text\":\"نص ثان\"}") + "\n");
        List<SourceRecord> first = readAll(new ArticleItemReader(List.of(input), 0, 2), new ExecutionContext());
        List<SourceRecord> second = readAll(new ArticleItemReader(List.of(input), 1, 2), new ExecutionContext());
        assertThat(first).allMatch(r -> r instanceof org.tarikh.article.Article);
        assertThat(ids(first)).containsExactly("a1", "a3");
        assertThat(second.get(0)).isInstanceOf(org.tarikh.article.Article.class);
        org.tarikh.article.Rejection dup = (org.tarikh.article.Rejection) second.get(1);
        assertThat(dup.reason()).isEqualTo(org.tarikh.article.Rejection.Reason.DUPLICATE_ID);
        assertThat(dup.detail()).contains(input + ":3").contains("a different text");
    }

    @Test
    void anotherCaptureIsRecognizedWhicheverPartitionReadsIt() throws Exception {
        String news = "وصل الوفد العراقي إلى واشنطن صباح اليوم، وقال مصدر في الوزارة إن الجولة الثالثة من الحوار ستبدأ غدا."
                + " وأضاف أن الوفد سيلتقي وزير الخارجية الأمريكي بعد غد لبحث الاتفاق الاستراتيجي بين البلدين.";
        String third = "هطلت أمطار غزيرة مساء أمس على مناطق واسعة من العاصمة، وأعلن الدفاع المدني حالة التأهب في الأحياء المنخفضة."
                + " ودعت الأرصاد الأهالي إلى الابتعاد عن مجاري السيول حتى نهاية الأسبوع.";
        Path input = dir.resolve("captures.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\":\"u1\",\"source\":\"s\",\"published\":\"2015-07-21\",\"text\":\"" + news + "\"}",
                "{\"id\":\"u2\",\"source\":\"s\",\"published\":\"2015-07-21\",\"text\":\"" + news + "\"}",
                "{\"id\":\"u3\",\"source\":\"other\",\"published\":\"2015-07-21\",\"text\":\"" + news + "\"}",
                "{\"id\":\"u4\",\"source\":\"s\",\"published\":\"2015-07-22\",\"text\":\"" + news + "\"}",
                "{\"id\":\"u5\",\"source\":\"s\",\"date_extracted\":\"2015-07-23\",\"text\":\"" + third + "\"}",
                "{\"id\":\"u1\",\"source\":\"s\",\"published\":\"2015-07-21\",\"text\":\"" + news + "\"}",
                "{\"id\":\"u6\",\"source\":\"s\",\"date_extracted\":\"2015-07-25\",\"text\":\"" + third + "\"}",
                "{\"id\":\"u7\",\"source\":\"s\",\"published\":\"2015-07-21\",\"text\":\"أحمد عيد\"}",
                "{\"id\":\"u8\",\"source\":\"s\",\"published\":\"2015-07-21\",\"text\":\"أحمد عيد\"}") + "\n");
        java.util.function.Function<SourceRecord, String> outcome = r -> r instanceof org.tarikh.article.Capture c
                ? c.copy().id() + "~" + c.articleId() : ((org.tarikh.article.Article) r).id();
        for (org.tarikh.article.ArticleSource.Split split : org.tarikh.article.ArticleSource.Split.values()) {
            List<SourceRecord> all = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                all.addAll(readAll(new ArticleItemReader(List.of(input), () -> new InputGuard(java.time.LocalDate.now(),
                        Limits.DEFAULT_MAX_FUTURE_DAYS, Limits.DEFAULT_MAX_ARTICLE_CHARS), p, 2, null, split),
                        new ExecutionContext()));
            }
            if (split == org.tarikh.article.ArticleSource.Split.POSITION) {
                // partition 0: lines 1, 3, 5, 7, 9; partition 1: lines 2, 4, 6, 8
                assertThat(all).extracting(outcome)
                        .as("same source, text and day: a capture; another source or day: another article; a crawl date"
                                + " alone does not make two captures differ; a byline is too short to make two URLs one article")
                        .containsExactly("u1", "u3", "u5", "u6~u5", "u8", "u2~u1", "u4", "u1~u1", "u7");
            } else {
                // another share of the lines, the same outcome for each line
                assertThat(all).extracting(outcome).as(split.name())
                        .containsExactlyInAnyOrder("u1", "u3", "u5", "u6~u5", "u8", "u2~u1", "u4", "u1~u1", "u7");
            }
        }
        assertThat(single(new ArticleItemReader(List.of(input), 0, 1))).extracting(r -> r.getClass().getSimpleName())
                .containsExactly("Article", "Capture", "Article", "Article", "Article", "Capture", "Capture", "Article",
                        "Article");
    }

    private static List<SourceRecord> single(ArticleItemReader reader) {
        return readAll(reader, new ExecutionContext());
    }

    private static List<SourceRecord> readAll(ArticleItemReader reader, ExecutionContext ctx) {
        List<SourceRecord> out = new ArrayList<>();
        reader.open(ctx);
        try {
            for (SourceRecord r; (r = reader.read()) != null;) {
                out.add(r);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            reader.close();
        }
        return out;
    }

    private static List<String> ids(List<SourceRecord> records) {
        return records.stream().map(r -> ((org.tarikh.article.Article) r).id()).toList();
    }

    private Path input(int n) throws IOException {
        Path file = dir.resolve("articles.jsonl");
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append("{\"id\":\"a").append(i).append("\",\"published\":\"2015-07-2").append(i % 9)
                    .append("\",\"text\":\"خبر رقم ").append(i).append("\"}\n");
        }
        Files.writeString(file, s);
        return file;
    }
}
