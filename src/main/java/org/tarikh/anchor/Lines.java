package org.tarikh.anchor;

import java.util.List;

/**
 * Where an event's line (paragraph) sits in its article. Boilerplate («رابط الخبر بصحيفة …»,
 * tag lists «سمات …») is a line a source repeats across its articles, always at the top or the
 * bottom, starting with the same words while the rest varies (the title, the tags): its key is
 * its place (first line, or one of the last three) and its first two words, numbers dropped.
 * A line among the last three that starts with a label, one to {@value #MAX_LEAD_WORDS} words before a separator
 * («:» «|» « - »), is keyed by the whole label instead, so «سمات: الحوثي، اليمن» and
 * «سمات: داعش» share the key «سمات» while what follows the separator varies. Not the first
 * line: there the words before a dash are a dateline («الرياض - واس») before the lead.
 */
public final class Lines {

    private Lines() {
    }

    /** The line around {@code offset}: [begin, end). */
    public static int[] lineAt(String text, int offset) {
        int b = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        if (offset == 0) {
            b = 0;
        }
        int e = text.indexOf('\n', offset);
        return new int[] {b, e < 0 ? text.length() : e};
    }

    /** The boilerplate key of the line holding {@code offset}, or null for a line in the middle of the text. */
    public static String key(String text, int offset) {
        int[] line = lineAt(text, offset);
        String[] lines = text.strip().split("\\n");
        int nonBlankBefore = 0;
        int nonBlankAfter = 0;
        int at = 0;
        for (String l : text.split("\\n", -1)) {
            int end = at + l.length();
            if (!l.isBlank()) {
                if (end <= line[0]) {
                    nonBlankBefore++;
                } else if (at >= line[1]) {
                    nonBlankAfter++;
                }
            }
            at = end + 1;
        }
        String where = nonBlankBefore == 0 ? "B" : nonBlankAfter < 3 ? "E" : null;
        if (where == null || lines.length < 3) {
            return null;
        }
        // only at the bottom: a first line's lead before a dash is a dateline («الرياض - واس»), and its
        // sentence, the article's lead, is a happening
        int head = "E".equals(where) ? separator(text, line[0], line[1]) : -1;
        List<ArabicWords.Word> lead = head < 0 ? List.of() : ArabicWords.words(text, line[0], head).stream()
                .filter(w -> !Character.isDigit(w.norm().charAt(0))).toList();
        List<ArabicWords.Word> words = !lead.isEmpty() && lead.size() <= MAX_LEAD_WORDS ? lead
                : ArabicWords.words(text, line[0], line[1]).stream()
                        .filter(w -> !Character.isDigit(w.norm().charAt(0))).limit(2).toList();
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder k = new StringBuilder(where).append('|');
        for (ArabicWords.Word w : words) {
            k.append(w.norm()).append(' ');
        }
        String key = k.toString().strip();
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    /**
     * The keys of the text's boundary lines (the first non-blank line and the last three), in
     * text order without repeats: what a source's repeated lines are counted over, whether or not
     * a line holds an event.
     */
    public static List<String> keys(String text) {
        List<Integer> starts = new java.util.ArrayList<>();
        int at = 0;
        for (String l : text.split("\\n", -1)) {
            if (!l.isBlank()) {
                starts.add(at);
            }
            at += l.length() + 1;
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i < starts.size(); i++) {
            if (i == 0 || i >= starts.size() - 3) {
                String k = key(text, starts.get(i));
                if (k != null) {
                    out.add(k);
                }
            }
        }
        return List.copyOf(out);
    }

    /** A line's lead before a separator is its key only up to this many words (else a sentence, not a label). */
    static final int MAX_LEAD_WORDS = 5;

    /**
     * Where the line's first separator sits: «:» or «|» anywhere, a dash («-» «–» «—») only with a
     * space on one side (not inside a hyphenated word); -1 if none, or nothing follows it.
     */
    private static int separator(String text, int begin, int end) {
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            boolean sep = c == ':' || c == '|' || ((c == '-' || c == '\u2013' || c == '\u2014')
                    && ((i > begin && Character.isWhitespace(text.charAt(i - 1)))
                            || (i + 1 < end && Character.isWhitespace(text.charAt(i + 1)))));
            if (sep) {
                return text.substring(i + 1, end).isBlank() ? -1 : i;
            }
        }
        return -1;
    }
}
