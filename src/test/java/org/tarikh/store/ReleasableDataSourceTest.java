package org.tarikh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

/**
 * The job's connections to H2 wait for a row lock as long as another chunk's transaction may
 * take on a busy machine, not H2's 1 s, after which the run failed (issue 16).
 */
class ReleasableDataSourceTest {

    @Test
    void h2ConnectionsOfTheJobWaitLongerForLocksThanH2sDefault() throws Exception {
        try (ReleasableDataSource ds = new ReleasableDataSource("jdbc:h2:mem:lock-timeout-test", "sa", "");
             Connection c = ds.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT LOCK_TIMEOUT()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(Database.H2_LOCK_TIMEOUT_MS).isGreaterThan(1000);
        }
    }

    @Test
    void aJobWithMoreThreadsThanHikarisDefaultPoolGetsAConnectionForEachThreadAndTwoMore() throws Exception {
        int threads = 12;
        try (ReleasableDataSource ds = new ReleasableDataSource("jdbc:h2:mem:pool-size-test", "sa", "", threads)) {
            assertThat(ds.maximumPoolSize()).isEqualTo(threads + 2);
            java.util.List<Connection> held = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < threads + 2; i++) {
                    held.add(ds.getConnection()); // with Hikari's 10, the eleventh waits and fails
                }
                assertThat(held).hasSize(threads + 2);
            } finally {
                for (Connection c : held) {
                    c.close();
                }
            }
        }
        assertThat(new ReleasableDataSource("jdbc:h2:mem:x", "sa", "", 2).maximumPoolSize()).isEqualTo(10);
    }

    @Test
    void otherDatabasesKeepTheirOwnLockWaits() {
        assertThat(Database.connectionInitSql("jdbc:postgresql://127.0.0.1:5432/test")).isNull();
        assertThat(Database.connectionInitSql("jdbc:h2:file:./data/tarikh")).contains("LOCK_TIMEOUT");
    }
}
