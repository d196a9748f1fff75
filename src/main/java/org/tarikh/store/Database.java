package org.tarikh.store;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The database every command shares: an H2 file under {@code ./data/} unless a JDBC URL is
 * given. The schema is brought up to date with Flyway before anything reads or writes.
 */
public final class Database {

    public static final String DEFAULT_URL = "jdbc:h2:file:./data/tarikh";

    private Database() {
    }

    /**
     * The URL Tarikh connects with. An H2 file database is opened in H2's automatic mixed mode
     * ({@code AUTO_SERVER=TRUE}) unless the URL says otherwise: the first process that opens the
     * file serves it to the others, so {@code timeline} and {@code export} read while a run
     * writes, and a second {@code run} reaches the run lock (and is refused naming the holder)
     * instead of failing on the file lock. Other URLs are used as given.
     */
    public static String url(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return url;
        }
        String rest = url.substring("jdbc:h2:".length());
        String lower = rest.toLowerCase(java.util.Locale.ROOT);
        boolean remoteOrMemory = lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:")
                || lower.startsWith("zip:");
        if (remoteOrMemory || lower.contains(";auto_server=")) {
            return url;
        }
        return url + ";AUTO_SERVER=TRUE";
    }

    /**
     * Brings the schema up to date: {@code db/migration} holds the migrations every database runs
     * as written; {@code db/vendor/postgresql} the few that PostgreSQL spells differently, and
     * {@code db/vendor/h2} the same versions as H2 (and any other database) has always run them,
     * byte for byte, so existing databases keep their checksums. See docs/storage.md.
     */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(dataSource))
                .javaMigrations(new V1__Spring_batch_schema())
                .load()
                .migrate();
    }

    /** {@code postgresql} or {@code h2} (every other database runs the H2 spelling, as before). */
    static String vendor(DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? "postgresql" : "h2";
        } catch (java.sql.SQLException e) {
            throw new org.springframework.jdbc.CannotGetJdbcConnectionException("cannot open the database", e);
        }
    }

    /** How long an H2 connection of the job waits for a row lock another transaction holds (H2's default: 1 s). */
    static final int H2_LOCK_TIMEOUT_MS = 600_000;

    /**
     * The statement each new connection of the job's pool runs first, or null: for H2, a lock
     * timeout of {@value #H2_LOCK_TIMEOUT_MS} ms instead of H2's 1 s. The partitions' chunk
     * transactions all update one row (the search index's generation, {@code search_generation})
     * and hold it until they commit; on a busy machine a commit takes seconds, and with H2's
     * 1 s the other partition's chunk failed with "Timeout trying to lock table" and the run
     * with it (issue 16, seen under load 24–35). PostgreSQL waits without a limit by default.
     */
    public static String connectionInitSql(String url) {
        return url != null && url.startsWith("jdbc:h2:") ? "SET LOCK_TIMEOUT " + H2_LOCK_TIMEOUT_MS : null;
    }

    /**
     * Makes every commit durable: H2 otherwise writes committed changes to its file up to half
     * a second later (WRITE_DELAY 500), so a kill just after a commit could lose it. No effect
     * on other databases, whose commits are durable already.
     */
    public static void durableCommits(DataSource dataSource) {
        if (isH2(dataSource)) {
            new org.springframework.jdbc.core.JdbcTemplate(dataSource).execute("SET WRITE_DELAY 0");
        }
    }

    /** Forces everything committed so far onto the disk (H2: CHECKPOINT SYNC); before a run reports success. */
    public static void sync(DataSource dataSource) {
        if (isH2(dataSource)) {
            new org.springframework.jdbc.core.JdbcTemplate(dataSource).execute("CHECKPOINT SYNC");
        }
    }

    private static boolean isH2(DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
                    && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
        } catch (java.sql.SQLException e) {
            throw new org.springframework.jdbc.CannotGetJdbcConnectionException("cannot open the database", e);
        }
    }

    /**
     * A simple connection source for the one-shot commands (timeline, export). An H2 URL connects
     * as H2's default user; any other URL carries its credentials itself (for example
     * {@code jdbc:postgresql://host/tarikh?user=tarikh&password=...}).
     */
    public static DataSource simple(String url) {
        try {
            var driver = java.sql.DriverManager.getDriver(url);
            return url.startsWith("jdbc:h2:")
                    ? new SimpleDriverDataSource(driver, url(url), H2_USER, H2_PASSWORD)
                    : new SimpleDriverDataSource(driver, url(url));
        } catch (java.sql.SQLException e) {
            throw new IllegalArgumentException("no JDBC driver for " + url, e);
        }
    }

    /** H2's default user and password, for URLs used without a job definition's credentials. */
    public static final String H2_USER = "sa";
    public static final String H2_PASSWORD = "";

    /**
     * True for an H2 database inside this process (file or memory), which other machines cannot
     * reach; false for H2's server modes and every other database.
     */
    public static boolean isEmbeddedH2(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = url.substring("jdbc:h2:".length()).toLowerCase(java.util.Locale.ROOT);
        return !(rest.startsWith("tcp:") || rest.startsWith("ssl:"));
    }
}
