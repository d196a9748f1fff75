package org.tarikh.annotate.norm;

import java.util.ArrayList;
import java.util.List;

/** A light word splitter for rule matching: runs of letters/digits/marks, and single other characters. */
public final class Words {

    /** One word (or punctuation character) with its comparison key. */
    public record Word(int begin, int end, String text, String key) {
        public boolean isNumber() {
            return !key.isEmpty() && key.chars().allMatch(Character::isDigit);
        }
    }

    private Words() {
    }

    public static List<Word> split(String text) {
        List<Word> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (isWordChar(c)) {
                int s = i;
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
                String w = text.substring(s, i);
                out.add(new Word(s, i, w, Lexicon.key(w)));
            } else {
                out.add(new Word(i, i + 1, String.valueOf(c), String.valueOf(c)));
                i++;
            }
        }
        return out;
    }

    public static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || c == '\u0640';
    }
}
