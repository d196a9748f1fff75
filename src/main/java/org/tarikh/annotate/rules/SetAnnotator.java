package org.tarikh.annotate.rules;

import java.util.Map;
import java.util.Set;

import org.tarikh.annotate.TimexType;
import org.tarikh.annotate.norm.Units;

/**
 * Frequencies: «يوميا», «مرتين يوميا», «ثماني مرات سنويا», «مرتين في الأسبوع», «كل أسبوع»,
 * «كل يوم جمعة» (XXXX-WXX-5), «كل مساء» (XXXX-XX-XXTEV), «كل 10 دقائق», «كل ستة أشهر».
 * HeidelTime types the adverbs as durations, and «كل يوم جمعة» makes it throw (the view
 * rewrite shields it, see HeidelTimeText); this annotator gives them all their SET value.
 */
public class SetAnnotator extends RuleAnnotator {

    private static final Map<String, String> ADVERBS = Vocab.map("set-words.txt");
    private static final Set<String> COUNTS = Vocab.keys("count-words.txt");
    /** Period word → {value, allowed prepositions} (set-periods.txt). */
    private static final Map<String, String[]> PER = new java.util.HashMap<>();

    /** Frequency adjective → value, and the manner words they follow (set-adjectives.txt). */
    private static final Map<String, String> ADJECTIVES = new java.util.HashMap<>();
    private static final Set<String> MANNER = new java.util.HashSet<>();
    /** Words after a period that make it one particular day, not "per day" (set-distributive.txt). */
    private static final Set<String> PARTICULAR = Vocab.keys("set-distributive.txt");
    /** distributive-spans.txt: plural units that, before «في اليوم», tell how long per day («لساعات طويلة في اليوم»). */
    private static final Set<String> SPANS_PER_PERIOD = Vocab.keys("distributive-spans.txt");
    /** How far from «في اليوم» a count may stand (words, within the clause). */
    private static final int DISTRIBUTIVE_WINDOW = 3;

    static {
        for (String[] r : org.tarikh.annotate.norm.Lexicon.table("set-periods.txt")) {
            PER.put(org.tarikh.annotate.norm.Lexicon.key(r[0]), new String[] {r[1], "|" + r[2] + "|"});
        }
        for (String[] r : org.tarikh.annotate.norm.Lexicon.table("set-adjectives.txt")) {
            if (r[0].startsWith("after:")) {
                MANNER.add(org.tarikh.annotate.norm.Lexicon.key(r[0].substring(6)));
            } else {
                ADJECTIVES.put(org.tarikh.annotate.norm.Lexicon.key(r[0]), r[1]);
            }
        }
    }

    @Override
    protected void process(TimexDoc doc) {
        scan(doc, this::match);
    }

    private int match(TimexDoc doc, int i) {
        int j = i;
        if (doc.key(j).equals("كل")) {
            return every(doc, i);
        }
        String manner = doc.key(i - 1);
        if (ADJECTIVES.containsKey(doc.key(i)) && (MANNER.contains(manner)
                || manner.startsWith("ب") && MANNER.contains(manner.substring(1)))) {
            doc.put(i, i, TimexType.SET, ADJECTIVES.get(doc.key(i)), "tarikh:set-adjective");
            return i + 1; // «بشكل يومي», «شبه يومية»
        }
        if (distributive(doc, i)) {
            doc.put(i, i, TimexType.SET, PER.get(doc.key(i))[0], "tarikh:set-distributive");
            return i + 1; // «24 ساعة في اليوم»
        }
        Numbers.Num n = Numbers.at(doc, j);
        if (n != null && COUNTS.contains(doc.key(j + n.words()))) {
            j += n.words() + 1;
        } else if (COUNTS.contains(doc.key(j))) {
            j++;
        }
        if (ADVERBS.containsKey(doc.key(j))) {
            doc.put(i, j, TimexType.SET, ADVERBS.get(doc.key(j)), "tarikh:set");
            return j + 1;
        }
        String[] per = PER.get(doc.key(j + 1));
        if (j > i && per != null && per[1].contains("|" + doc.key(j) + "|")) {
            doc.put(i, j + 1, TimexType.SET, per[0], "tarikh:set");
            return j + 2;
        }
        return i;
    }

    /**
     * «في اليوم» read as "per day": a period of set-periods.txt after «في/ب», followed by «الواحد», or with a count or
     * amount within {@link #DISTRIBUTIVE_WINDOW} words of it in the same clause, and no word after
     * it that makes it one particular day («في اليوم التالي», «في اليوم نفسه»).
     */
    private static boolean distributive(TimexDoc doc, int i) {
        String[] per = PER.get(doc.key(i));
        String prep = doc.key(i - 1);
        if (per == null || !(prep.equals("في") || prep.equals("ب")) || !per[1].contains("|" + prep + "|")) {
            return false;
        }
        String next = doc.key(i + 1);
        if (Vocab.SINGLE.contains(next)) {
            return true; // «ساعتين في اليوم الواحد», «ما يصلها في اليوم الواحد»: per single day (adjudication d393)
        }
        if ((next.startsWith("ال") && next.length() > 3) || PARTICULAR.contains(next) || Vocab.WEEKDAYS.containsKey(next)
                || (i + 1 < doc.words.size() && doc.words.get(i + 1).isNumber())) {
            return false; // «في اليوم التالي», «في العام 2008» («إلى» reads «الي»: no article)
        }
        int[] sentence = doc.sentenceRange(i);
        for (int k = i - 2; k >= Math.max(sentence[0], i - 1 - DISTRIBUTIVE_WINDOW); k--) {
            if (Vocab.CLAUSE_BREAKS.contains(doc.key(k)) || isPunctuation(doc.key(k))) {
                break;
            }
            if (doc.words.get(k).isNumber() || COUNTS.contains(doc.key(k)) || SPANS_PER_PERIOD.contains(doc.key(k))) {
                return true;
            }
        }
        for (int k = i + 1; k < Math.min(sentence[1], i + 1 + DISTRIBUTIVE_WINDOW); k++) {
            if (Vocab.CLAUSE_BREAKS.contains(doc.key(k)) || isPunctuation(doc.key(k))) {
                break;
            }
            if (doc.words.get(k).isNumber()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPunctuation(String key) {
        return !key.isEmpty() && !Character.isLetterOrDigit(key.charAt(0));
    }

    private int every(TimexDoc doc, int i) {
        int j = i + 1;
        int k = doc.key(j).equals("يوم") && Vocab.WEEKDAYS.containsKey(doc.key(j + 1)) ? j + 1 : j;
        if (Vocab.WEEKDAYS.containsKey(doc.key(k))) {
            doc.putEvery(i, k, "XXXX-WXX-" + Vocab.WEEKDAYS.get(doc.key(k)), "tarikh:set");
            return k + 1;
        }
        String pod = Vocab.PARTS_OF_DAY.get(doc.key(j));
        if (pod != null) {
            doc.putEvery(i, j, "XXXX-XX-XX" + pod, "tarikh:set");
            return j + 1;
        }
        Numbers.Num n = Numbers.at(doc, j);
        int u = n == null ? j : j + n.words();
        Units.Unit unit = Units.of(doc.key(u));
        if (unit == null || unit.count().equals("X")) {
            return i;
        }
        String count;
        if (n != null) {
            if (unit.count().equals("2")) {
                return i;
            }
            count = String.valueOf(n.value());
        } else {
            if (unit.count().equals("0")) {
                return i;
            }
            count = unit.count();
        }
        doc.putEvery(i, u, DurationAnnotator.value(count, unit.code(), null), "tarikh:set");
        return u + 1;
    }
}
