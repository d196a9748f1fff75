package org.tarikh.store;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The database every command shares: an H2 file under {@code ./data/} unless a JDBC URL is
 * given. The schema is brought up to date with Flyway before anything reads or writes.
 */
public final class Database {

    public static final String DEFAULT_URL = "jdbc:h2:file:./data/tarikh;AUTO_SERVER=FALSE";

    private Database() {
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V1__Spring_batch_schema())
                .load()
                .migrate();
    }

    /** A simple connection source for the one-shot commands (timeline, export). */
    public static DataSource simple(String url) {
        try {
            return new SimpleDriverDataSource(java.sql.DriverManager.getDriver(url), url, "sa", "");
        } catch (java.sql.SQLException e) {
            throw new IllegalArgumentException("no JDBC driver for " + url, e);
        }
    }
}
