package org.tarikh.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promise 3 at the reader: bad input of every kind becomes a rejection with a reason, never an
 * exception, a stall or garbage text; every input line and file is accounted for.
 */
class MalformedInputTest {

    @TempDir
    Path dir;

    @Test
    void thousandsOfGeneratedMalformedLinesAreEachAccountedFor() throws Exception {
        MalformedInputs generator = new MalformedInputs(4242);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int i = 0; i < 1500; i++) {
            file.writeBytes(i % 10 == 0
                    ? MalformedInputs.valid("ok-" + i, "2021-04-07", "افتتح المعرض يوم الأحد.").getBytes(StandardCharsets.UTF_8)
                    : generator.next());
            file.write('\n');
        }
        Path input = dir.resolve("fuzz.jsonl");
        Files.write(input, file.toByteArray());

        List<SourceRecord> records = read(input);

        assertThat(records).hasSize(expectedRecords(file.toByteArray())).hasSizeGreaterThan(1400);
        assertThat(records).filteredOn(Article.class::isInstance).extracting(r -> ((Article) r).id())
                .contains("ok-0", "ok-1490");
        assertThat(records).filteredOn(Rejection.class::isInstance).hasSizeGreaterThan(1000)
                .allSatisfy(r -> {
                    Rejection rej = (Rejection) r;
                    assertThat(rej.reason()).isNotNull();
                    assertThat(rej.detail()).isNotBlank();
                    assertThat(rej.origin().line()).isPositive();
                });
        assertThat(records).filteredOn(Article.class::isInstance)
                .allSatisfy(r -> assertThat(((Article) r).text()).isNotBlank().doesNotContain("\uFFFD"));
        assertThat(records).filteredOn(Rejection.class::isInstance).extracting(r -> ((Rejection) r).reason())
                .contains(Rejection.Reason.MALFORMED_JSON, Rejection.Reason.INVALID_ENCODING, Rejection.Reason.NOT_AN_OBJECT,
                        Rejection.Reason.MISSING_PUBLISHED, Rejection.Reason.UNPARSEABLE_PUBLISHED, Rejection.Reason.EMPTY_TEXT);
    }

    @Test
    void nestingBombIsARejectionNotAStackOverflow() throws Exception {
        int depth = 200_000;
        Files.writeString(dir.resolve("bomb.json"), "[".repeat(depth) + "]".repeat(depth));
        Files.writeString(dir.resolve("bomb.jsonl"), "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "\n"
                + MalformedInputs.valid("after", "2021-04-07", "نص.") + "\n");

        List<SourceRecord> records = read(dir);

        assertThat(records).hasSize(3);
        assertThat(((Rejection) records.get(0)).reason()).isEqualTo(Rejection.Reason.MALFORMED_JSON);
        assertThat(((Rejection) records.get(0)).detail()).containsIgnoringCase("nesting depth");
        assertThat(((Rejection) records.get(1)).reason()).isEqualTo(Rejection.Reason.MALFORMED_JSON);
        assertThat(records.get(2)).isInstanceOf(Article.class);
    }

    @Test
    void utf16AndBinaryFilesAreRejectedWithAClearReasonNotReadAsGarbage() throws Exception {
        String line = MalformedInputs.valid("u16", "2021-04-07", "وقال الوزير أمس.") + "\n";
        Files.write(dir.resolve("a-bom-le.jsonl"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, line.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(dir.resolve("b-bom-be.json"), line.getBytes(StandardCharsets.UTF_16)); // Java writes a BE BOM
        Files.write(dir.resolve("c-no-bom.jsonl"), line.repeat(3).getBytes(StandardCharsets.UTF_16LE));
        byte[] binary = new byte[4096];
        new java.util.Random(1).nextBytes(binary);
        binary[100] = 0;
        Files.write(dir.resolve("d-binary.json"), binary);
        Files.write(dir.resolve("e-stray-nul.jsonl"), concat(line.getBytes(StandardCharsets.UTF_8),
                "{\"id\":\"x\u0000\"}\n".getBytes(StandardCharsets.UTF_8), line.replace("u16", "ok").getBytes(StandardCharsets.UTF_8)));

        List<SourceRecord> records = read(dir);

        assertThat(records).extracting(r -> r instanceof Rejection rej ? rej.reason().name() : "ARTICLE")
                .containsExactly("INVALID_ENCODING", "INVALID_ENCODING", "BINARY_DATA", "BINARY_DATA",
                        "ARTICLE", "MALFORMED_JSON", "ARTICLE");
        assertThat(((Rejection) records.get(0)).detail()).contains("UTF-16");
        assertThat(((Rejection) records.get(1)).detail()).contains("UTF-16");
    }

    @Test
    void entriesThatCannotBeOpenedAreRejectedAndTheRestIsRead() throws Exception {
        Files.createSymbolicLink(dir.resolve("a-broken-link.json"), dir.resolve("nowhere.json"));
        Files.writeString(dir.resolve("b-good.jsonl"), MalformedInputs.valid("good", "2021-04-07", "نص.") + "\n");
        Path fifo = dir.resolve("c-pipe.jsonl");
        boolean haveFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;

        List<SourceRecord> records = read(dir);

        assertThat(records.get(0)).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.reason()).isEqualTo(Rejection.Reason.UNREADABLE_FILE);
            assertThat(r.detail()).contains("broken link");
        });
        assertThat(records.get(1)).isInstanceOf(Article.class);
        if (haveFifo) {
            assertThat(records).hasSize(3);
            assertThat(((Rejection) records.get(2)).detail()).contains("not a regular file");
        }
    }

    @Test
    void aFileWithoutReadPermissionIsRejected() throws Exception {
        Path locked = dir.resolve("locked.json");
        Files.writeString(locked, MalformedInputs.valid("locked", "2021-04-07", "نص."));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(locked)).as("running as root, where chmod 000 does not stop reads"
                + " (the broken-link and pipe cases cover unopenable entries)").isFalse();

        assertThat(read(dir)).singleElement().isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.reason()).isEqualTo(Rejection.Reason.UNREADABLE_FILE));
    }

    /** One record per non-blank line, as the reader splits them. */
    private static int expectedRecords(byte[] content) throws Exception {
        int n = 0;
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                byte[] raw = java.util.Arrays.copyOfRange(content, start, i);
                if (raw.length > 0 && raw[raw.length - 1] == '\r') {
                    raw = java.util.Arrays.copyOf(raw, raw.length - 1);
                }
                boolean blank;
                try {
                    blank = ArticleSource.decode(raw).isBlank();
                } catch (java.nio.charset.CharacterCodingException e) {
                    blank = false;
                }
                if (!blank && !(i == content.length && raw.length == 0)) {
                    n++;
                }
                start = i + 1;
            }
        }
        return n;
    }

    private static List<SourceRecord> read(Path input) {
        List<SourceRecord> records = new ArrayList<>();
        try (ArticleSource source = new ArticleSource(List.of(input))) {
            source.forEachRemaining(records::add);
        }
        return records;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
