package org.tarikh.annotate.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Sentence tense for resolving bare weekdays and months (annotation guidelines): a sentence
 * about the future (سـ/سوف + imperfect, المقبل, القادم, يعتزم, من المقرر …) takes the next
 * occurrence on or after the publication date, any other the latest on or before it.
 */
public final class Tense {

    /** Imperfect verbs count only this close: farther away they are more often nouns («نجوم»). */
    private static final int IMPERFECT_WINDOW = 7;

    private Tense() {
    }

    /**
     * Whether the clause of word i speaks about the future. Reads backwards from the expression to
     * the start of its clause: the nearest future particle («سيعقد», «سوف», «المقرر») or imperfect
     * verb («تبدأ الخميس», «يستمر حتى الجمعة») makes it future, the nearest perfect verb with a
     * feminine ending («بدأت السبت») past; nothing found: past. A verb after the expression does
     * not count («والخميس تعادل الفريقان»), nor one behind «أن» («أعلن الثلاثاء أن الاقتصاد
     * سينكمش»).
     */
    public static boolean future(TimexDoc doc, int i) {
        int[] r = doc.sentenceRange(i);
        for (int k = i - 1; k >= r[0]; k--) {
            String key = doc.key(k);
            if (Vocab.CLAUSE_BREAKS.contains(key)) {
                return false;
            }
            String v = key.length() > 4 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف') ? key.substring(1) : key;
            if (Vocab.isFutureWord(key) || Vocab.isFutureWord(v)) {
                debug(doc, i, key);
                return true;
            }
            boolean near = i - k <= IMPERFECT_WINDOW;
            if (near && v.length() >= 4 && v.charAt(0) == 'ي' && isImperfect(v)) {
                debug(doc, i, key);
                return true; // «يصوت»: the ت is the root's
            }
            if (isPerfectFeminine(v)) {
                return false;
            }
            if (near && isImperfect(v)) {
                debug(doc, i, key);
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> DIALECT_FUTURE = new java.util.HashSet<>();
    private static final java.util.List<String> DIALECT_PREFIXES = new java.util.ArrayList<>();
    private static final java.util.Set<String> DIALECT_NOT = new java.util.HashSet<>();

    static {
        for (String l : org.tarikh.annotate.norm.Lexicon.lines("dialect-future.txt")) {
            if (l.startsWith("prefix:")) {
                DIALECT_PREFIXES.add(org.tarikh.annotate.norm.Lexicon.key(l.substring(7)));
            } else if (l.startsWith("not:")) {
                DIALECT_NOT.add(org.tarikh.annotate.norm.Lexicon.key(l.substring(4)));
            } else {
                DIALECT_FUTURE.add(org.tarikh.annotate.norm.Lexicon.key(l));
            }
        }
    }

    /**
     * Everyday speech puts the future marker after a fronted weekday («الخميس رح نطلع», «السبت
     * هنخرج», «الجمعة الصبح بنروح»): whether one of the two words from {@code after} on, in the
     * same sentence, is one (dialect-future.txt).
     */
    public static boolean dialectFuture(TimexDoc doc, int after) {
        int[] r = doc.sentenceRange(Math.max(0, after - 1));
        for (int k = after; k < Math.min(r[1], after + 2); k++) {
            String key = doc.key(k);
            String v = key.length() > 5 && key.charAt(0) == 'و' ? key.substring(1) : key;
            if (DIALECT_FUTURE.contains(v)) {
                return true;
            }
            if (v.length() >= 5 && !DIALECT_NOT.contains(v)) {
                for (String p : DIALECT_PREFIXES) {
                    if (v.startsWith(p)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean isPerfectFeminine(String v) {
        return v.length() >= 4 && v.endsWith("ت") && !v.startsWith("ال");
    }

    static boolean isImperfect(String v) {
        if (v.length() < 4 || Vocab.FUTURE_EXCLUDED.contains(v)) {
            return false;
        }
        char c = v.charAt(0);
        if (c != 'ي' && c != 'ت' && c != 'ن') {
            return false;
        }
        if ((c != 'ي' && v.endsWith("ون")) || v.endsWith("ات") || v.endsWith("ه")
                || (c != 'ي' && v.endsWith("ا") && !v.endsWith("ها") && !v.endsWith("نا"))) {
            return false; // plurals, ta marbuta, accusative nouns (not «يبدأ», normalized «يبدا»)
        }
        return !(v.length() == 5 && v.charAt(3) == 'ي'); // verbal nouns of the تفعيل pattern
    }

    private static void debug(TimexDoc doc, int i, String key) {
        if (Boolean.getBoolean("tarikh.debugTense")) {
            System.err.println("future by " + key + " for " + doc.key(i));
        }
    }

    /** direction: -1 strictly before, +1 strictly after, 0 by tense (on or before / on or after). */
    static LocalDate weekday(LocalDate dct, int isoDay, int direction, boolean future) {
        DayOfWeek d = DayOfWeek.of(isoDay);
        if (direction < 0) {
            return dct.with(TemporalAdjusters.previous(d));
        }
        if (direction > 0) {
            return dct.with(TemporalAdjusters.next(d));
        }
        return future ? dct.with(TemporalAdjusters.nextOrSame(d)) : dct.with(TemporalAdjusters.previousOrSame(d));
    }
}
