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
                .locations(MIGRATIONS, VENDOR_MIGRATIONS + vendor(dataSource))
                .javaMigrations(javaMigrations())
                .load()
                .migrate();
    }

    /** Where the SQL migrations every database runs live. */
    static final String MIGRATIONS = "classpath:db/migration";

    /** Where the SQL migrations spelled per vendor live ({@code db/vendor/h2}, {@code db/vendor/postgresql}). */
    static final String VENDOR_MIGRATIONS = "classpath:db/vendor/";

    /** The Java migrations, in version order (their versions are in {@link #VERSIONS} too). */
    static org.flywaydb.core.api.migration.JavaMigration[] javaMigrations() {
        return new org.flywaydb.core.api.migration.JavaMigration[] {new V1__Spring_batch_schema(), new V14__Article_key(),
            new V15__Line_keys_and_context(), new V17__Dateline_search(), new V18__One_article_index(),
            new V21__Run_on_and_short_line_keys()};
    }

    /**
     * The resource listing every migration version this Tarikh carries, one a line, in order: SQL
     * files under {@code db/migration} and {@code db/vendor/*} and the Java migrations.
     * {@code DatabaseTest} checks it against those folders and {@link #javaMigrations()}, so it
     * cannot fall behind; reading it costs nothing, where scanning the jar for the files took
     * a noticeable part of a query's start-up.
     */
    static final String VERSIONS = "db/versions.txt";

    /**
     * For the read-only commands ({@code timeline}, {@code export}, {@code curate}): brings the
     * schema up to date as {@link #migrate} does, but when Flyway's history already shows every
     * version this Tarikh carries ({@link #VERSIONS}) applied with success, does not load Flyway
     * at all (about a quarter of a query's start-up). A migration file changed after it was
     * applied is then reported by the next {@code run} (Flyway's validation), not by a query.
     * Returns whether Flyway ran.
     */
    public static boolean migrateIfBehind(DataSource dataSource) {
        if (upToDate(dataSource)) {
            return false;
        }
        migrate(dataSource);
        return true;
    }

    /**
     * Whether every version of {@link #VERSIONS} is applied with success in the database's Flyway
     * history. Anything else (no history, a failed or a missing migration, a history that cannot
     * be read) answers false.
     */
    static boolean upToDate(DataSource dataSource) {
        java.util.Set<String> applied = new java.util.HashSet<>();
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery(
                        "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\"")) {
            while (rs.next()) {
                applied.add(rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            return false; // no history yet (a new database), or one this check cannot read
        }
        return applied.containsAll(versions());
    }

    /** The versions of {@link #VERSIONS}, as Flyway writes them in its history ({@code 11}, {@code 2.1}). */
    static java.util.List<String> versions() {
        try (java.io.InputStream in = Database.class.getClassLoader().getResourceAsStream(VERSIONS)) {
            if (in == null) {
                throw new IllegalStateException(VERSIONS + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + VERSIONS, e);
        }
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
    static final int H2_LOCK_TIMEOUT_MS = 120_000;

    /**
     * The statement each new connection of the job's pool runs first, or null: for H2, a lock
     * timeout of {@value #H2_LOCK_TIMEOUT_MS} ms instead of H2's 1 s. Formerly every chunk
     * transaction updated the search index's generation ({@code search_generation}) and held that
     * row until its commit, and with H2's 1 s the other partition's chunk failed with "Timeout
     * trying to lock table" and the run with it (issue 16, seen under load 24–35). The generation
     * now goes up after the commit, in a short transaction of its own ({@code SearchIndex}). The
     * chunks of two partitions now write no row in common ({@code ConcurrentChunksTest}: one
     * partition's chunk is stored under a lock timeout of 100 ms while the other's transaction is
     * open with its rows), so they do not need this wait; it is kept as a margin for the rows
     * that test does not write (Spring Batch's own, each partition's) and for the generation's
     * short transactions on a busy machine (a bump that times out is logged, never fatal).
     * PostgreSQL waits without a limit by default.
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

    /** Below this share of live data in its chunks, an H2 file is compacted after a run ({@link #compactIfSparse}). */
    static final int COMPACT_BELOW_FILL_PERCENT = 50;

    /**
     * Compacts an embedded H2 file database whose file is mostly free space ({@code SHUTDOWN COMPACT}:
     * H2 rewrites the live data into a new file), and says so: before and after, in MB. H2's store
     * only appends; a run rewrites the pages of the search index's B-trees at every chunk, and what
     * H2 frees it does not reclaim while writes go on, so after a run the file was mostly free space
     * (a day of the corpus, stopped at 544 articles: 964 MB of which 15 % live; compacted, 43 MB in 5
     * CPU seconds), and opening it cost every later query. Nothing for other databases, for an H2
     * database in memory or behind a server, when another process has the file open (this one
     * would have to go through it: it is left alone), or when the file is mostly live already.
     * Called once the run has closed its own connections.
     */
    public static java.util.Optional<String> compactIfSparse(String url, String user, String password) {
        return compactIfSparse(url, user, password, COMPACT_FROM_BYTES);
    }

    /**
     * Files smaller than this are left as they are: compacting a small file saves nothing that
     * matters and would only add a line to every short run's summary (the README's 11 articles).
     */
    static final long COMPACT_FROM_BYTES = 64L << 20;

    /**
     * False when the database behind {@code dataSource} is an H2 file that {@link #compactIfSparse}
     * would leave as it is (under {@link #COMPACT_FROM_BYTES}, or at least
     * {@link #COMPACT_BELOW_FILL_PERCENT} % live), read through a connection that is open anyway;
     * true otherwise, and for every other database. Closing the file only shrinks it and raises its
     * share of live data (H2 compacts for a moment on closing), so what is not sparse now is not
     * sparse after. {@code run} asks at its end and then does not open the file again only to find
     * that out: reopening and closing it cost about 1 CPU-s of a 400-article run (docs/performance.md,
     * "Round thirteen").
     */
    public static boolean mayBeSparse(DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            String url = c.getMetaData().getURL();
            if (!isEmbeddedH2(url) || url.startsWith("jdbc:h2:mem:")) {
                return true;
            }
            FileFill f = fileFill(s);
            return f == null || f.sparse(COMPACT_FROM_BYTES);
        } catch (java.sql.SQLException | RuntimeException e) {
            return true;
        }
    }

    /** An H2 file's size and the share of it that is live data, as H2 reports them. */
    private record FileFill(long bytes, long livePercent) {
        /** Whether {@link #compactIfSparse} would compact it: at least {@code fromBytes}, under {@link #COMPACT_BELOW_FILL_PERCENT} % live. */
        boolean sparse(long fromBytes) {
            return livePercent < COMPACT_BELOW_FILL_PERCENT && bytes >= fromBytes;
        }
    }

    /** The open H2 database's {@link FileFill} ({@code INFORMATION_SCHEMA.SETTINGS}), or null if H2 does not say. */
    private static FileFill fileFill(java.sql.Statement s) throws java.sql.SQLException {
        java.util.Map<String, Long> info = new java.util.HashMap<>();
        try (java.sql.ResultSet rs = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME IN ('info.CHUNKS_FILL_RATE', 'info.FILE_SIZE')")) {
            while (rs.next()) {
                info.put(rs.getString(1), Long.parseLong(rs.getString(2).strip()));
            }
        }
        Long fill = info.get("info.CHUNKS_FILL_RATE");
        Long size = info.get("info.FILE_SIZE");
        return fill == null || size == null ? null : new FileFill(size, fill);
    }

    /** {@link #compactIfSparse(String, String, String)} for files of at least {@code fromBytes}. */
    static java.util.Optional<String> compactIfSparse(String url, String user, String password, long fromBytes) {
        if (!isEmbeddedH2(url) || url.toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:h2:mem:")) {
            return java.util.Optional.empty();
        }
        // a file smaller than the threshold is not opened again: opening and closing it cost a run about 1 CPU-s (H2
        // compacts for up to 200 ms on closing), for nothing (docs/performance.md, "Round thirteen")
        java.nio.file.Path onDisk = h2File(url);
        try {
            if (onDisk != null && java.nio.file.Files.size(onDisk) < fromBytes) {
                return java.util.Optional.empty();
            }
        } catch (java.io.IOException e) {
            return java.util.Optional.empty(); // no such file (a relative name H2 resolves otherwise): left as it is
        }
        // embedded only: with AUTO_SERVER this connection might reach another process's database and close it
        String alone = url.replaceAll("(?i);AUTO_SERVER=[A-Z]+", "") + ";AUTO_SERVER=FALSE";
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(alone, user, password);
                java.sql.Statement s = c.createStatement()) {
            FileFill f = fileFill(s);
            if (f == null || !f.sparse(fromBytes)) {
                return java.util.Optional.empty();
            }
            long fill = f.livePercent();
            long before = f.bytes();
            s.execute("SHUTDOWN COMPACT");
            java.nio.file.Path file = h2File(url);
            long after = file == null ? -1 : java.nio.file.Files.size(file);
            return java.util.Optional.of("database compacted: " + before / 1_000_000 + " MB, " + fill + " % of it live, → "
                    + (after < 0 ? "?" : after / 1_000_000) + " MB");
        } catch (java.sql.SQLException | java.io.IOException | NumberFormatException e) {
            return java.util.Optional.empty(); // in use by another process, or not readable: left as it is
        }
    }

    /** The {@code .mv.db} file of an embedded H2 file URL, or null. */
    static java.nio.file.Path h2File(String url) {
        String rest = url.substring("jdbc:h2:".length());
        rest = rest.startsWith("file:") ? rest.substring("file:".length()) : rest;
        int semicolon = rest.indexOf(';');
        String name = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return name.isEmpty() ? null : java.nio.file.Path.of(name + ".mv.db");
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
