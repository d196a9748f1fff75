package org.tarikh.scaleout;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code partition_claim} table (migration V9): a worker takes a partition by inserting its
 * row, so that a request delivered twice runs once, and refreshes the row's heartbeat while it
 * works; the manager takes a partition whose heartbeat is older than the worker timeout for one
 * whose worker died. All times are the database's.
 */
public final class PartitionClaims {

    private final JdbcTemplate jdbc;

    public PartitionClaims(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Takes the partition for this worker; false if a worker (this or another) took it already. */
    public boolean claim(long jobExecutionId, long stepExecutionId, String worker) {
        try {
            jdbc.update("INSERT INTO partition_claim (step_execution_id, job_execution_id, worker, claimed_at, heartbeat_at)"
                    + " VALUES (?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", stepExecutionId, jobExecutionId, worker);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Who holds the partition, or null. */
    public String holder(long stepExecutionId) {
        List<String> w = jdbc.queryForList("SELECT worker FROM partition_claim WHERE step_execution_id = ?", String.class,
                stepExecutionId);
        return w.isEmpty() ? null : w.get(0);
    }

    public void heartbeat(long stepExecutionId) {
        jdbc.update("UPDATE partition_claim SET heartbeat_at = CURRENT_TIMESTAMP WHERE step_execution_id = ?",
                stepExecutionId);
    }

    /** A partition of a job execution that is still running by the job repository, with its worker and last heartbeat. */
    public record Stale(long stepExecutionId, String worker, OffsetDateTime heartbeatAt) {
    }

    /**
     * The partitions of this job execution that the repository shows running and whose worker
     * has not refreshed its heartbeat for longer than {@code timeout}.
     */
    public List<Stale> stale(long jobExecutionId, Duration timeout) {
        OffsetDateTime now = jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", OffsetDateTime.class);
        OffsetDateTime cutoff = now.minus(timeout);
        return jdbc.query("SELECT c.step_execution_id, c.worker, c.heartbeat_at FROM partition_claim c"
                + " JOIN BATCH_STEP_EXECUTION s ON s.STEP_EXECUTION_ID = c.step_execution_id"
                + " WHERE c.job_execution_id = ? AND s.STATUS IN ('STARTING', 'STARTED') AND c.heartbeat_at < ?"
                + " ORDER BY c.step_execution_id",
                (rs, i) -> new Stale(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)),
                jobExecutionId, cutoff);
    }

    /** How many partitions of this job execution workers have taken (for the bench's overhead figures). */
    public int claimed(long jobExecutionId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM partition_claim WHERE job_execution_id = ?", Integer.class,
                jobExecutionId);
        return n == null ? 0 : n;
    }

    /** This process, as a claim names it: host:pid. */
    public static String self() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
