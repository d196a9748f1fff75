package org.tarikh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

class RunCountsTest {

    @Test
    void partitionsKeepTheirOwnRowsAndTheRunIsTheirSum() {
        DataSource ds = Database.simple("jdbc:h2:mem:counts-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Database.migrate(ds);
        RunCounts counts = new RunCounts(ds);

        // two partitions of one run, each counting the same names: no key collides
        counts.add(1L, "annotate-partition:partition0", Map.of("tarikh.articles", 3L, "tarikh.read", 4L));
        counts.add(1L, "annotate-partition:partition1", Map.of("tarikh.articles", 2L, "tarikh.read", 2L));
        counts.add(1L, "annotate-partition:partition0", Map.of("tarikh.articles", 1L));
        counts.add(2L, "annotate", Map.of("tarikh.articles", 7L));

        assertThat(counts.of(1L)).containsExactlyInAnyOrderEntriesOf(Map.of("tarikh.articles", 6L, "tarikh.read", 6L));
        assertThat(counts.of(2L)).containsExactlyEntriesOf(Map.of("tarikh.articles", 7L));
    }
}
