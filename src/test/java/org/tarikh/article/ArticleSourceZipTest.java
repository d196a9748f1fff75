package org.tarikh.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zip archives of JSON arrays in the SaudiNewsNet layout, streamed record by record. */
class ArticleSourceZipTest {

    @TempDir
    Path dir;

    private static final String RECORD = """
            {"source": "wire", "url": "http://example.org/a/%d", "date_extracted": "2015-07-21 02:51:32",
             "title": "عنوان %d", "author": "مراسل", "content": "وقع الحادث يوم الأربعاء %d."}""";

    @Test
    void readsCorpusRecordsWithTheirFieldNames() throws IOException {
        Path zip = zip("2015-07-21.zip", "2015-07-21.json", "[" + RECORD.formatted(1, 1, 1) + "," + RECORD.formatted(2, 2, 2) + "]");
        List<SourceRecord> records = readAll(zip);
        assertThat(records).hasSize(2).allMatch(r -> r instanceof Article);
        Article first = (Article) records.get(0);
        assertThat(first.id()).isEqualTo("http://example.org/a/1");
        assertThat(first.url()).isEqualTo("http://example.org/a/1");
        assertThat(first.text()).isEqualTo("وقع الحادث يوم الأربعاء 1.");
        assertThat(first.dct()).isEqualTo(LocalDate.of(2015, 7, 21));
        assertThat(first.title()).isEqualTo("عنوان 1");
        assertThat(first.source()).isEqualTo("wire");
        assertThat(first.origin().location()).endsWith("2015-07-21.zip!/2015-07-21.json:1");
        assertThat(records.get(1).origin().line()).isEqualTo(2);
    }

    @Test
    void badRecordsBecomeRejectionsAndReadingGoesOn() throws IOException {
        String emptyContent = RECORD.formatted(2, 2, 2).replace("\"content\": \"وقع الحادث يوم الأربعاء 2.\"",
                "\"content\": \"\"");
        Path zip = zip("mixed.zip", "a.json", "[" + RECORD.formatted(1, 1, 1) + "," + emptyContent + ", 42]",
                "b.json", "[" + RECORD.formatted(3, 3, 3) + ", {\"url\": ", // truncated
                "c.txt", "not json",
                "d.json", RECORD.formatted(4, 4, 4));
        List<SourceRecord> records = readAll(zip);
        assertThat(records).extracting(r -> r instanceof Rejection rej ? rej.reason().name() : "ARTICLE")
                .containsExactly("ARTICLE", "EMPTY_TEXT", "NOT_AN_OBJECT", // a.json
                        "ARTICLE", "MALFORMED_JSON", // b.json: one rejection for the broken rest
                        "UNSUPPORTED_FILE", // c.txt
                        "ARTICLE"); // d.json: a single object
    }

    @Test
    void corruptZipIsARejectionNotAnException() throws IOException {
        Path bad = dir.resolve("broken.zip");
        Files.writeString(bad, "this is not a zip archive");
        List<SourceRecord> records = readAll(bad);
        assertThat(records).singleElement().isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.reason()).isEqualTo(Rejection.Reason.UNREADABLE_FILE));
    }

    private List<SourceRecord> readAll(Path input) {
        List<SourceRecord> records = new ArrayList<>();
        try (ArticleSource source = new ArticleSource(List.of(input))) {
            source.forEachRemaining(records::add);
        }
        return records;
    }

    private Path zip(String name, String... entries) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry(entries[i]));
                z.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }
}
