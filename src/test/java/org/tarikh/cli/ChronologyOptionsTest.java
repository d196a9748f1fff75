package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarikh.store.Database;

/** The read-only commands skip Flyway only when every migration Tarikh carries is applied. */
class ChronologyOptionsTest {

    @Test
    void flywayIsSkippedOnlyWhenEveryMigrationIsApplied() {
        DataSource ds = Database.simple("jdbc:h2:mem:options-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        assertThat(ChronologyOptions.migrated(ds)).as("a new database").isFalse();
        Database.migrate(ds);
        assertThat(ChronologyOptions.migrated(ds)).as("migrated").isTrue();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        String last = jdbc.queryForObject("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL"
                + " ORDER BY \"installed_rank\" DESC LIMIT 1", String.class);
        jdbc.update("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = ?", last);
        assertThat(ChronologyOptions.migrated(ds)).as("last migration failed").isFalse();
        jdbc.update("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = ?", last);
        assertThat(ChronologyOptions.migrated(ds)).as("last migration missing").isFalse();
    }
}
