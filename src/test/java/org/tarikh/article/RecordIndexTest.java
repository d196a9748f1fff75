package org.tarikh.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One pass indexes the inputs; each partition then reads only its own records, and yields, and
 * tells of the others, exactly what a partition that passed over the whole input did: the same
 * records (malformed, undecodable and blank lines, a byte order mark, zip entries, a broken
 * array included), the same claims in the same order.
 */
class RecordIndexTest {

    @TempDir
    Path dir;

    @Test
    void anIndexedPartitionYieldsAndTellsWhatAPassingPartitionDid() throws Exception {
        mixedInput();
        for (ArticleSource.Split split : ArticleSource.Split.values()) {
            for (int count : new int[] {2, 3, 5}) {
                RecordIndex index = RecordIndex.build(List.of(dir), count, split);
                int records = 0;
                for (int p = 0; p < count; p++) {
                    List<ArticleSource.Skipped> passedClaims = new ArrayList<>();
                    List<String> passed = describe(read(new ArticleSource(List.of(dir), p, count, split)
                            .onSkipped(passedClaims::add)));
                    List<ArticleSource.Skipped> indexedClaims = new ArrayList<>();
                    List<String> indexed = describe(read(new ArticleSource(index, p).onSkipped(indexedClaims::add)));
                    assertThat(indexed).as("partition %d of %d by %s", p, count, split).isEqualTo(passed);
                    assertThat(indexedClaims).as("claims, partition %d of %d", p, count).isEqualTo(passedClaims);
                    assertThat(index.records(p)).isEqualTo(indexed.size());
                    records += indexed.size();
                }
                assertThat(records).isEqualTo(read(new ArticleSource(List.of(dir))).size());
            }
        }
    }

    /** The other partition's lines are not read at all: overwritten after indexing, they change nothing here. */
    @Test
    void aPartitionReadsOnlyItsOwnLines() throws Exception {
        Path input = dir.resolve("news.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            lines.append(MalformedInputs.valid("n" + i, "2022-03-0" + (1 + i % 9), "خبر رقم " + i + " عن السوق"))
                    .append(i % 4 == 3 ? "\r\n\n" : "\n");
        }
        Files.writeString(input, lines);
        RecordIndex index = RecordIndex.build(List.of(input), 2, ArticleSource.Split.SIZE);
        List<String> before = describe(read(new ArticleSource(index, 0)));
        assertThat(before).hasSize(index.records(0)).isNotEmpty();

        List<String> others = new ArrayList<>();
        try (ArticleSource one = new ArticleSource(index, 1)) {
            one.forEachRemaining(r -> others.add(r.origin().location()));
        }
        byte[] bytes = Files.readAllBytes(input);
        try (RandomAccessFile file = new RandomAccessFile(input.toFile(), "rw")) {
            for (RecordIndex.Entry e : index.files().get(0).entries()) {
                if (e.owner() == 1) {
                    byte[] junk = new byte[e.at().length()];
                    Arrays.fill(junk, (byte) '#');
                    file.seek(e.at().start());
                    file.write(junk);
                }
            }
        }
        assertThat(Files.readAllBytes(input)).isNotEqualTo(bytes);
        assertThat(describe(read(new ArticleSource(index, 0)))).isEqualTo(before);
        assertThat(read(new ArticleSource(index, 1))).allMatch(r -> r instanceof Rejection rej
                && rej.reason() == Rejection.Reason.MALFORMED_JSON).hasSize(others.size());
    }

    @Test
    void partitionsOfOneProcessShareOneIndexUntilTheLastLetsGo() throws Exception {
        Path input = dir.resolve("a.jsonl");
        Files.writeString(input, MalformedInputs.valid("s1", "2020-01-05", "نص أول") + "\n"
                + MalformedInputs.valid("s2", "2020-01-05", "نص ثان") + "\n");
        RecordIndex first;
        try (RecordIndex.Lease a = RecordIndex.share(List.of(input), 2, ArticleSource.Split.SIZE);
                RecordIndex.Lease b = RecordIndex.share(List.of(input), 2, ArticleSource.Split.SIZE)) {
            first = a.index();
            assertThat(b.index()).isSameAs(first);
            try (RecordIndex.Lease three = RecordIndex.share(List.of(input), 3, ArticleSource.Split.SIZE)) {
                assertThat(three.index()).isNotSameAs(first);
            }
        }
        try (RecordIndex.Lease again = RecordIndex.share(List.of(input), 2, ArticleSource.Split.SIZE)) {
            assertThat(again.index()).isNotSameAs(first);
            assertThat(again.index().records(0) + again.index().records(1)).isEqualTo(2);
        }
    }

    private void mixedInput() throws Exception {
        MalformedInputs generator = new MalformedInputs(29);
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        lines.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        for (int i = 0; i < 300; i++) {
            lines.write(generator.next());
            lines.write(i % 5 == 0 ? "\r\n \n\n".getBytes(StandardCharsets.UTF_8) : new byte[] {'\n'});
        }
        Files.write(dir.resolve("a.jsonl"), lines.toByteArray());
        try (OutputStream out = Files.newOutputStream(dir.resolve("b.zip")); ZipOutputStream zip = new ZipOutputStream(out)) {
            StringBuilder array = new StringBuilder("[");
            for (int i = 0; i < 25; i++) {
                array.append(i > 0 ? "," : "").append(MalformedInputs.valid("q" + i, "2019-11-02", "تقرير " + i));
            }
            entry(zip, "one.json", array.append("]").toString());
            entry(zip, "two.json", "[" + MalformedInputs.valid("q-ok", "2019-11-03", "نص") + ",{\"id\":");
            entry(zip, "readme.md", "no article here");
        }
        Files.writeString(dir.resolve("c.json"), "[" + MalformedInputs.valid("c1", "2018-02-01", "نص") + ","
                + MalformedInputs.valid("c2", "2018-02-01", "نص آخر") + "]");
        Files.writeString(dir.resolve("d.txt"), "نص بلا بيانات");
        Files.writeString(dir.resolve("e.jsonl"), MalformedInputs.valid("e1", "2018-02-02", "نص") + "\n");
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

    private static List<String> describe(List<SourceRecord> records) {
        return records.stream().map(r -> r instanceof Article a
                ? "article " + a.origin() + " " + a.id() + " " + a.published() + " " + a.text() + " " + a.keys()
                : "rejection " + r.origin() + " " + ((Rejection) r).reason() + " " + ((Rejection) r).detail()).toList();
    }
}
