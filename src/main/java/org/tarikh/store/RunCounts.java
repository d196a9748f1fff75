package org.tarikh.store;

import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counters of one run (job instance), kept in the database and changed only in the caller's
 * transaction, i.e. in the same chunk transaction as the rows they count: a rolled-back chunk
 * is not counted, a chunk committed before a crash is, and a restart adds to the same totals.
 * <p>
 * Each step (each partition of a partitioned step) keeps its own rows: partitions commit
 * concurrently, and rows of their own never collide. A run's count is the sum over its steps.
 */
public class RunCounts {

    private final JdbcTemplate jdbc;

    public RunCounts(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public void add(long jobInstanceId, String stepName, Map<String, Long> deltas) {
        deltas.forEach((name, n) -> {
            if (n == 0) {
                return;
            }
            int updated = jdbc.update("UPDATE run_count SET n = n + ? WHERE job_instance_id = ? AND step_name = ?"
                    + " AND name = ?", n, jobInstanceId, stepName, name);
            if (updated == 0) {
                jdbc.update("INSERT INTO run_count (job_instance_id, step_name, name, n) VALUES (?,?,?,?)",
                        jobInstanceId, stepName, name, n);
            }
        });
    }

    public Map<String, Long> of(long jobInstanceId) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("SELECT name, SUM(n) FROM run_count WHERE job_instance_id = ? GROUP BY name",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, jobInstanceId);
        return counts;
    }
}
