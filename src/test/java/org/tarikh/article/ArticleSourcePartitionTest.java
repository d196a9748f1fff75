package org.tarikh.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partition passes over the other partitions' records without parsing them, yet agrees with
 * the single reader on every position: the partitions together yield exactly the single
 * reader's records, malformed lines, blank lines, a byte order mark and zip entries included.
 */
class ArticleSourcePartitionTest {

    @TempDir
    Path dir;

    @Test
    void partitionsTogetherYieldExactlyTheSingleReadersRecords() throws Exception {
        MalformedInputs generator = new MalformedInputs(16);
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        lines.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a byte order mark on line 1
        for (int i = 0; i < 600; i++) {
            lines.write(generator.next());
            lines.write(i % 7 == 0 ? "\n \u3000\n\n".getBytes(StandardCharsets.UTF_8) : new byte[] {'\n'});
        }
        Files.write(dir.resolve("a.jsonl"), lines.toByteArray());
        try (OutputStream out = Files.newOutputStream(dir.resolve("b.zip")); ZipOutputStream zip = new ZipOutputStream(out)) {
            StringBuilder array = new StringBuilder("[");
            for (int i = 0; i < 40; i++) {
                array.append(i > 0 ? "," : "").append(MalformedInputs.valid("z" + i, "2015-07-21", "نص " + i));
            }
            entry(zip, "day1.json", array.append("]").toString());
            entry(zip, "day2.json", MalformedInputs.valid("single", "2015-07-22", "مقال واحد"));
            entry(zip, "day3.json", "[" + MalformedInputs.valid("ok", "2015-07-23", "نص") + ",{\"id\":");
            entry(zip, "notes.txt", "not an article");
        }
        Files.writeString(dir.resolve("c.json"), "[" + MalformedInputs.valid("c1", "2021-04-07", "نص") + ","
                + MalformedInputs.valid("c2", "2021-04-07", "نص") + "]");

        List<String> single = describe(read(new ArticleSource(List.of(dir))));
        assertThat(single).hasSizeGreaterThan(640);
        for (ArticleSource.Split split : ArticleSource.Split.values()) {
            for (int count : new int[] {2, 3, 5}) {
                List<String> union = new ArrayList<>();
                for (int p = 0; p < count; p++) {
                    union.addAll(describe(read(new ArticleSource(List.of(dir), p, count, split))));
                }
                assertThat(union).as("%d partitions by %s", count, split).containsExactlyInAnyOrderElementsOf(single);
            }
        }
    }

    /**
     * Alternating long and short articles: by position one partition gets every long one; by size
     * the partitions get about as much text each (they differ by about one article), in a
     * JSON Lines file as in a zip archive, and still every record once.
     */
    @Test
    void partitionsBySizeGetAboutAsMuchTextEach() throws Exception {
        StringBuilder lines = new StringBuilder();
        StringBuilder array = new StringBuilder("[");
        String longText = "افتتح الوزير المعرض في الرياض بحضور كبير. ".repeat(40);
        for (int i = 0; i < 60; i++) {
            String text = i % 2 == 0 ? longText + i : "نص قصير " + i;
            lines.append(MalformedInputs.valid("l" + i, "2021-04-07", text)).append('\n');
            array.append(i > 0 ? "," : "").append(MalformedInputs.valid("z" + i, "2021-04-07", text));
        }
        Files.writeString(dir.resolve("a.jsonl"), lines);
        try (OutputStream out = Files.newOutputStream(dir.resolve("b.zip")); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "day.json", array.append("]").toString());
        }
        for (String file : new String[] {"a.jsonl", "b.zip"}) {
            Path input = dir.resolve(file);
            long[] byPosition = textPerPartition(input, ArticleSource.Split.POSITION);
            long[] bySize = textPerPartition(input, ArticleSource.Split.SIZE);
            assertThat(byPosition[0] + byPosition[1]).isEqualTo(bySize[0] + bySize[1]);
            assertThat(byPosition[0]).as(file).isGreaterThan(byPosition[1] * 10);
            assertThat(Math.abs(bySize[0] - bySize[1])).as(file).isLessThanOrEqualTo(2L * longText.length());
        }
    }

    private static long[] textPerPartition(Path input, ArticleSource.Split split) {
        long[] chars = new long[2];
        for (int p = 0; p < 2; p++) {
            for (SourceRecord r : read(new ArticleSource(List.of(input), p, 2, split))) {
                chars[p] += ((Article) r).text().length();
            }
        }
        return chars;
    }

    @Test
    void aPassedOverRecordReportsTheIdItClaims() throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), MalformedInputs.valid("x", "2021-04-07", "نص") + "\n"
                + "{\"url\":\" http://example.org/1 \",\"published\":\"2021-04-07\",\"text\":\"نص\"}\n"
                + "{\"published\":\"2021-04-07\",\"text\":\"نص\"}\n"
                + "{\"id\":\"no-date\",\"text\":\"نص\"}\n"
                + "{\"id\":\"broken\",\n");
        List<ArticleSource.Skipped> skipped = new ArrayList<>();
        try (ArticleSource source = new ArticleSource(List.of(dir), 0, 1000).onSkipped(skipped::add)) {
            read(source);
        }
        assertThat(skipped).extracting(ArticleSource.Skipped::id)
                .containsExactly("http://example.org/1", "a-3", null, null);
        assertThat(skipped).extracting(s -> s.origin().line()).containsExactly(2L, 3L, 4L, 5L);
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static List<SourceRecord> read(ArticleSource source) {
        List<SourceRecord> out = new ArrayList<>();
        try (source) {
            source.forEachRemaining(out::add);
        }
        return out;
    }

    /** Everything a record says, so that two reads can be compared record by record. */
    private static List<String> describe(List<SourceRecord> records) {
        return records.stream().map(r -> r instanceof Article a
                ? "article " + a.origin() + " " + a.id() + " " + a.published() + " " + a.text()
                : "rejection " + r.origin() + " " + ((Rejection) r).reason() + " " + ((Rejection) r).detail()).toList();
    }
}
