package org.tarikh.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 4: a folder among the inputs that cannot be listed is one UNREADABLE_FILE
 * rejection in its sorted place; every other file is still read, and nothing throws.
 */
class UnreadableInputTest {

    @TempDir
    Path dir;

    private List<SourceRecord> readAll(Path... inputs) {
        List<SourceRecord> records = new ArrayList<>();
        try (ArticleSource source = new ArticleSource(List.of(inputs))) {
            source.forEachRemaining(records::add);
        }
        return records;
    }

    /**
     * A real failure that also happens to root (who ignores permissions): a folder nested deeper
     * than the longest path the system accepts (PATH_MAX, 4096 bytes on Linux) cannot even be
     * examined. It is built from two chains of folders, each short enough to create, the second
     * moved into the deepest folder of the first; and taken apart the same way afterwards.
     */
    @Test
    void aFolderThatCannotBeExaminedIsRejectedAndTheOtherFilesAreRead() throws Exception {
        Path root = dir.resolve("news");
        Files.createDirectories(root);
        Files.writeString(root.resolve("a.jsonl"), MalformedInputs.valid("a", "2021-04-07", "وصل الوفد أمس.") + "\n");
        Files.writeString(root.resolve("c.jsonl"), MalformedInputs.valid("c", "2021-04-07", "وعاد الوفد اليوم.") + "\n");
        String step = "d".repeat(200);
        Path outer = root.resolve("b-deep");
        Path outerEnd = outer;
        Path inner = dir.resolve("inner");
        Path innerEnd = inner;
        for (int i = 0; i < 12; i++) {
            outerEnd = outerEnd.resolve(step);
            innerEnd = innerEnd.resolve(step);
        }
        Files.createDirectories(outerEnd);
        Files.createDirectories(innerEnd);
        Files.writeString(innerEnd.resolve("lost.jsonl"), "{}\n");
        Path moved = outerEnd.resolve("inner");
        Files.move(inner, moved);
        assumeTrue(moved.toString().length() + 12 * 201 > 4096, "not deeper than PATH_MAX");
        try {
            List<SourceRecord> records = readAll(root);

            assertThat(records).hasSize(3);
            assertThat(records.get(0)).isInstanceOf(Article.class);
            assertThat(records.get(1)).isInstanceOfSatisfying(Rejection.class, r -> {
                assertThat(r.reason()).isEqualTo(Rejection.Reason.UNREADABLE_FILE);
                assertThat(r.origin().file()).startsWith(moved.toString());
                assertThat(r.detail()).contains("File name too long");
            });
            assertThat(records.get(2)).isInstanceOfSatisfying(Article.class, a -> assertThat(a.id()).isEqualTo("c"));
        } finally {
            Files.move(moved, inner); // back to lengths that can be deleted
        }
    }

    /** The everyday case, where permissions apply (not to root). */
    @Test
    void aFolderWithoutReadPermissionIsRejectedAndTheOtherFilesAreRead() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every folder; the test above covers root");
        Path root = dir.resolve("news");
        Path closed = root.resolve("b-closed");
        Files.createDirectories(closed);
        Files.writeString(closed.resolve("x.jsonl"), MalformedInputs.valid("x", "2021-04-07", "نص.") + "\n");
        Files.writeString(root.resolve("a.jsonl"), MalformedInputs.valid("a", "2021-04-07", "وصل الوفد أمس.") + "\n");
        closed.toFile().setReadable(false, false);
        closed.toFile().setExecutable(false, false);
        try {
            List<SourceRecord> records = readAll(root);
            assertThat(records).hasSize(2);
            assertThat(records.get(1)).isInstanceOfSatisfying(Rejection.class,
                    r -> assertThat(r.reason()).isEqualTo(Rejection.Reason.UNREADABLE_FILE));
        } finally {
            closed.toFile().setReadable(true, false);
            closed.toFile().setExecutable(true, false);
        }
    }
}
