package org.tarikh.annotate.morph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tarikh.annotate.norm.Lexicon;

/**
 * The verb morphology Tarikh reads tense from ({@code rules.Tense}). A POS tagger for HeidelTime
 * built on it (commit fff884a, ArabicPosAnnotator) changed nothing measurable and was dropped
 * (docs/annotators.md). Words are compared in their
 * {@link Lexicon#key} form (ة → ه, hamza forms of alef → ا, ى → ي).
 * <ul>
 *   <li>future: «سوف», future cues («المقرر», «يعتزم», «المقبل»; future-markers.txt) and the
 *   particle سـ glued to an imperfect verb («سيعقد»; not the nouns of future-exclusions.txt);</li>
 *   <li>imperfect: a prefix ي ت ن with at least three more letters and no noun ending («تبدأ»,
 *   «ينطلق»; not «نجوم»-like plurals, ta marbuta or تفعيل verbal nouns), any three-letter word with
 *   ي («يصل», «يقع») and listed three-letter ones with ت/ن («تصل»; verbs.txt);</li>
 *   <li>perfect: a feminine ending ـت («بدأت»; normalized, plurals in ـات look alike), a plural ending ـوا («عقدوا») or a listed verb
 *   («قال», «تم»; verbs.txt);</li>
 *   <li>«لم» + imperfect is past in meaning («لم يحدد»), «لن» + imperfect future;</li>
 *   <li>after a particle that a verb follows (verb-particles.txt: «قد», «عندما», «بعدما») a word
 *   that is no imperfect is a perfect verb when it could be one: three to six letters, no article,
 *   no noun ending (ة, ات, ين, ون), no digit, not one of Lucene's Arabic stop words («وعندما سحب
 *   العلاج»: «سحب» alone reads as the noun "withdrawal").</li>
 * </ul>
 * Words listed in not-verbs.txt («تحت», «وقت») are never verbs.
 */
public final class Morphology {

    /** What a word says about the time of its clause. */
    public enum Aspect {
        /** No verb or cue. */
        NONE,
        /** Perfect verb, or an imperfect after «لم»: the clause is about the past. */
        PAST,
        /** Imperfect verb: present, or a schedule («يصل الوفد الخميس»). */
        IMPERFECT,
        /** A future particle or cue («سوف», «سيعقد», «المقرر», «لن»). */
        FUTURE
    }

    private static final Set<String> FUTURE = new HashSet<>();
    private static final List<String> FUTURE_PREFIXES = new ArrayList<>();
    private static final Set<String> FUTURE_EXCLUDED = keys("future-exclusions.txt");
    private static final Set<String> NOT_VERBS = keys("not-verbs.txt");
    private static final Map<String, Boolean> VERBS = new HashMap<>(); // key → perfect?
    private static final String PAST_NEGATION = Lexicon.key("لم");
    private static final String FUTURE_NEGATION = Lexicon.key("لن");
    private static final Set<String> VERB_PARTICLES = keys("verb-particles.txt");
    private static final Set<String> STOP_WORDS = stopWords();

    static {
        for (String l : Lexicon.lines("future-markers.txt")) {
            if (l.startsWith("prefix:")) {
                FUTURE_PREFIXES.add(Lexicon.key(l.substring(7)));
            } else {
                FUTURE.add(Lexicon.key(l));
            }
        }
        for (String[] r : Lexicon.table("verbs.txt")) {
            VERBS.put(Lexicon.key(r[0]), "perfect".equals(r[1].strip()));
        }
    }

    private Morphology() {
    }

    private static Set<String> keys(String file) {
        Set<String> s = new HashSet<>();
        for (String l : Lexicon.lines(file)) {
            s.add(Lexicon.key(l.split("\t")[0]));
        }
        return s;
    }

    /** Lucene's Arabic stop words («بعد», «عند», «كل», «هذا»), compared in the Lexicon.key form. */
    private static Set<String> stopWords() {
        Set<String> s = new HashSet<>();
        for (Object w : org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet()) {
            s.add(Lexicon.key(new String((char[]) w)));
        }
        return s;
    }

