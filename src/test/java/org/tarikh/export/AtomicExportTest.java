package org.tarikh.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.cli.InProcessCli.tarikh;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.chronology.ChronologyDatabase;
import org.tarikh.cli.ExitCodes;
import org.tarikh.cli.InProcessCli.Result;

/**
 * Issue 10, item 2: an export is written whole or not at all. A failed write (a full disk, a
 * body that breaks off) leaves the previous file exactly as it was and no temporary file, and
 * {@code export} says so in one line with exit code 1.
 */
class AtomicExportTest {

    @TempDir
    Path dir;

    @Test
    void aWriteThatBreaksOffLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("out/chronology.json");
        AtomicFile.write(target, w -> w.print("previous"));
        assertThat(Files.readString(target)).isEqualTo("previous");

        assertThatThrownBy(() -> AtomicFile.write(target, w -> {
            w.print("half of the new content");
            throw new IOException("killed halfway");
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("killed halfway");

        assertThat(Files.readString(target)).isEqualTo("previous");
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("chronology.json");
        }
    }

    @Test
    void writesToAFullDeviceFailInsteadOfBeingSwallowed() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "no /dev/full on this system");
        PrintWriter plain = new PrintWriter(new FileOutputStream(full.toFile()));
        plain.print("x".repeat(100_000));
        plain.flush();
        assertThat(plain.checkError()).as("what a PrintWriter does: a flag nobody reads").isTrue();

        AtomicFile.CheckedPrintWriter checked = new AtomicFile.CheckedPrintWriter(new FileOutputStream(full.toFile()));
        assertThatThrownBy(() -> {
            checked.print("x".repeat(100_000));
            checked.flush();
        }).isInstanceOf(UncheckedIOException.class).hasMessageContaining("No space left");
    }

    @Test
    void exportOnAFullDiskExitsOneWithOneLineAndKeepsThePreviousFile() throws Exception {
        Path disk = dir.resolve("small-disk");
        Files.createDirectories(disk);
        assumeTrue(mountTmpfs(disk, "16k"), "cannot mount a small tmpfs here (needs root); the other tests cover the mechanism");
        try {
            String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
            DataSource ds = ChronologyDatabase.create(url);
            assertThat(ds).isNotNull();
            Path target = disk.resolve("chronology.html");
            Files.writeString(target, "previous export");

            // the page of the test chronology is larger than the 16 KiB disk
            Result export = tarikh("export", "--db", url, "--format", "html", "--out", target.toString());

            assertThat(export.code()).as("stdout:%n%s%nstderr:%n%s", export.out(), export.err()).isEqualTo(ExitCodes.FAILED);
            assertThat(export.err().lines().toList()).singleElement().asString()
                    .startsWith("export failed: cannot write " + target).contains("No space left on device");
            assertThat(export.out()).doesNotContain("exported");
            assertThat(Files.readString(target)).isEqualTo("previous export");
            try (var files = Files.list(disk)) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("chronology.html");
            }
        } finally {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void exportToAPlaceThatCannotBeCreatedExitsOne() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db2").toAbsolutePath();
        ChronologyDatabase.create(url);
        Path notADirectory = dir.resolve("file");
        Files.writeString(notADirectory, "a file, not a folder");
        Result export = tarikh("export", "--db", url, "--format", "json", "--out", notADirectory.resolve("x.json").toString());
        assertThat(export.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(export.err().lines().toList()).singleElement().asString().startsWith("export failed: cannot write");
    }

    @Test
    void aRunWhoseExportFailsExitsOneAfterItsSummary() throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, "{\"id\":\"a\",\"published\":\"2021-04-07\",\"text\":\"وصل الوفد أمس إلى بغداد.\"}\n");
        Path notADirectory = dir.resolve("file");
        Files.writeString(notADirectory, "a file, not a folder");
        Path job = dir.resolve("job.yml");
        Files.writeString(job, """
                inputs: [%s]
                database: jdbc:h2:file:%s
                export:
                  - format: json
                    out: %s
                """.formatted(input, dir.resolve("db3").toAbsolutePath(), notADirectory.resolve("x.json")));
        Result run = tarikh("run", "--job", job.toString());
        assertThat(run.code()).as("stdout:%n%s%nstderr:%n%s", run.out(), run.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("COMPLETED: read 1, processed 1").doesNotContain("exported");
        assertThat(run.err().lines().toList()).singleElement().asString().startsWith("export failed: cannot write");
    }

    @Test
    void timeMlFileNamesAreUniqueAndSafe() {
        assertThat(java.util.stream.Stream.of("coll/1", "coll_1", "coll?1", "coll\\1", ".hidden", "..")
                .map(TimeMl::fileName).distinct().count()).isEqualTo(6);
        assertThat(TimeMl.fileName("coll_1")).isEqualTo("coll_1.tml");
        assertThat(TimeMl.fileName("coll/1")).matches("coll_1-[0-9a-f]{12}\\.tml");
        String longArabic = "مقال-" + "تاريخ".repeat(100);
        String name = TimeMl.fileName(longArabic);
        assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(255);
        assertThat(name).isNotEqualTo(TimeMl.fileName(longArabic + "x"));
    }

    static boolean mountTmpfs(Path at, String size) {
        try {
            Process p = new ProcessBuilder(List.of("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString()))
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
