package org.tarikh.annotate.accel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which of a fixed set of strings occur in a text, in one pass over the text
 * (Aho–Corasick), however many strings there are. Immutable after construction, so one
 * scanner serves every thread.
 */
final class LiteralScanner {

    /** Transitions: key (state << 16 | char) → next state. */
    private final Map<Long, Integer> next = new HashMap<>();
    private final int[] fail;
    /** For each state, the ids of the strings that end there (own and via failure links). */
    private final int[][] output;

    LiteralScanner(List<String> literals) {
        List<List<Integer>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        int states = 1;
        for (int id = 0; id < literals.size(); id++) {
            int s = 0;
            for (char c : literals.get(id).toCharArray()) {
                Integer t = next.get(key(s, c));
                if (t == null) {
                    t = states++;
                    next.put(key(s, c), t);
                    out.add(new ArrayList<>());
                }
                s = t;
            }
            out.get(s).add(id);
        }
        // children of each state, for the breadth-first construction of failure links
        List<List<long[]>> children = new ArrayList<>();
        for (int i = 0; i < states; i++) {
            children.add(new ArrayList<>());
        }
        next.forEach((k, v) -> children.get((int) (k >>> 16)).add(new long[] {k & 0xFFFF, v}));
        fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (long[] child : children.get(0)) {
            queue.add((int) child[1]);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (long[] child : children.get(s)) {
                char c = (char) child[0];
                int t = (int) child[1];
                int f = fail[s];
                while (f != 0 && !next.containsKey(key(f, c))) {
                    f = fail[f];
                }
                Integer g = next.get(key(f, c));
                fail[t] = g != null && g != t ? g : 0;
                out.get(t).addAll(out.get(fail[t]));
                queue.add(t);
            }
        }
        output = new int[states][];
        for (int i = 0; i < states; i++) {
            output[i] = out.get(i).stream().distinct().mapToInt(Integer::intValue).toArray();
        }
    }

    private static long key(int state, char c) {
        return ((long) state << 16) | c;
    }

    /** Sets, in {@code found}, the id of every string that occurs in text[from, to). */
    void scan(CharSequence text, int from, int to, BitSet found) {
        int s = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            Integer t;
            while ((t = next.get(key(s, c))) == null && s != 0) {
                s = fail[s];
            }
            s = t == null ? 0 : t;
            for (int id : output[s]) {
                found.set(id);
            }
        }
    }
}
