package org.tarikh.anchor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The relative pronouns and copulas of {@code describing-relatives.txt}: which pronoun may open a clause telling
 * the happening of the event noun before it, with its agreement, and which copulas date that noun. The anchoring
 * ({@link TriggerLexicon}) and the chronology's chains ({@code ArticleChains}) read the same file through this
 * class, which loads nothing else: a query that only needs the agreement does not build the trigger lexicon.
 */
final class RelativePronouns {

    /** The file's words, loaded on first use. */
    static RelativePronouns defaults() {
        return Holder.DEFAULT;
    }

    private static final class Holder {
        static final RelativePronouns DEFAULT = new RelativePronouns();
    }

    /** Pronoun → whether it is masculine (never after a feminine noun). */
    private final Map<String, Boolean> describing = new HashMap<>();
    private final Set<String> copulas = new HashSet<>();

    private RelativePronouns() {
        for (String line : ArabicWords.lines("describing-relatives.txt")) {
            String[] f = line.split("\\s+");
            for (int i = 1; i < f.length; i++) {
                if (f[0].equals("copula")) {
                    copulas.add(ArabicWords.normalize(f[i]));
                } else {
                    describing.put(ArabicWords.normalize(f[i]), f[0].equals("masculine"));
                }
            }
        }
    }

    /**
     * Whether the normalized {@code pronoun} right after the normalized event noun {@code noun} can tell that
     * noun's own happening: «التفجير الذي استهدف …», not «الزيارة الذي».
     */
    boolean describes(String pronoun, String noun) {
        Boolean masculine = describing.get(pronoun);
        if (masculine == null) {
            return false;
        }
        return !masculine || !(noun.endsWith("ه") || noun.endsWith("ات"));
    }

    /** «كان», «ستكون»: a copula opening a relative clause that dates its head event noun. */
    boolean copula(String norm) {
        return copulas.contains(norm);
    }
}
