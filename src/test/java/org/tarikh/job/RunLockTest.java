package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.cli.InProcessCli.tarikh;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarikh.cli.ExitCodes;
import org.tarikh.cli.InProcessCli.Result;
import org.tarikh.store.Database;

/**
 * Promise 5: one run at a time per database. A second run is refused with exit code 4 and
 * leaves the first alone; a lock left by a dead run does not block the next one.
 */
class RunLockTest {

    @TempDir
    Path dir;

    @Test
    void theLockRowAdmitsOneHolderAndIsTakenOverOnlyFromTheDead() throws Exception {
        DataSource ds = Database.simple("jdbc:h2:mem:lock-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Database.migrate(ds);
        JdbcTemplate jdbc = new JdbcTemplate(ds);

        try (RunLock first = RunLock.acquire(ds)) {
            assertThatThrownBy(() -> RunLock.acquire(ds)).isInstanceOf(RunLock.RefusedException.class)
                    .hasMessageContaining("another run is in progress");
        }
        RunLock.acquire(ds).close(); // released: free again

        String host = InetAddress.getLocalHost().getHostName();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        insert(jdbc, host + ":" + Long.MAX_VALUE + ":dead", now); // this host, no such process: killed
        RunLock.acquire(ds).close();

        insert(jdbc, "elsewhere:42:alive", now); // another host, fresh heartbeat: running
        assertThatThrownBy(() -> RunLock.acquire(ds)).isInstanceOf(RunLock.RefusedException.class);
        jdbc.update("UPDATE run_lock SET heartbeat_at = ?", Timestamp.valueOf(LocalDateTime.now().minus(RunLock.STALE).minusSeconds(1)));
        RunLock.acquire(ds).close(); // its heartbeat stopped: it died
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_lock", Long.class)).isZero();
    }

    @Test
    void aSecondRunIsRefusedWithExitCode4WhileAnotherHoldsTheLock() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        Path input = GeneratedCorpus.writeJsonl(dir.resolve("in/a.jsonl"),
                GeneratedCorpus.articles(3, 5, "lock").stream().map(GeneratedCorpus::line).toList());
        DataSource ds = Database.simple(url);
        Database.migrate(ds);

        Result refused;
        try (RunLock other = RunLock.acquire(ds)) { // a run in progress, e.g. from another host on a shared server
            refused = tarikh("run", "--db", url, "--input", input.toString());
            assertThat(refused.code()).isEqualTo(ExitCodes.ALREADY_RUNNING);
        }
        assertThat(refused.err()).contains("run refused").contains("another run is in progress");
        assertThat(new JdbcTemplate(ds).queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class)).isZero();
    }

    @Test
    void aSecondProcessOnTheSameH2FileIsRefusedAndTheFirstCompletes() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(); // H2's own file lock
        List<String> lines = GeneratedCorpus.articles(5, 100, "two").stream().map(GeneratedCorpus::line).toList();
        Path input = GeneratedCorpus.writeJsonl(dir.resolve("in/a.jsonl"), lines);

        // the first run waits after its first commit until the second one has been refused
        ChildRun first = ChildRun.startPausing(dir, "first", "committed:1", "run", "--job", ChildRun.jobFile(dir, input, url, 5));
        assertThat(first.awaitCheckpoint(dir, "first", "committed:1")).as(first.stderr()).isTrue();
        Result second = tarikh("run", "--db", url, "--input", input.toString());
        Checkpoints.release(ChildRun.checkpointDir(dir, "first"), "committed:1");
        int firstCode = first.await(600);

        assertThat(second.code()).as(second.err()).isEqualTo(ExitCodes.ALREADY_RUNNING);
        // the second process reaches the database through the first (H2 AUTO_SERVER) and is refused by the
        // run lock, which names the holder: host and process id of the first run
        assertThat(second.err().lines().toList()).singleElement().asString()
                .contains("another run is in progress").contains(":" + first.process.pid() + ":");
        assertThat(firstCode).as(first.stderr()).isEqualTo(ExitCodes.OK);
        assertThat(first.stdout()).contains("processed 100, unchanged 0, rejected 0");
        assertThat(DatabaseDump.count(url, "article")).isEqualTo(100);
    }

    private static void insert(JdbcTemplate jdbc, String owner, Timestamp at) {
        jdbc.update("DELETE FROM run_lock");
        jdbc.update("INSERT INTO run_lock (name, owner, acquired_at, heartbeat_at) VALUES (?,?,?,?)", RunLock.NAME, owner, at, at);
    }
}
