package org.tarikh.annotate.rules;

import java.util.HashMap;
import java.util.Map;

import org.tarikh.annotate.norm.Lexicon;

/** Numbers written in digits or words («ثلاثة», «خمسة عشر», «خمس وعشرين»), from number-words.txt. */
final class Numbers {

    /** A number and how many words it took. */
    record Num(int value, int words) {
    }

    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        for (String[] r : Lexicon.table("number-words.txt")) {
            WORDS.put(Lexicon.key(r[0]), Integer.parseInt(r[1]));
        }
    }

    private Numbers() {
    }

    /** The value of one number word of number-words.txt («ستين» → 60), in key form, or null. */
    static Integer word(String key) {
        return WORDS.get(key);
    }

    static Num at(TimexDoc doc, int i) {
        if (i < 0 || i >= doc.words.size()) {
            return null;
        }
        String k = doc.key(i);
        if (k.startsWith("ال") && k.length() > 4 && !doc.words.get(i).isNumber()) {
            k = k.substring(2); // «الاثني عشر شهرا»
        }
        if (doc.words.get(i).isNumber()) {
            return k.length() <= 6 ? new Num(Integer.parseInt(k), 1) : null;
        }
        String two = k + " " + doc.key(i + 1);
        if (WORDS.containsKey(two) && k != doc.key(i)) {
            return new Num(WORDS.get(two), 2);
        }
        if (WORDS.containsKey(two)) {
            return new Num(WORDS.get(two), 2);
        }
        Integer v = WORDS.get(k);
        if (v == null) {
            return null;
        }
        // «خمس وعشرين»
        String next = doc.key(i + 1);
        if (v < 10 && next.equals("و") && WORDS.containsKey(doc.key(i + 2)) && WORDS.get(doc.key(i + 2)) >= 20) {
            return new Num(v + WORDS.get(doc.key(i + 2)), 3);
        }
        return new Num(v, 1);
    }
}
