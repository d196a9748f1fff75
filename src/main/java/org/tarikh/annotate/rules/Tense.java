package org.tarikh.annotate.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.tarikh.annotate.morph.Morphology;

/**
 * Sentence tense for resolving bare weekdays and months (annotation guidelines): a sentence
 * about the future (سـ/سوف + imperfect, المقبل, القادم, يعتزم, من المقرر …) takes the next
 * occurrence on or after the publication date, any other the latest on or before it.
 */
public final class Tense {

    /** Imperfect verbs count only this close: farther away they are more often nouns («نجوم»). */
    private static final int IMPERFECT_WINDOW = 7;

    private static final java.util.Set<String> SINCE = java.util.Set.of(
            org.tarikh.annotate.norm.Lexicon.key("منذ"), org.tarikh.annotate.norm.Lexicon.key("ومنذ"));

    private Tense() {
    }

    /**
     * Whether the clause of word i speaks about the future. Reads backwards from the expression to
     * the start of its clause ({@link Morphology#aspect}): the nearest future particle or cue
     * («سيعقد», «سوف», «المقرر», «لن») or nearby imperfect verb («تبدأ الخميس», «يصل الوفد الخميس»)
     * makes it future, the nearest perfect verb («بدأت السبت», «تم», «لم يحدد») past. A clause
     * that begins with «أن» after a future cue («من المقرر أن …», «يعتزم أن …») is future. Nothing
     * found and the clause starts the sentence: the first verb of the few words after the expression
     * decides («الخميس رح نطلع», «الخميس يصل الوفد» future; «والخميس تعادل الفريقان» past); else past.
     * A verb behind «أن» does not count («أعلن الثلاثاء أن الاقتصاد سينكمش»). Right after «منذ» (since) it is
     * always the past.
     */
    public static boolean future(TimexDoc doc, int i) {
        int[] r = doc.sentenceRange(i);
        for (int k = i - 1; k >= r[0] && k >= i - 2; k--) {
            if (SINCE.contains(doc.key(k))) {
                return false; // «منذ السبت», «منذ عصر السبت»: since, so the one before
            }
        }
        for (int k = i - 1; k >= r[0]; k--) {
            String key = doc.key(k);
            if (Vocab.CLAUSE_BREAKS.contains(key)) {
                if (k - 1 >= r[0] && AN.equals(key) && Morphology.isFutureWord(doc.key(k - 1))) {
                    debug(doc, i, doc.key(k - 1));
                    return true;
                }
                return false;
            }
            Morphology.Aspect a = Morphology.aspect(key, k - 1 >= r[0] ? doc.key(k - 1) : "");
            boolean near = i - k <= IMPERFECT_WINDOW;
            if (a == Morphology.Aspect.FUTURE || (near && a == Morphology.Aspect.IMPERFECT)) {
                debug(doc, i, key);
                return true;
            }
            if (a == Morphology.Aspect.PAST) {
                return false;
            }
        }
        return ahead(doc, i, r[1]);
    }

    /**
     * Whether a perfect verb is the nearest verb before word i in its clause, with no future cue or
     * nearby imperfect in between («ماتت بعد أسبوعين», «عادت الفرقة بعد ثلاثة أشهر»): the clause
     * tells a completed event. Unlike {@link #future}, nothing found is not the past here.
     */
    public static boolean pastVerb(TimexDoc doc, int i) {
        int from = doc.key(i - 1).equals(AFTER) ? i - 2 : i - 1; // from the offset's «بعد» or from «بعد» itself
        return perfectBefore(doc, i, from, from - PAST_VERB_WINDOW + 1, true);
    }

    /**
     * Whether the nearest verb before word i in its clause is a perfect one, not of saying, with no future cue or
     * nearby imperfect in between («سافرنا إلى وهران في شهر أغسطس», «كنا في الرياض في أغسطس»): the clause tells
     * a completed event, however far back in the clause the verb stands. Nothing found is not the past here.
     */
    public static boolean pastClause(TimexDoc doc, int i) {
        return perfectBefore(doc, i, i - 1, Integer.MIN_VALUE, false);
    }

