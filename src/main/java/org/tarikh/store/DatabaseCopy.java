package org.tarikh.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

/**
 * Copies a Tarikh database into an empty PostgreSQL one ({@code tarikh migrate-db}): the timeline
 * (articles, expressions, events, rejections, run counts, curations, partition claims, captures, the
 * search index) and Spring
 * Batch's job repository (job instances, executions, parameters, step executions and their
 * contexts), so that a later {@code run} against the copy restarts or skips exactly as it would
 * have against the original. Both schemas are brought to the same Flyway version first; the rows
 * are copied table by table, parents before children, in one transaction on the target, counted
 * on both sides before the commit, and the target's sequences (Spring Batch's ids, the identity
 * columns) are moved past the copied ids. Not copied: {@code run_lock} (who runs now, not history)
 * and Flyway's own history (the target's migration wrote its own).
 */
public final class DatabaseCopy {

    /** The tables copied, parents before children. A source table not in here (or skipped) is refused. */
    public static final List<String> TABLES = List.of("BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION",
            "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
            "BATCH_STEP_EXECUTION_CONTEXT", "ARTICLE", "TIMEX", "EVENT", "REJECTION", "RUN_COUNT", "CURATION",
            "PARTITION_CLAIM", "ARTICLE_CAPTURE", "SEARCH_TERM", "SEARCH_PENDING", "SEARCH_INDEXED", "SEARCH_DF", "SEARCH_GENERATION",
            "ARTICLE_LINE_KEY");

    /**
     * Copied tables whose rows the target's own migration already wrote (the search index's one-row
     * generation counter): these rows are replaced by the source's, and do not make the target "not empty".
     */
    static final Set<String> REPLACED = Set.of("SEARCH_GENERATION");

    /** Tables that exist in a Tarikh database but are not copied, and why (see the class comment). */
    static final Set<String> SKIPPED = Set.of("RUN_LOCK", "FLYWAY_SCHEMA_HISTORY");

    /** Spring Batch's id sequences and the table and column whose ids they hand out. */
    private static final Map<String, String[]> BATCH_SEQUENCES = Map.of(
            "BATCH_JOB_INSTANCE_SEQ", new String[] {"BATCH_JOB_INSTANCE", "JOB_INSTANCE_ID"},
            "BATCH_JOB_EXECUTION_SEQ", new String[] {"BATCH_JOB_EXECUTION", "JOB_EXECUTION_ID"},
            "BATCH_STEP_EXECUTION_SEQ", new String[] {"BATCH_STEP_EXECUTION", "STEP_EXECUTION_ID"});

    /** Identity columns of the timeline tables. */
    private static final Map<String, String> IDENTITIES = Map.of("REJECTION", "ID", "CURATION", "ID",
            "ARTICLE_CAPTURE", "ID", "SEARCH_PENDING", "ID");

    private static final int BATCH = 500;

    /** Why a copy was refused or could not be done; its message is the one line the command prints. */
    public static final class CopyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CopyException(String message) {
            super(message);
        }

        public CopyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private DatabaseCopy() {
    }

