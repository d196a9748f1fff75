package org.tarikh.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 9: records are read exactly, neither losing a good article nor storing a
 * wrong one: a byte order mark is accepted, fields of the wrong type, duplicate keys and lone
 * surrogates are rejected with their reason, numeric ids keep the text they were written with.
 */
class StrictRecordsTest {

    @TempDir
    Path dir;

    private List<SourceRecord> readAll(Path... inputs) {
        List<SourceRecord> records = new ArrayList<>();
        try (ArticleSource source = new ArticleSource(List.of(inputs))) {
            source.forEachRemaining(records::add);
        }
        return records;
    }

    private static void assertRejected(SourceRecord r, Rejection.Reason reason, String detail) {
        assertThat(r).isInstanceOfSatisfying(Rejection.class, rej -> {
            assertThat(rej.reason()).isEqualTo(reason);
            assertThat(rej.detail()).contains(detail);
        });
    }

    @Test
    void aJsonFileWithAByteOrderMarkIsRead() throws Exception {
        Path f = dir.resolve("bom.json");
        Files.write(f, ("\uFEFF" + MalformedInputs.valid("bom", "2021-04-07", "وصل الوفد أمس.")).getBytes(StandardCharsets.UTF_8));
        Path array = dir.resolve("bom-array.json");
        Files.write(array, ("\uFEFF[" + MalformedInputs.valid("b1", "2021-04-07", "نص أول.") + ","
                + MalformedInputs.valid("b2", "2021-04-07", "نص ثان.") + "]").getBytes(StandardCharsets.UTF_8));

        List<SourceRecord> records = readAll(f, array);

        assertThat(records).extracting(r -> ((Article) r).id()).containsExactly("bom", "b1", "b2");
    }

    @Test
    void fieldsOfTheWrongTypeAreRejected() throws Exception {
        Path f = dir.resolve("types.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\":\"n\",\"published\":\"2021-04-07\",\"text\":12345}",
                "{\"id\":\"o\",\"published\":\"2021-04-07\",\"text\":{\"ar\":\"نص\"}}",
                "{\"id\":\"t\",\"published\":\"2021-04-07\",\"text\":\"نص\",\"title\":[\"a\"]}",
                "{\"id\":\"p\",\"published\":20210407,\"text\":\"نص\"}",
                "{\"id\":{\"x\":1},\"published\":\"2021-04-07\",\"text\":\"نص\"}") + "\n");

        List<SourceRecord> records = readAll(f);

        assertThat(records).hasSize(5);
        assertRejected(records.get(0), Rejection.Reason.INVALID_FIELD, "'text' is a number");
        assertRejected(records.get(1), Rejection.Reason.INVALID_FIELD, "'text' is an object");
        assertRejected(records.get(2), Rejection.Reason.INVALID_FIELD, "'title' is an array");
        assertRejected(records.get(3), Rejection.Reason.INVALID_FIELD, "'published' is a number");
        assertRejected(records.get(4), Rejection.Reason.INVALID_FIELD, "'id' is an object");
    }

    @Test
    void duplicateKeysAreMalformed() throws Exception {
        Path f = dir.resolve("dup.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"published\":\"2021-04-07\",\"text\":\"نص\",\"text\":\"نص آخر\"}\n");
        Path j = dir.resolve("dup.json");
        Files.writeString(j, "{\"id\":\"a\",\"id\":\"b\",\"published\":\"2021-04-07\",\"text\":\"نص\"}");

        List<SourceRecord> records = readAll(f, j);

        assertRejected(records.get(0), Rejection.Reason.MALFORMED_JSON, "Duplicate");
        assertRejected(records.get(1), Rejection.Reason.MALFORMED_JSON, "Duplicate");
    }

    @Test
    void numericIdsKeepTheirLiteralText() throws Exception {
        Path f = dir.resolve("numbers.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\":1e400,\"published\":\"2021-04-07\",\"text\":\"نص أول.\"}",
                "{\"id\":1e401,\"published\":\"2021-04-07\",\"text\":\"نص ثان.\"}",
                "{\"id\":12345678901234567890123,\"published\":\"2021-04-07\",\"text\":\"نص ثالث.\"}",
                "{\"id\":1.50,\"published\":\"2021-04-07\",\"text\":\"نص رابع.\"}") + "\n");
        Path array = dir.resolve("numbers.json");
        Files.writeString(array, "[{\"id\":2e400,\"published\":\"2021-04-07\",\"text\":\"نص.\",\"meta\":{\"n\":7}}]");

        List<SourceRecord> records = readAll(array, f);

        assertThat(records).extracting(r -> ((Article) r).id())
                .containsExactly("2e400", "1e400", "1e401", "12345678901234567890123", "1.50");
    }

    @Test
    void loneSurrogatesAreRejectedNotStoredAsQuestionMarks() throws Exception {
        Path f = dir.resolve("surrogates.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\":\"s1\",\"published\":\"2021-04-07\",\"text\":\"نص \\ud800 هنا\"}",
                "{\"id\":\"s2\",\"published\":\"2021-04-07\",\"text\":\"نص\",\"title\":\"\\udc00\"}",
                "{\"id\":\"ok\",\"published\":\"2021-04-07\",\"text\":\"وجه \\ud83d\\ude00 مبتسم\"}") + "\n");

        List<SourceRecord> records = readAll(f);

        assertRejected(records.get(0), Rejection.Reason.INVALID_ENCODING, "lone surrogate");
        assertRejected(records.get(1), Rejection.Reason.INVALID_ENCODING, "'title'");
        assertThat(records.get(2)).isInstanceOf(Article.class);
    }
}
