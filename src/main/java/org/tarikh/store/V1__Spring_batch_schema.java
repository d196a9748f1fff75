package org.tarikh.store;

import java.sql.Connection;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates Spring Batch's job repository tables with the DDL script that ships inside
 * spring-batch-core for this database, so the schema always matches the Batch version we
 * run and all schema changes go through Flyway.
 */
public class V1__Spring_batch_schema extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String platform = platform(connection.getMetaData().getDatabaseProductName());
        ScriptUtils.executeSqlScript(connection,
                new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"));
        if (platform.equals("postgresql")) {
            // Tarikh's migrations write long texts as the SQL standard's CLOB, which H2 has and
            // PostgreSQL calls text: this name lets the same migrations run on both
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE DOMAIN clob AS text");
            }
        }
    }

    static String platform(String productName) {
        String p = productName.toLowerCase(Locale.ROOT);
        if (p.contains("h2")) {
            return "h2";
        }
        if (p.contains("postgres")) {
            return "postgresql";
        }
        if (p.contains("mysql") || p.contains("mariadb")) {
            return p.contains("mariadb") ? "mariadb" : "mysql";
        }
        if (p.contains("hsql")) {
            return "hsqldb";
        }
        if (p.contains("oracle")) {
            return "oracle";
        }
        if (p.contains("sql server")) {
            return "sqlserver";
        }
        throw new IllegalStateException("no Spring Batch schema for database " + productName);
    }
}