    /**
     * Whether {@code previous} is a particle that a verb follows (verb-particles.txt), with or
     * without a conjunction («وعندما», «فقد»), and {@code v} (without its conjunction) could be a
     * perfect verb there: three to six letters, no article, no noun ending, no digit, no stop word.
     */
    static boolean perfectAfterParticle(String v, String previous) {
        if (!Lexicon.withConjunction(previous, VERB_PARTICLES::contains) || v.length() < 3 || v.length() > 6 || v.startsWith("ال")
                || NOT_VERBS.contains(v) || STOP_WORDS.contains(v) || VERB_PARTICLES.contains(v)) {
            return false;
        }
        if (v.endsWith("ه") || v.endsWith("ات") || v.endsWith("ين") || v.endsWith("ون")) {
            return false; // ta marbuta, plurals: «قد يكون»-like verbs are imperfects, read before this
        }
        for (int i = 0; i < v.length(); i++) {
            if (!Character.isLetter(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The word without a leading conjunction و/ف when enough remains to be a verb («وسيعقد»). */
    public static String withoutConjunction(String key) {
        return key.length() > 4 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف') ? key.substring(1) : key;
    }

    /** A future particle or cue: «سوف», «المقرر», «المقبل», «سيعقد» (future-markers.txt). */
    public static boolean isFutureWord(String key) {
        if (FUTURE.contains(key)) {
            return true;
        }
        if (key.length() >= 4 && !FUTURE_EXCLUDED.contains(key)) {
            for (String p : FUTURE_PREFIXES) {
                if (key.startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** سـ + imperfect verb («سيعقد», «ستجري»): a future verb, tagged as an imperfect. */
    public static boolean isFutureVerb(String key) {
        return !FUTURE.contains(key) && isFutureWord(key);
    }

    /** An imperfect verb without its conjunction (see the class comment). */
    public static boolean isImperfect(String v) {
        Boolean listed = VERBS.get(v);
        if (listed != null) {
            return !listed;
        }
        if (v.length() < 3 || FUTURE_EXCLUDED.contains(v) || NOT_VERBS.contains(v)) {
            return false;
        }
        char c = v.charAt(0);
        if (v.length() == 3) {
            return c == 'ي'; // «يصل», «يقع», «يتم»
        }
        if (c != 'ي' && c != 'ت' && c != 'ن') {
            return false;
        }
        if (c == 'ت' && v.endsWith("ت") && v.length() >= 5 && !(v.length() == 5 && v.charAt(3) == 'ي')) {
            return false; // «تعرضت», «تراجعت», «تمكنت»: the feminine perfect of forms V and VI, not an imperfect (acc11b); «توقيت» is a noun
        }
        if ((c != 'ي' && v.endsWith("ون")) || v.endsWith("ات") || v.endsWith("ه")
                || (c != 'ي' && v.endsWith("ا") && !v.endsWith("ها") && !v.endsWith("نا"))) {
            return false; // plurals, ta marbuta, accusative nouns (not «يبدأ», normalized «يبدا»)
        }
        return !(v.length() == 5 && v.charAt(3) == 'ي'); // verbal nouns of the تفعيل pattern
    }

    /** A perfect verb with a feminine ending ـت («بدأت»): the one perfect the affixes show reliably. */
    public static boolean isPerfectFeminine(String v) {
        return v.length() >= 4 && v.endsWith("ت") && !v.startsWith("ال") && !NOT_VERBS.contains(v);
    }

    /**
     * An imperfect that may as well be a perfect of the تفاعل form («تعادل», «تراجع»: «تعادل
     * الفريقان» is past): ت, a letter, ا, two letters.
     */
    public static boolean mayBePerfect(String v) {
        return v.length() == 5 && v.charAt(0) == 'ت' && v.charAt(2) == 'ا';
    }

    /** A perfect verb without its conjunction: feminine ـت, plural ـوا, or listed («قال», «تم»). */
    public static boolean isPerfect(String v) {
        Boolean listed = VERBS.get(v);
        if (listed != null) {
            return listed;
        }
        if (NOT_VERBS.contains(v) || v.startsWith("ال")) {
            return false;
        }
        return isPerfectFeminine(v) || (v.length() >= 4 && v.endsWith("وا") && !isImperfect(v));
    }

    /**
     * What word {@code key} says about its clause, given the word before it ({@code previous},
     * "" at the start): «لم» turns an imperfect into the past, «لن» into the future.
     */
    public static Aspect aspect(String key, String previous) {
        if (key.isEmpty()) {
            return Aspect.NONE;
        }
        String v = withoutConjunction(key);
        if (isFutureWord(key) || isFutureWord(v) || key.equals(FUTURE_NEGATION)) {
            return Aspect.FUTURE;
        }
        if (isImperfect(v)) {
            String p = previous.length() == 3 ? previous.substring(1) : previous; // «ولم», «فلن»
            if (p.equals(PAST_NEGATION)) {
                return Aspect.PAST;
            }
            return p.equals(FUTURE_NEGATION) ? Aspect.FUTURE : Aspect.IMPERFECT;
        }
        return isPerfect(v) || perfectAfterParticle(v, previous) ? Aspect.PAST : Aspect.NONE;
    }
}
