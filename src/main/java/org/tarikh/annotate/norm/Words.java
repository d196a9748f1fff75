package org.tarikh.annotate.norm;

import java.util.ArrayList;
import java.util.List;

import org.tarikh.annotate.ArabicTokenAnnotator;
import org.tarikh.annotate.Span;

/** Words for rule matching: runs of letters/digits/marks, and single other characters. */
public final class Words {

    /** One word (or punctuation character) with its comparison key. */
    public record Word(int begin, int end, String text, String key) {
        public boolean isNumber() {
            return !key.isEmpty() && key.chars().allMatch(Character::isDigit);
        }
    }

    private Words() {
    }

    /** The words are the tokens HeidelTime sees ({@link ArabicTokenAnnotator}), each with its key. */
    public static List<Word> split(String text) {
        List<Word> out = new ArrayList<>();
        for (Span t : ArabicTokenAnnotator.tokenize(text)) {
            String w = text.substring(t.begin(), t.end());
            boolean word = ArabicTokenAnnotator.isWordChar(w.charAt(0));
            out.add(new Word(t.begin(), t.end(), w, word ? Lexicon.key(w) : w));
        }
        return out;
    }
}
