package org.tarikh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.SpringBatchVersion;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The schema upgrade path of Spring Batch's tables (docs/storage.md, "Spring Batch upgrades").
 * {@code V1__Spring_batch_schema} runs the DDL of whatever spring-batch-core is on the classpath,
 * once per database: Flyway never runs it again, and as a Java migration it has no checksum, so
 * after a Spring Batch upgrade that changes the schema, databases made before the upgrade keep the
 * old tables while new ones get the new. {@value #SNAPSHOT} records the tables and columns V1
 * created with the Spring Batch version it names; when an upgrade changes them, this test fails
 * and says what to do.
 */
class SpringBatchSchemaTest {

    static final String SNAPSHOT = "org/tarikh/store/spring-batch-schema-h2.txt";

    private static DataSource memory(String name) {
        return new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** Spring Batch's tables, columns and sequences as H2 reports them, one sorted line each. */
    static List<String> batchSchema(DataSource ds) {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        List<String> lines = new ArrayList<>(jdbc.query("""
                SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, DATETIME_PRECISION, IS_NULLABLE
                FROM INFORMATION_SCHEMA.COLUMNS
                WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME LIKE 'BATCH\\_%'
                ORDER BY TABLE_NAME, ORDINAL_POSITION""",
                (rs, i) -> "column " + rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3)
                        + (rs.getObject(4) != null ? "(" + rs.getLong(4) + ")" : "")
                        + ("TIMESTAMP".equals(rs.getString(3)) ? "(" + rs.getLong(5) + ")" : "")
                        + ("NO".equals(rs.getString(6)) ? " NOT NULL" : "")));
        lines.addAll(jdbc.queryForList("""
                SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES
                WHERE SEQUENCE_SCHEMA = 'PUBLIC' AND SEQUENCE_NAME LIKE 'BATCH\\_%' ORDER BY SEQUENCE_NAME""",
                String.class).stream().map(s -> "sequence " + s).toList());
        lines.addAll(jdbc.queryForList("""
                SELECT TC.TABLE_NAME || ' ' || TC.CONSTRAINT_TYPE || ' (' || LISTAGG(KCU.COLUMN_NAME, ', ')
                       WITHIN GROUP (ORDER BY KCU.ORDINAL_POSITION) || ')'
                FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS TC
                JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE KCU
                  ON KCU.CONSTRAINT_SCHEMA = TC.CONSTRAINT_SCHEMA AND KCU.CONSTRAINT_NAME = TC.CONSTRAINT_NAME
                WHERE TC.TABLE_SCHEMA = 'PUBLIC' AND TC.TABLE_NAME LIKE 'BATCH\\_%'
                GROUP BY TC.TABLE_NAME, TC.CONSTRAINT_NAME, TC.CONSTRAINT_TYPE""",
                String.class).stream().map(s -> "key " + s).sorted().toList());
        return lines;
    }

    static List<String> snapshot() throws IOException {
        try (InputStream in = new ClassPathResource(SNAPSHOT).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    @Test
    void v1CreatesExactlyTheSchemaSpringBatchShips() throws Exception {
        DataSource migrated = memory("v1");
        Database.migrate(migrated);
        DataSource shipped = memory("shipped");
        try (Connection c = shipped.getConnection()) {
            ScriptUtils.executeSqlScript(c, new ClassPathResource("org/springframework/batch/core/schema-h2.sql"));
        }
        assertThat(batchSchema(migrated)).as("Spring Batch tables after Flyway's V1")
                .isNotEmpty()
                .containsExactlyElementsOf(batchSchema(shipped));
    }

    @Test
    void databasesMadeByTodaysV1StillMatchTheSpringBatchOnTheClasspath() throws Exception {
        DataSource migrated = memory("upgrade");
        Database.migrate(migrated);
        List<String> now = batchSchema(migrated);
        List<String> then = snapshot();
        assertThat(now)
                .withFailMessage(() -> "Spring Batch " + SpringBatchVersion.getVersion() + " creates a job repository"
                        + " schema that differs from the one V1 created when " + SNAPSHOT + " was recorded.\n"
                        + "Databases created before this upgrade keep the old schema: Flyway never re-runs V1.\n"
                        + "Add a Flyway migration (next free version) that brings an old database to the new schema,"
                        + " e.g. running spring-batch-core's org/springframework/batch/core/migration/<version>/"
                        + "migration-<platform>.sql, and that skips a database V1 already created with the new"
                        + " schema; then record the new schema in " + SNAPSHOT + " (docs/storage.md,"
                        + " \"Spring Batch upgrades\").\nonly in the recorded schema: "
                        + then.stream().filter(l -> !now.contains(l)).toList()
                        + "\nonly in the new schema: " + now.stream().filter(l -> !then.contains(l)).toList())
                .containsExactlyElementsOf(then);
    }
}
