package org.tarikh.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {

    @TempDir
    Path dir;

    private List<SourceRecord> readAll(Path... inputs) {
        List<SourceRecord> records = new ArrayList<>();
        try (ArticleSource source = new ArticleSource(List.of(inputs))) {
            source.forEachRemaining(records::add);
        }
        return records;
    }

    @Test
    void jsonLinesGiveOneRecordPerNonBlankLineAndRejectBadLinesWithTheirLineNumber() throws Exception {
        Path f = dir.resolve("batch.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\":\"a1\",\"published\":\"2021-04-07\",\"text\":\"وصل الوفد أمس.\"}",
                "",
                "{not json",
                "{\"id\":\"a2\",\"text\":\"لا تاريخ هنا\"}",
                "{\"id\":\"a3\",\"published\":\"yesterday\",\"text\":\"نص\"}",
                "{\"id\":\"a4\",\"published\":\"2021-04-07T09:30:00+03:00\",\"text\":\"   \"}",
                "[1,2]",
                "{\"published\":\"2021-04-08T23:30:00-05:00\",\"text\":\"نص بلا معرف\"}") + "\n");

        List<SourceRecord> records = readAll(f);

        assertThat(records).hasSize(7);
        assertThat(records.get(0)).isInstanceOfSatisfying(Article.class, a -> {
            assertThat(a.id()).isEqualTo("a1");
            assertThat(a.dct()).isEqualTo(LocalDate.of(2021, 4, 7));
            assertThat(a.language()).isEqualTo("ar");
            assertThat(a.origin().line()).isEqualTo(1);
        });
        assertRejected(records.get(1), 3, Rejection.Reason.MALFORMED_JSON);
        assertRejected(records.get(2), 4, Rejection.Reason.MISSING_PUBLISHED);
        assertRejected(records.get(3), 5, Rejection.Reason.UNPARSEABLE_PUBLISHED);
        assertRejected(records.get(4), 6, Rejection.Reason.EMPTY_TEXT);
        assertRejected(records.get(5), 7, Rejection.Reason.NOT_AN_OBJECT);
        assertThat(records.get(6)).isInstanceOfSatisfying(Article.class, a -> {
            assertThat(a.id()).as("fallback id: file stem and line").isEqualTo("batch-8");
            assertThat(a.dct()).as("the publisher's local day").isEqualTo(LocalDate.of(2021, 4, 8));
        });
    }

    @Test
    void invalidUtf8IsRejectedPerLineAndTheNextLineIsStillRead() throws Exception {
        Path f = dir.resolve("mixed.jsonl");
        byte[] good = "{\"id\":\"ok\",\"published\":\"2021-01-01\",\"text\":\"اليوم\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        Files.write(f, concat(bad, good));

        List<SourceRecord> records = readAll(f);

        assertRejected(records.get(0), 1, Rejection.Reason.INVALID_ENCODING);
        assertThat(records.get(1)).isInstanceOf(Article.class);
    }

    @Test
    void jsonFilesHoldAnArticleOrAnArray() throws Exception {
        Files.writeString(dir.resolve("one.json"),
                "{\"id\":\"x\",\"published\":\"2020-02-02\",\"title\":\"عنوان\",\"text\":\"غدا\"}");
        Files.writeString(dir.resolve("many.json"),
                "[{\"id\":\"y\",\"published\":\"2020-02-02\",\"text\":\"غدا\"},{\"published\":\"2020-02-03\",\"text\":\"أمس\"}]");

        List<SourceRecord> records = readAll(dir);

        assertThat(records).extracting(r -> ((Article) r).id()).containsExactly("y", "many-2", "x");
        assertThat(((Article) records.get(2)).title()).isEqualTo("عنوان");
    }

    @Test
    void textFilesNeedTheirSidecarAndKeepTheirTextExactly() throws Exception {
        String text = "\uFEFFوقال الوزير اليوم إن...\n";
        Files.writeString(dir.resolve("a.txt"), text);
        Files.writeString(dir.resolve("a.meta.json"), "{\"id\":\"t1\",\"published\":\"2019-05-01\",\"source\":\"وكالة\"}");
        Files.writeString(dir.resolve("b.txt"), "نص بلا بيانات");
        Files.writeString(dir.resolve("notes.md"), "# not an article");

        List<SourceRecord> records = readAll(dir);

        assertThat(records).hasSize(3);
        assertThat(records.get(0)).isInstanceOfSatisfying(Article.class, a -> {
            assertThat(a.id()).isEqualTo("t1");
            assertThat(a.text()).as("BOM removed, nothing else").isEqualTo(text.substring(1));
            assertThat(a.source()).isEqualTo("وكالة");
        });
        assertRejected(records.get(1), 0, Rejection.Reason.MISSING_METADATA);
        assertRejected(records.get(2), 0, Rejection.Reason.UNSUPPORTED_FILE);
    }

    @Test
    void binaryFileWithAJsonNameIsRejectedNotFatal() throws Exception {
        Files.write(dir.resolve("blob.json"), new byte[] {0, (byte) 0xFF, (byte) 0xFE, 1, 2, 3});
        assertThat(readAll(dir)).singleElement()
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.reason()).isEqualTo(Rejection.Reason.BINARY_DATA));
    }

    @Test
    void contentHashChangesWithTextOrPublicationDateOnly() {
        Article a = new Article("id", "2021-04-07", LocalDate.of(2021, 4, 7), "t", null, null, "ar", "نص", new Origin("f", 1));
        Article sameContentOtherTitle = new Article("id", "2021-04-07", LocalDate.of(2021, 4, 7), "x", null, null, "ar", "نص", new Origin("g", 2));
        Article otherDate = new Article("id", "2021-04-08", LocalDate.of(2021, 4, 8), "t", null, null, "ar", "نص", new Origin("f", 1));
        assertThat(a.contentHash()).isEqualTo(sameContentOtherTitle.contentHash()).hasSize(64);
        assertThat(a.contentHash()).isNotEqualTo(otherDate.contentHash());
    }

    private static void assertRejected(SourceRecord record, long line, Rejection.Reason reason) {
        assertThat(record).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.reason()).isEqualTo(reason);
            assertThat(r.origin().line()).isEqualTo(line);
            assertThat(r.detail()).isNotBlank();
        });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
