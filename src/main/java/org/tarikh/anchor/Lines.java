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
 * An article of two lines keys only a labelled bottom line, one of one line nothing; in any article,
 * a labelled line run on after the last line's last sentence («… . رابط الخبر بصحيفة الوئام: …»,
 * {@link #tailStart}) is keyed by its label.
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
        if (nonBlankAfter == 0) { // the last line: a labelled link run on after its last sentence
            int tail = tailStart(text, line[0], line[1]);
            if (tail >= 0 && offset >= tail) {
                return labelKey(text, tail, line[1]);
            }
        }
        String where = nonBlankBefore == 0 ? "B" : nonBlankAfter < 3 ? "E" : null;
        if (where == null) {
            return null;
        }
        if (lines.length < 3) { // a short article's lines are its text, but for a labelled bottom line («سمات: …»)
            return lines.length == 2 && "E".equals(where) ? labelKey(text, line[0], line[1]) : null;
        }
        // only at the bottom: a first line's lead before a dash is a dateline («الرياض - واس»), and its
        // sentence, the article's lead, is a happening
        String label = "E".equals(where) ? labelKey(text, line[0], line[1]) : null;
        return label != null ? label : keyOf(where, wordsWithoutNumbers(text, line[0], line[1]).stream().limit(2).toList());
    }

    /** The words of [{@code begin}, {@code end}) that are no numbers: what a key is made of. */
    private static List<ArabicWords.Word> wordsWithoutNumbers(String text, int begin, int end) {
        return ArabicWords.words(text, begin, end).stream().filter(w -> !Character.isDigit(w.norm().charAt(0))).toList();
    }

    /**
     * The key of a bottom line [{@code begin}, {@code end}) that starts with a label (one to
     * {@value #MAX_LEAD_WORDS} words, numbers dropped, before a {@link #separator}): «E|» and the
     * label; null if it has none.
     */
    private static String labelKey(String text, int begin, int end) {
        int head = separator(text, begin, end);
        List<ArabicWords.Word> lead = head < 0 ? List.of() : wordsWithoutNumbers(text, begin, head);
        return lead.isEmpty() || lead.size() > MAX_LEAD_WORDS ? null : keyOf("E", lead);
    }

    private static String keyOf(String where, List<ArabicWords.Word> words) {
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

    /** What ends a sentence before a run-on tail ({@link #tailStart}), when a space follows it. */
    private static final String SENTENCE_ENDS = ".!?\u061f";

    /** Words a run-on tail's label needs at least: «رابط الخبر بصحيفة الوئام:», not a speaker's «قال:». */
    static final int MIN_TAIL_LABEL_WORDS = 2;

    /**
     * Where a labelled line runs on after the last sentence of the line [{@code begin}, {@code end}),
     * or -1: «… في المنطقة. رابط الخبر بصحيفة الوئام: http://…». Sources that print their link
     * line at the end of a one-paragraph text put it there; as its own line it would be keyed by
     * its label. The tail starts after the rightmost sentence end (followed by a space) whose next
     * words are a label of {@value #MIN_TAIL_LABEL_WORDS} to {@value #MAX_LEAD_WORDS} words before a
     * separator; a link's own dots are followed by no space.
     */
    static int tailStart(String text, int begin, int end) {
        int lastInk = end - 1; // a separator needs something after it
        while (lastInk >= begin && Character.isWhitespace(text.charAt(lastInk))) {
            lastInk--;
        }
        // one pass from the right: the nearest separator is known at each sentence end, so a long line of
        // many sentences is not scanned again from each of them
        int next = -1; // the nearest separator at or after i
        int tooLong = -1; // a separator whose label was too long already from a sentence end nearer to it
        for (int i = end - 1; i > begin; i--) {
            if (labelSeparatorAt(text, i, begin, end)) {
                next = i;
            }
            if (i + 1 >= end || SENTENCE_ENDS.indexOf(text.charAt(i)) < 0 || !Character.isWhitespace(text.charAt(i + 1))) {
                continue;
            }
            int t = i + 1;
            while (t < end && Character.isWhitespace(text.charAt(t))) {
                t++;
            }
            // a dash right at t counts only with a space after it, as separator(text, t, end) reads it
            int head = next == t ? separator(text, t, end) : next > t && next < lastInk ? next : -1;
            if (head <= t || head == tooLong) {
                continue;
            }
            int label = wordsWithoutNumbers(text, t, head).size();
            if (label > MAX_LEAD_WORDS) {
                tooLong = head; // every sentence end further left has more words before it
            } else if (label >= MIN_TAIL_LABEL_WORDS) {
                return t;
            }
        }
        return -1;
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
        int tail = tail(text); // the last line's run-on tail, keyed apart from the line's start
        if (tail >= 0) {
            out.add(labelKey(text, tail, lineAt(text, tail)[1]));
        }
        return List.copyOf(out);
    }

    /** Where the text's last non-blank line has a labelled run-on tail ({@link #tailStart}), or -1. */
    public static int tail(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return -1;
        }
        int[] last = lineAt(text, end - 1);
        return tailStart(text, last[0], Math.min(last[1], end));
    }

    /**
     * The line of the event at [{@code begin}, {@code end}) as a search sees it ({@code --query}
     * matches an event's paragraph): {@link #lineAt}, but the text's first line starts after its
     * dateline ({@link #leadStart}) for the events that go on after it. A dateline names where a report was filed and who filed it («سبق-
     * الرياض:»), not what it is about: as part of the lead, «الرياض» made every such report
     * match a query for Riyadh (docs/chronology.md, "Filters").
     */
    public static int[] searchLineAt(String text, int begin, int end) {
        return searchLineAt(text, begin, end, leadStart(text));
    }

    /** As above, {@code lead} the text's {@link #leadStart} (computed once for all its events). */
    public static int[] searchLineAt(String text, int begin, int end, int lead) {
        int[] line = lineAt(text, begin);
        // an event that ends inside what looks like a dateline («عاجل - انفجار في الرياض» alone on a line) keeps its line
        if (lead > line[0] && lead <= line[1] && end > lead) {
            return new int[] {lead, line[1]};
        }
        return line;
    }

    /** Words a dateline's segment may have (a name, a source, a place: «عبدالله البرقاوي», «سبق», «خميس مشيط»). */
    static final int DATELINE_SEGMENT_WORDS = 4;
    /** Segments a dateline may have («سعود الدعجاني، ذياب الشمري- سبق- الرياض:»). */
    static final int DATELINE_SEGMENTS = 4;
    /** Words the last segment of a dateline that is the whole line may have (a place, a source). */
    static final int DATELINE_LAST_WORDS = 3;
    /** Words a dateline of one segment may have («الرياض - محمد الحيدر نظمت …»: «الرياض -»). */
    static final int DATELINE_ONE_SEGMENT_WORDS = 2;

    /**
     * Where the text's first non-blank line goes on after a dateline at its head, or -1 if it
     * has none. A dateline is a run of short segments (up to {@value #DATELINE_SEGMENT_WORDS}
     * words each, at least one a letter word) each ended by a separator: «:», a dash («-» «–» «—»,
     * spaced or joining two words: «البرقاوي-سبق-الرياض:») or a tatweel next to a space («محمود
     * وهبي ـ جدة»). It is either two to {@value #DATELINE_SEGMENTS} such segments ending in a
     * colon, a dash, or the end of the line after a last segment of up to
     * {@value #DATELINE_LAST_WORDS} words («سبق- الرياض:», «خالد خليل- سبق- الرياض:», «نافل
     * السبيعي – سبق:», «عين اليوم – الرياض»), or one segment of up to
     * {@value #DATELINE_ONE_SEGMENT_WORDS} words before a dash or tatweel with a space on each side
     * («الرياض - محمد الحيدر نظمت …»), the next segment not ended by a dash. A sentence's first
     * words before a parenthetical between dashes («التنظيم الداعشي الإرهابي -كما جاء …», «غادر -بحفظ
     * الله ورعايته-», «وصل - بحفظ الله ورعايته -», «أدت اتفاقية سايكس - بيكو …») are no dateline, nor is
     * a speaker before a colon («قال المرصد السوري: …»).
     */
    public static int leadStart(String text) {
        int b = 0;
        int n = text.length();
        // the first non-blank line
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                b = i + 1;
            } else if (!Character.isWhitespace(c)) {
                break;
            }
        }
        if (b >= n) {
            return -1;
        }
        int end = text.indexOf('\n', b);
        end = end < 0 ? n : end;
        int at = b;
        int segments = 0;
        int lastEnd = -1; // after the last separator of the run
        boolean spacedOne = false; // the first segment ends in a dash or tatweel with a space on each side
        int firstWords = 0;
        boolean closed = false; // the run ends in a colon or at the end of the line (not in a dash)
        while (segments < DATELINE_SEGMENTS) {
            int words = 0;
            boolean letters = false;
            boolean inWord = false;
            int sep = -1;
            int i = at;
            for (; i < end; i++) {
                char c = text.charAt(i);
                if (separatorAt(text, i, b, end)) {
                    sep = i;
                    break;
                }
                if (Character.isWhitespace(c) || c == '\u200f' || c == '\u202b' || c == '\u202c' || c == '،' || c == ',') {
                    inWord = false;
                    continue;
                }
                if (!inWord) {
                    words++;
                    inWord = true;
                    if (words > DATELINE_SEGMENT_WORDS) {
                        break;
                    }
                }
                if (Character.isLetter(c)) {
                    letters = true;
                }
            }
            if (words > DATELINE_SEGMENT_WORDS || words == 0 || !letters) {
                break;
            }
            if (sep < 0) { // the line ends: «عين اليوم – الرياض», «حامد القرشي- مكة المكرمة»
                if (segments >= 1 && words <= DATELINE_LAST_WORDS) {
                    segments++;
                    lastEnd = end;
                    closed = true;
                }
                break;
            }
            segments++;
            if (segments == 1) {
                firstWords = words;
                char c = text.charAt(sep);
                spacedOne = c != ':' && sep > b && Character.isWhitespace(text.charAt(sep - 1)) && sep + 1 < end
                        && Character.isWhitespace(text.charAt(sep + 1));
            }
            at = sep + 1;
            while (at < end && text.charAt(at) == text.charAt(sep)) { // «ـــ», «--»
                at++;
            }
            lastEnd = at;
            if (text.charAt(sep) == ':') {
                closed = true;
                break; // a colon ends a dateline
            }
        }
        // a run of segments ending in a dash is a parenthetical («غادر -بحفظ الله ورعايته-», «أعلنت قيادة قوات
        // التحالف - في بيان -»), not a dateline
        if (segments >= 2 && closed || segments == 1 && spacedOne && firstWords <= DATELINE_ONE_SEGMENT_WORDS) {
            while (lastEnd < end && Character.isWhitespace(text.charAt(lastEnd))) {
                lastEnd++;
            }
            return lastEnd;
        }
        return -1;
    }

    /** A dateline separator at {@code i}: a colon, a dash, or a tatweel with a space before or after it. */
    private static boolean separatorAt(String text, int i, int begin, int end) {
        char c = text.charAt(i);
        if (c == ':' || c == '-' || c == '\u2013' || c == '\u2014') {
            return true;
        }
        return c == '\u0640' && (i > begin && Character.isWhitespace(text.charAt(i - 1))
                || i + 1 < end && Character.isWhitespace(text.charAt(i + 1)));
    }

    /** A line's lead before a separator is its key only up to this many words (else a sentence, not a label). */
    static final int MAX_LEAD_WORDS = 5;

    /**
     * Where the line's first separator sits: «:» or «|» anywhere, a dash («-» «–» «—») only with a
     * space on one side (not inside a hyphenated word); -1 if none, or nothing follows it.
     */
    private static int separator(String text, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (labelSeparatorAt(text, i, begin, end)) {
                return text.substring(i + 1, end).isBlank() ? -1 : i;
            }
        }
        return -1;
    }

    /** A label's separator at {@code i} of [{@code begin}, {@code end}): «:», «|», or a dash with a space on one side. */
    private static boolean labelSeparatorAt(String text, int i, int begin, int end) {
        char c = text.charAt(i);
        return c == ':' || c == '|' || ((c == '-' || c == '\u2013' || c == '\u2014')
                && ((i > begin && Character.isWhitespace(text.charAt(i - 1)))
                        || (i + 1 < end && Character.isWhitespace(text.charAt(i + 1)))));
    }
}
