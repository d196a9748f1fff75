package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 7: "COMPLETED" means on disk. A run killed with SIGKILL right after it printed
 * its summary has every article it counted, and its execution is COMPLETED, in the database file.
 */
class DurableCompletionTest {

    @TempDir
    Path dir;

    @Test
    void aKillRightAfterTheSummaryLosesNothing() throws Exception {
        List<String> lines = GeneratedCorpus.articles(17, 60, "durable").stream().map(GeneratedCorpus::line).toList();
        Path input = GeneratedCorpus.writeJsonl(dir.resolve("in/a.jsonl"), lines);
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();

        ChildRun child = ChildRun.startPausing(dir, "durable", "summary-printed", "run", "--job",
                ChildRun.jobFile(dir, input, url, 5));
        assertThat(child.awaitCheckpoint(dir, "durable", "summary-printed")).as(child.stderr()).isTrue();
        assertThat(child.stdout()).contains("COMPLETED: read 60, processed 60");
        child.kill(); // at once: no shutdown hook, no close, nothing H2 had not yet written

        assertThat(DatabaseDump.count(url, "article")).isEqualTo(60);
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT status FROM BATCH_JOB_EXECUTION ORDER BY job_execution_id DESC")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("COMPLETED");
        }
    }
}
