package org.tarikh.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A throw-away database on the local PostgreSQL (127.0.0.1:5432, user postgres, trust
 * authentication: what .ci/run starts): created with a random name, dropped on close.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    public static final String USER = "postgres";

    private final String name;

    public LocalPostgres(String prefix) throws SQLException {
        this.name = prefix + "_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        admin("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
    }

    public String name() {
        return name;
    }

    /** The database's URL, without credentials (a job definition gives them). */
    public String url() {
        return SERVER + name;
    }

    /** The URL with the user in it, for commands that take only {@code --db}. */
    public String urlWithUser() {
        return url() + "?user=" + USER;
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