    /**
     * Scans back from word {@code from} to {@code lowest} (at most to the sentence's start) for the nearest verb of
     * word i's clause: false at a clause break, a future cue or an imperfect near i; at a perfect, true unless it
     * is a verb of saying or a feminine plural (which {@code passFemininePlural} steps over instead: «محادثات»
     * looks like a perfect).
     */
    private static boolean perfectBefore(TimexDoc doc, int i, int from, int lowest, boolean passFemininePlural) {
        int[] r = doc.sentenceRange(i);
        for (int k = from; k >= Math.max(r[0], lowest); k--) {
            String key = doc.key(k);
            if (Vocab.CLAUSE_BREAKS.contains(key)) {
                return false;
            }
            Morphology.Aspect a = Morphology.aspect(key, k - 1 >= r[0] ? doc.key(k - 1) : "");
            if (a == Morphology.Aspect.FUTURE || (i - k <= IMPERFECT_WINDOW && a == Morphology.Aspect.IMPERFECT)) {
                return false;
            }
            if (a == Morphology.Aspect.PAST && !(passFemininePlural && key.endsWith(FEMININE_PLURAL))) {
                return !key.endsWith(FEMININE_PLURAL) && !reporting(Morphology.withoutConjunction(key));
            }
        }
        return false;
    }

    /** How many words before «بعد» the perfect verb of {@link #pastVerb} may stand. */
    private static final int PAST_VERB_WINDOW = 4;

    private static final String AFTER = org.tarikh.annotate.norm.Lexicon.key("بعد");

    /**
     * A word ending in ـات is a feminine plural noun («محادثات، مفاوضات، إجراءات»), not a perfect verb with ـت:
     * «عقد جولة محادثات بعد أسبوعين» tells no completed event.
     */
    static final String FEMININE_PLURAL = org.tarikh.annotate.norm.Lexicon.key("ات");

    private static final java.util.Set<String> REPORTING = org.tarikh.annotate.norm.Lexicon.lines("reporting-verbs.txt")
            .stream().map(org.tarikh.annotate.norm.Lexicon::key).collect(java.util.stream.Collectors.toSet());

    /** A verb of saying or announcing with or without its conjunction («وقالت», «فأعلن»; see {@link #reporting}). */
    public static boolean reportingVerb(String key) {
        return org.tarikh.annotate.norm.Lexicon.withConjunction(key, Tense::reporting);
    }

    /** A verb of saying or announcing (reporting-verbs.txt), with a feminine ـت or plural ـوا. */
    private static boolean reporting(String v) {
        return REPORTING.contains(v) || v.length() > 3 && (v.endsWith("ت") && REPORTING.contains(v.substring(0, v.length() - 1))
                || v.endsWith("وا") && REPORTING.contains(v.substring(0, v.length() - 2)));
    }

    /**
     * Nothing before the expression in its sentence («الخميس رح نطلع مشوار»): the first verb or
     * future cue of the few words after it decides.
     */
    private static boolean ahead(TimexDoc doc, int i, int sentenceEnd) {
        for (int k = i + 1; k < sentenceEnd && k <= i + AHEAD_WINDOW; k++) {
            String key = doc.key(k);
            if (Vocab.CLAUSE_BREAKS.contains(key) || AHEAD_PREPOSITIONS.contains(key)) {
                return false; // «ووقع هجوم الجمعة في منطقة يؤمها السائحون»: past the preposition a verb is another clause's
            }
            Morphology.Aspect a = Morphology.aspect(key, doc.key(k - 1));
            if (a == Morphology.Aspect.IMPERFECT && Morphology.mayBePerfect(Morphology.withoutConjunction(key))) {
                return false; // «والخميس تعادل الفريقان»
            }
            if (a == Morphology.Aspect.FUTURE || a == Morphology.Aspect.IMPERFECT) {
                debug(doc, i, key);
                return true;
            }
            if (a == Morphology.Aspect.PAST) {
                return false;
            }
        }
        return false;
    }

    private static final int AHEAD_WINDOW = 4;
    /** Prepositions after which {@link #ahead} stops: a verb beyond them describes the noun they govern. */
    private static final java.util.Set<String> AHEAD_PREPOSITIONS = Vocab.keys("tense-ahead-stops.txt");

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

    private static final String AN = org.tarikh.annotate.norm.Lexicon.key("أن");

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
