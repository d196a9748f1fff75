package org.tarikh.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PairScoresTest {

    private static long key(int i, int j) {
        return ((long) i << 32) | j;
    }

    @Test
    void readsWhatWasPutAndZeroForPairsNeverPut() {
        PairScores scores = new PairScores();
        Map<Long, Double> expected = new HashMap<>();
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) { // past several doublings of the table
            int i = random.nextInt(3000);
            int j = i + 1 + random.nextInt(3000);
            double s = random.nextDouble();
            scores.put(key(i, j), s);
            expected.put(key(i, j), s);
        }
        assertThat(scores.size()).isEqualTo(expected.size());
        for (Map.Entry<Long, Double> e : expected.entrySet()) {
            assertThat(scores.containsKey(e.getKey())).isTrue();
            assertThat(scores.get(e.getKey())).isEqualTo(e.getValue());
        }
        assertThat(scores.get(key(7000, 7001))).isZero();
        assertThat(scores.containsKey(key(7000, 7001))).isFalse();
        assertThat(scores.get(0)).isZero();
    }

    @Test
    void aSecondPutReplacesTheScore() {
        PairScores scores = new PairScores();
        scores.put(key(0, 1), 0.4);
        scores.put(key(0, 1), 1.0);
        assertThat(scores.get(key(0, 1))).isEqualTo(1.0);
        assertThat(scores.size()).isEqualTo(1);
    }
}
