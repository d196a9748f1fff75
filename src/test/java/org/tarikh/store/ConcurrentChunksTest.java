package org.tarikh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarikh.chronology.ChronologyDatabase;

/**
 * Two partitions' chunks write into the same tables at once, and neither waits for the other's
 * commit: while one chunk's transaction is open with its article, expressions, events, search
 * index rows and counts written, the other's writes go through under a lock timeout of 100 ms
 * (H2's default is 1 s; the job's connections wait up to {@link Database#H2_LOCK_TIMEOUT_MS}).
 * The one row both used to update, the search index's generation, goes up after each commit in a
 * transaction of its own ({@code SearchIndex.staleFrequencies}).
 */
class ConcurrentChunksTest {

    @Test
    void aChunkDoesNotWaitForTheOtherPartitionsOpenTransaction() throws Exception {
        DataSource ds = ChronologyDatabase.create("jdbc:h2:mem:chunks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        RunCounts counts = new RunCounts(ds);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch otherDone = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<?> open = first.submit(() -> tx.executeWithoutResult(s -> {
                ChronologyDatabase.store(ds, "partition-0", "سيفتتح المعرض يوم 7 أبريل 2021 في الرياض بحضور الوزير");
                counts.add(1, "annotate-partition:partition0", Map.of("tarikh.articles", 1L));
                written.countDown();
                try {
                    otherDone.await(30, TimeUnit.SECONDS); // held open until the other chunk has committed
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
            tx.executeWithoutResult(s -> {
                new JdbcTemplate(ds).execute("SET LOCK_TIMEOUT 100");
                ChronologyDatabase.store(ds, "partition-1", "افتتح الوزير المعرض يوم 7 أبريل 2021 في جدة وسط حضور كبير");
                counts.add(1, "annotate-partition:partition1", Map.of("tarikh.articles", 1L));
            });
            otherDone.countDown();
            open.get(30, TimeUnit.SECONDS);
        } finally {
            otherDone.countDown();
            first.shutdownNow();
        }
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        assertThat(jdbc.queryForList("SELECT id FROM article WHERE id LIKE 'partition-%' ORDER BY id", String.class))
                .containsExactly("partition-0", "partition-1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_indexed", Integer.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM article", Integer.class));
    }
}
