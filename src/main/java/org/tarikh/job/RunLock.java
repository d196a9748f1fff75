package org.tarikh.job;

import java.net.InetAddress;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One run at a time per database. A row in {@code run_lock}, inserted in its own (auto-commit)
 * transaction, so it works for any database several hosts share, not only for H2's file lock.
 * The holder refreshes a heartbeat; a lock is taken over when its holder is provably gone (same
 * host, process no longer alive: the usual case after a kill) or its heartbeat is older than
 * {@link #STALE} (a holder on another host that died).
 */
public final class RunLock implements AutoCloseable {

    /** Raised when another run holds the lock; the CLI turns it into exit code 4. */
    public static final class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public RefusedException(String message) {
            super(message);
        }
    }

    public static final String NAME = "timeline";
    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    static final Duration STALE = Duration.ofMinutes(2);
    /** H2's "Database may be already in use": another process has the file database open. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private static final Logger LOG = LoggerFactory.getLogger(RunLock.class);
    /** Locks this JVM holds: a row with our pid that is not in here was left by a run whose release failed. */
    private static final java.util.Set<String> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final JdbcTemplate jdbc;
    private final String owner;
    private final ScheduledExecutorService heartbeat;

    private RunLock(JdbcTemplate jdbc, String owner) {
        this.jdbc = jdbc;
        this.owner = owner;
        HELD.add(owner);
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tarikh-run-lock-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    public static RunLock acquire(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String owner = host() + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                jdbc.update("INSERT INTO run_lock (name, owner, acquired_at, heartbeat_at) VALUES (?,?,?,?)",
                        NAME, owner, now, now);
                return new RunLock(jdbc, owner);
            } catch (DataIntegrityViolationException held) {
                List<Map<String, Object>> rows = jdbc.queryForList(
                        "SELECT owner, acquired_at, heartbeat_at FROM run_lock WHERE name = ?", NAME);
                if (rows.isEmpty()) {
                    continue; // released in between: try again
                }
                Map<String, Object> row = rows.get(0);
                String holder = (String) row.get("OWNER");
                Timestamp beat = (Timestamp) row.get("HEARTBEAT_AT");
                if (gone(holder, beat)) {
                    // conditional on the same holder and heartbeat: of two runs taking over, one wins
                    int taken = jdbc.update("UPDATE run_lock SET owner = ?, acquired_at = ?, heartbeat_at = ?"
                            + " WHERE name = ? AND owner = ? AND heartbeat_at = ?", owner, now, now, NAME, holder, beat);
                    if (taken == 1) {
                        LOG.warn("took over the run lock of {}, which is no longer running", holder);
                        return new RunLock(jdbc, owner);
                    }
                    continue;
                }
                throw new RefusedException("another run is in progress on this database (" + holder + ", since "
                        + row.get("ACQUIRED_AT") + ", last heartbeat " + beat + "); not starting a second one");
            }
        }
        throw new RefusedException("another run is taking the lock on this database right now");
    }

    private static boolean gone(String holder, Timestamp beat) {
        String[] parts = holder.split(":");
        if (parts.length >= 2 && parts[0].equals(host())) {
            try {
                long pid = Long.parseLong(parts[1]);
                if (pid != ProcessHandle.current().pid()) {
                    return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
                }
                return !HELD.contains(holder); // ours, e.g. left behind when the database went away mid-run
            } catch (NumberFormatException ignored) {
                // not one of ours: fall back to the heartbeat
            }
        }
        return beat.toLocalDateTime().isBefore(LocalDateTime.now().minus(STALE));
    }

    private void beat() {
        try {
            jdbc.update("UPDATE run_lock SET heartbeat_at = ? WHERE name = ? AND owner = ?",
                    Timestamp.valueOf(LocalDateTime.now()), NAME, owner);
        } catch (RuntimeException e) {
            LOG.debug("run lock heartbeat failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        HELD.remove(owner);
        try {
            jdbc.update("DELETE FROM run_lock WHERE name = ? AND owner = ?", NAME, owner);
        } catch (RuntimeException e) {
            // the database may be gone; the next run takes the lock over once this process has ended
            LOG.warn("could not release the run lock: {}", e.getMessage());
        }
    }

    /**
     * Why a run was refused, if that is what this failure means: our lock is held, or H2 refused
     * to open a file database another process has open.
     */
    public static Optional<String> refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RefusedException r) {
                return Optional.of(r.getMessage());
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return Optional.of("the database is in use by another process (another run?); not starting a second"
                        + " run: " + firstLine(sql.getMessage()));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown-host";
        }
    }
}
