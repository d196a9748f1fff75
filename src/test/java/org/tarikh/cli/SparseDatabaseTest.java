package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.cli.InProcessCli.tarikh;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.cli.InProcessCli.Result;
import org.tarikh.store.Database;

/**
 * A query on an H2 file that is mostly free space (what a query leaves after moving an interrupted run's
 * postings into the search index) compacts it once after closing it, as a run does at its end, and says so on
 * standard error; the next query finds nothing to do. The file is made sparse by {@link org.tarikh.store.SparseH2},
 * with H2's own compaction at closing turned off ({@code MAX_COMPACT_TIME=0}, also on the commands' URL), so that
 * only Tarikh's compaction can shrink it.
 */
class SparseDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void timelineCompactsASparseFileOnce() throws Exception {
        String url = sparseFile("timeline");
        Path file = dir.resolve("timeline.mv.db");
        long before = Files.size(file);

        Result first = tarikh("timeline", "--db", url, "--query", "قناة");
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.err()).contains("timeline: database compacted");
        long after = Files.size(file);
        assertThat(after).isLessThan(before / 4);

        Result second = tarikh("timeline", "--db", url, "--query", "قناة");
        assertThat(second.code()).isEqualTo(ExitCodes.OK);
        assertThat(second.err()).as("mostly live now: nothing to compact").doesNotContain("compacted");
        assertThat(Files.size(file)).as("not grown by the query").isLessThanOrEqualTo(after + (1L << 20));
    }

    @Test
    void exportCompactsASparseFile() throws Exception {
        String url = sparseFile("export");
        long before = Files.size(dir.resolve("export.mv.db"));
        Result export = tarikh("export", "--db", url, "--format", "json", "--out", dir.resolve("out.json").toString());
        assertThat(export.code()).as(export.err()).isEqualTo(ExitCodes.OK);
        assertThat(export.err()).contains("export: database compacted");
        assertThat(export.out()).as("standard output as before").startsWith("exported json to ");
        assertThat(Files.size(dir.resolve("export.mv.db"))).isLessThan(before / 4);
    }

    /** A migrated H2 file of at least 64 MB, mostly free space; its URL, with H2's compaction at closing off. */
    private String sparseFile(String name) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath() + ";MAX_COMPACT_TIME=0";
        Database.migrate(Database.simple(url));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, Database.H2_USER, Database.H2_PASSWORD);
                java.sql.Statement s = c.createStatement()) {
            org.tarikh.store.SparseH2.churn(s, 40, 1000);
        }
        assertThat(Files.size(dir.resolve(name + ".mv.db"))).as("large enough for a run to compact it")
                .isGreaterThanOrEqualTo(64L << 20);
        return url;
    }
}
