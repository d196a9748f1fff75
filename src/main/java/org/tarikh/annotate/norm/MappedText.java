package org.tarikh.annotate.norm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A rewritten copy of a text that remembers, for every character, the span of the original text
 * it came from. Expressions found in the rewritten text are mapped back with {@link #toOriginalBegin}
 * / {@link #toOriginalEnd}, so offsets handed to the rest of Tarikh always point into the
 * original document.
 */
public final class MappedText {

    /** Replace {@code [begin, end)} of the current text by {@code replacement}. */
    public record Edit(int begin, int end, String replacement) {
    }

    private final String text;
    private final int[] origBegin;
    private final int[] origEnd;
    private final int originalLength;

    private MappedText(String text, int[] origBegin, int[] origEnd, int originalLength) {
        this.text = text;
        this.origBegin = origBegin;
        this.origEnd = origEnd;
        this.originalLength = originalLength;
    }

    public static MappedText identity(String original) {
        int n = original.length();
        int[] b = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            b[i] = i;
            e[i] = i + 1;
        }
        return new MappedText(original, b, e, n);
    }

    /**
     * A mapping read back from where it was stored (the CAS, {@code HeidelTimeViewAnnotator}):
     * {@code origBegin[i]}/{@code origEnd[i]} is the original span of character {@code i} of {@code text}.
     */
    public static MappedText of(String text, int[] origBegin, int[] origEnd, int originalLength) {
        if (origBegin.length != text.length() || origEnd.length != text.length()) {
            throw new IllegalArgumentException("an offset map needs one entry per character: " + text.length()
                    + " characters, " + origBegin.length + "/" + origEnd.length + " entries");
        }
        return new MappedText(text, origBegin.clone(), origEnd.clone(), originalLength);
    }

    /** For each character of {@link #text()}, where its original span begins (a copy). */
    public int[] originalBegins() {
        return origBegin.clone();
    }

    /** For each character of {@link #text()}, where its original span ends (a copy). */
    public int[] originalEnds() {
        return origEnd.clone();
    }

    public int originalLength() {
        return originalLength;
    }

    public String text() {
        return text;
    }

    public int toOriginalBegin(int i) {
        if (i >= text.length()) {
            return originalLength;
        }
        return origBegin[i];
    }

    public int toOriginalEnd(int i) {
        if (i <= 0) {
            return text.isEmpty() ? 0 : origBegin[0];
        }
        return origEnd[i - 1];
    }

    /**
     * Applies non-overlapping edits in one pass. Replacement characters cover the whole original
     * span of what they replace; a deletion is absorbed into the preceding character (so an
     * expression ending there still covers the deleted diacritic or bracketed twin month); an
     * insertion covers nothing (it maps to the position of the following character).
     */
    public MappedText apply(List<Edit> edits) {
        if (edits.isEmpty()) {
            return this;
        }
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::begin).thenComparingInt(Edit::end));
        StringBuilder sb = new StringBuilder(text.length() + 16);
        IntList nb = new IntList(text.length() + 16);
        IntList ne = new IntList(text.length() + 16);
        int pos = 0;
        for (Edit ed : sorted) {
            if (ed.begin() < pos) {
                continue; // overlapping edit: first one wins
            }
            for (; pos < ed.begin(); pos++) {
                sb.append(text.charAt(pos));
                nb.add(origBegin[pos]);
                ne.add(origEnd[pos]);
            }
            String r = ed.replacement();
            if (ed.begin() == ed.end()) {
                int at = ed.begin() < text.length() ? origBegin[ed.begin()] : originalLength;
                for (int k = 0; k < r.length(); k++) {
                    sb.append(r.charAt(k));
                    nb.add(at);
                    ne.add(at);
                }
            } else if (r.isEmpty()) {
                if (ne.size() > 0) {
                    ne.set(ne.size() - 1, Math.max(ne.get(ne.size() - 1), origEnd[ed.end() - 1]));
                }
            } else {
                int ob = origBegin[ed.begin()];
                int oe = origEnd[ed.end() - 1];
                for (int k = 0; k < r.length(); k++) {
                    sb.append(r.charAt(k));
                    nb.add(ob);
                    ne.add(oe);
                }
            }
            pos = ed.end();
        }
        for (; pos < text.length(); pos++) {
            sb.append(text.charAt(pos));
            nb.add(origBegin[pos]);
            ne.add(origEnd[pos]);
        }
        return new MappedText(sb.toString(), nb.toArray(), ne.toArray(), originalLength);
    }

    private static final class IntList {
        private int[] a;
        private int n;

        IntList(int cap) {
            a = new int[Math.max(4, cap)];
        }

        void add(int v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int get(int i) {
            return a[i];
        }

        void set(int i, int v) {
            a[i] = v;
        }

        int size() {
            return n;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
