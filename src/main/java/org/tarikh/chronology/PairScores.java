package org.tarikh.chronology;

/**
 * The scores of the candidate pairs of one {@link EventSimilarity}: a map from a pair's key
 * ({@code i << 32 | j}, {@code i < j}, never 0) to its score, open-addressed over primitive
 * arrays. A chronology of a few hundred articles scores hundreds of thousands of pairs; a
 * {@code HashMap<Long, Double>} boxed two objects and an entry for each. A pair never scored
 * reads 0.
 */
final class PairScores {

    /**
     * The key of the unordered pair {@code {i, j}} of distinct non-negative indexes: the smaller index in the
     * high 32 bits, the larger in the low ones (never 0). Events, chains and clusters are keyed by it.
     */
    static long key(int i, int j) {
        return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
    }

    private long[] keys = new long[1 << 12];
    private double[] values = new double[1 << 12];
    private int size;

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & (keys.length - 1);
    }

    /** The score of this pair, 0 if it was never put. */
    double get(long key) {
        if (key == 0) {
            return 0;
        }
        for (int s = slot(key);; s = (s + 1) & (keys.length - 1)) {
            if (keys[s] == key) {
                return values[s];
            }
            if (keys[s] == 0) {
                return 0;
            }
        }
    }

    boolean containsKey(long key) {
        if (key == 0) {
            return false;
        }
        for (int s = slot(key);; s = (s + 1) & (keys.length - 1)) {
            if (keys[s] == key) {
                return true;
            }
            if (keys[s] == 0) {
                return false;
            }
        }
    }

    void put(long key, double value) {
        if (key == 0) {
            throw new IllegalArgumentException("pair key 0");
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int s = slot(key);
        while (keys[s] != 0 && keys[s] != key) {
            s = (s + 1) & (keys.length - 1);
        }
        if (keys[s] == 0) {
            keys[s] = key;
            size++;
        }
        values[s] = value;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new double[oldKeys.length * 2];
        size = 0;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != 0) {
                put(oldKeys[k], oldValues[k]);
            }
        }
    }
}
