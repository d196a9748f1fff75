package org.tarikh.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words of a text with offsets, in the spelling the anchor's word lists are matched in. */
public final class ArabicWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private ArabicWords() {
    }

    record Word(int begin, int end, String text, String norm) {
    }

    static List<Word> words(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            String norm = normalize(m.group());
            if (!norm.isEmpty()) { // a run of diacritics or tatweel alone is no word
                out.add(new Word(m.start(), m.end(), m.group(), norm));
            }
        }
        return out;
    }

    /**
     * The spelling words are compared in: diacritics and tatweel out, «أ إ آ ٱ» as «ا», «ة» as
     * «ه», «ى» as «ي» (Lucene's ArabicNormalizer does the same), Arabic-Indic digits as ASCII.
     */
    public static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640') {
                continue;
            }
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
                case 'ة' -> b.append('ه');
                case 'ى' -> b.append('ي');
                default -> b.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
            }
        }
        return b.toString();
    }

    /** Whether every character of the word is an Arabic letter (no digits, no Latin letters: «com», «Next»). */
    static boolean arabicLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) || Character.UnicodeBlock.of(c) != Character.UnicodeBlock.ARABIC) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** Non-comment, non-blank lines of a resource next to this class. */
    static List<String> lines(String resource) {
        return org.tarikh.RuleData.lines(ArabicWords.class, resource);
    }
}
