package org.tarikh.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.jdbc.datasource.AbstractDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The connection pool of {@code run} and {@code schedule}, which can let go of the database
 * completely: {@link #release()} closes every connection (and so H2's hold on the file) and
 * returns only when they are closed; the next {@link #getConnection()} opens a new pool.
 * {@code schedule} releases it while it waits for the next run.
 */
public final class ReleasableDataSource extends AbstractDataSource implements AutoCloseable {

    private final String url;
    private volatile HikariDataSource pool;

    private final String user;
    private final String password;

    private final int maximumPoolSize;

    /** A pool for this URL, connecting with these credentials (a job definition's {@code credentials}). */
    public ReleasableDataSource(String url, String user, String password) {
        this(url, user, password, DEFAULT_POOL_SIZE);
    }

    /** Hikari's default maximum pool size. */
    static final int DEFAULT_POOL_SIZE = 10;

    /**
     * A pool of at least {@code threads + 2} connections (and never fewer than Hikari's default 10):
     * each partition thread holds one for its chunk and asks for a second one after the commit (the
     * search index's generation bump, in a transaction of its own), and the step and job
     * repository need theirs.
     */
    public ReleasableDataSource(String url, String user, String password, int threads) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.maximumPoolSize = Math.max(DEFAULT_POOL_SIZE, threads + 2);
    }

    /** The most connections the pool opens. */
    public int maximumPoolSize() {
        return maximumPoolSize;
    }

    private HikariDataSource pool() {
        HikariDataSource p = pool;
        if (p == null) {
            synchronized (this) {
                if (pool == null) {
                    HikariConfig config = new HikariConfig();
                    config.setJdbcUrl(url);
                    config.setUsername(user);
                    config.setPassword(password);
                    config.setMaximumPoolSize(maximumPoolSize);
                    config.setMinimumIdle(0); // no connection is opened for its own sake
                    config.setPoolName("tarikh");
                    String init = Database.connectionInitSql(url);
                    if (init != null) {
                        config.setConnectionInitSql(init); // H2: wait for another chunk's commit, not 1 s
                    }
                    pool = new HikariDataSource(config);
                }
                p = pool;
            }
        }
        return p;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return pool().getConnection(username, password);
    }

    /** Closes every connection, waiting until they are closed; only call it when none is in use. */
    public synchronized void release() {
        HikariDataSource p = pool;
        pool = null;
        if (p != null) {
            p.close();
        }
    }

    @Override
    public void close() {
        release();
    }
}