    /**
     * Copies {@code source} into {@code target}. Both are migrated first; the target must be
     * PostgreSQL and hold no rows in any copied table. Callers hold the run lock on both, so that
     * no run writes to either meanwhile.
     *
     * @return rows copied per table, in copy order
     */
    public static Map<String, Long> copy(DataSource source, DataSource target) {
        if (!"postgresql".equals(Database.vendor(target))) {
            throw new CopyException("the target is not a PostgreSQL database (migrate-db copies into PostgreSQL)");
        }
        try (Connection from = source.getConnection(); Connection to = target.getConnection()) {
            Set<String> unknown = new TreeSet<>(tables(from));
            unknown.removeAll(TABLES);
            unknown.removeAll(SKIPPED);
            if (!unknown.isEmpty()) {
                throw new CopyException("the source has tables migrate-db does not know how to copy: " + unknown
                        + "; nothing was copied");
            }
            Map<String, Long> present = new LinkedHashMap<>();
            for (String table : TABLES) {
                if (REPLACED.contains(table)) {
                    continue;
                }
                long n = count(to, table);
                if (n > 0) {
                    present.put(table.toLowerCase(Locale.ROOT), n);
                }
            }
            if (!present.isEmpty()) {
                throw new CopyException("the target database is not empty (" + present.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue() + " rows").reduce((a, b) -> a + ", " + b).orElseThrow()
                        + "); migrate-db copies only into an empty database, nothing was copied");
            }
            to.setAutoCommit(false);
            try {
                Map<String, Long> copied = new LinkedHashMap<>();
                for (String table : REPLACED) {
                    try (Statement clear = to.createStatement()) {
                        clear.executeUpdate("DELETE FROM " + table);
                    }
                }
                for (String table : TABLES) {
                    copied.put(table, copyTable(from, to, table));
                }
                for (String table : TABLES) {
                    long there = count(to, table);
                    if (there != copied.get(table) || there != count(from, table)) {
                        throw new CopyException("table " + table.toLowerCase(Locale.ROOT) + ": " + count(from, table)
                                + " rows in the source, " + there + " in the target after copying; nothing was copied");
                    }
                }
                moveSequences(to);
                to.commit();
                return copied;
            } catch (SQLException | RuntimeException e) {
                to.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new CopyException("database error: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                    + "; nothing was copied", e);
        }
    }

    /** The source's tables in its current schema, upper case. */
    static Set<String> tables(Connection c) throws SQLException {
        Set<String> names = new TreeSet<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The target's columns of a table (name upper case → JDBC type), in their order. */
    private static Map<String, Integer> columns(Connection c, String table) throws SQLException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        DatabaseMetaData meta = c.getMetaData();
        String name = meta.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
        try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), name, "%")) {
            while (rs.next()) {
                columns.put(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), rs.getInt("DATA_TYPE"));
            }
        }
        return columns;
    }

    private static long copyTable(Connection from, Connection to, String table) throws SQLException {
        Map<String, Integer> targetColumns = columns(to, table);
        long rows = 0;
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnLabel(i).toUpperCase(Locale.ROOT));
            }
            if (!new TreeSet<>(targetColumns.keySet()).equals(new TreeSet<>(names))) {
                throw new CopyException("table " + table.toLowerCase(Locale.ROOT) + " has columns " + new TreeSet<>(names)
                        + " in the source but " + new TreeSet<>(targetColumns.keySet())
                        + " in the target (different schema versions?); nothing was copied");
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
            try (PreparedStatement insert = to.prepareStatement(sql)) {
                while (rs.next()) {
                    for (int i = 1; i <= names.size(); i++) {
                        bind(insert, i, rs, meta.getColumnType(i), targetColumns.get(names.get(i - 1)));
                    }
                    insert.addBatch();
                    if (++rows % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                if (rows % BATCH != 0) {
                    insert.executeBatch();
                }
            }
        }
        return rows;
    }

    /** One value from the source's row into the insert, by the source column's type. */
    private static void bind(PreparedStatement insert, int i, ResultSet rs, int sourceType, int targetType)
            throws SQLException {
        Object value = switch (sourceType) {
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.VARCHAR, Types.NVARCHAR,
                    Types.CHAR, Types.NCHAR -> rs.getString(i);
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> rs.getBytes(i);
            case Types.TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, OffsetDateTime.class);
            case Types.DATE -> rs.getObject(i, LocalDate.class);
            default -> rs.getObject(i);
        };
        if (value == null) {
            insert.setNull(i, targetType == Types.DISTINCT || targetType == Types.OTHER ? Types.VARCHAR : targetType);
        } else if (value instanceof String text) {
            insert.setString(i, text);
        } else {
            insert.setObject(i, value);
        }
    }

    /** Moves Spring Batch's sequences and the identity columns past the copied ids. */
    private static void moveSequences(Connection to) throws SQLException {
        try (Statement s = to.createStatement()) {
            for (Map.Entry<String, String[]> e : BATCH_SEQUENCES.entrySet()) {
                setval(s, "'" + e.getKey().toLowerCase(Locale.ROOT) + "'", e.getValue()[0], e.getValue()[1]);
            }
            for (Map.Entry<String, String> e : IDENTITIES.entrySet()) {
                setval(s, "pg_get_serial_sequence('" + e.getKey().toLowerCase(Locale.ROOT) + "', '"
                        + e.getValue().toLowerCase(Locale.ROOT) + "')", e.getKey(), e.getValue());
            }
        }
    }

    private static void setval(Statement s, String sequence, String table, String column) throws SQLException {
        // with no rows, the next id stays the first one (is_called = false)
        s.execute("SELECT setval(" + sequence + ", COALESCE(MAX(" + column + "), 1), MAX(" + column + ") IS NOT NULL)"
                + " FROM " + table);
    }
}
