package org.tarikh.annotate.rules;

import java.util.Map;
import java.util.Set;

import org.tarikh.annotate.TimexType;

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

    static {
        for (String[] r : org.tarikh.annotate.norm.Lexicon.table("set-periods.txt")) {
            PER.put(org.tarikh.annotate.norm.Lexicon.key(r[0]), new String[] {r[1], "|" + r[2] + "|"});
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
        DurationAnnotator.Unit unit = DurationAnnotator.UNITS.get(doc.key(u));
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
