package org.tarikh.annotate.norm;

import java.util.List;
import java.util.function.Predicate;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Loads Tarikh's rule data (src/main/resources/org/tarikh/annotate/*.txt) and compares Arabic
 * words the way the rules do: through Lucene's {@link ArabicNormalizer} (hamza forms of alef →
 * ا, ى → ي, ة → ه, no tatweel, no diacritics) plus Western digits.
 */
public final class Lexicon {

    private static final String BASE = "/org/tarikh/annotate/";
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();

    private Lexicon() {
    }

    /** Non-empty, non-comment lines of a resource file. */
    public static List<String> lines(String name) {
        return org.tarikh.RuleData.lines(Lexicon.class, BASE + name);
    }

    /** Tab-separated columns of each line. */
    public static List<String[]> table(String name) {
        return lines(name).stream().map(l -> l.split("\t")).toList();
    }

    /** The comparison form of a word or phrase. */
    public static String key(CharSequence s) {
        char[] buf = new char[s.length()];
        for (int i = 0; i < buf.length; i++) {
            buf[i] = asciiDigit(s.charAt(i));
        }
        int n = NORMALIZER.normalize(buf, buf.length);
        return new String(buf, 0, n);
    }

    /** Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits as ASCII digits; other chars unchanged. */
    public static char asciiDigit(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        return c;
    }

    /**
     * Whether {@code key} is such a word, alone or after the conjunction و or ف glued to it
     * («وقالت», «فأعلن» for «قالت», «أعلن»): the one place the rules check a word list through a
     * conjunction. At least two letters must remain («وقت» is not «و» + «قت» unless «قت» is a word).
     */
    public static boolean withConjunction(String key, Predicate<String> isWord) {
        return isWord.test(key)
                || key.length() > 2 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف') && isWord.test(key.substring(1));
    }

    /** Harakat, tanwin, shadda, sukun, superscript alef and tatweel: dropped before matching. */
    public static boolean isIgnorable(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
    }
}
