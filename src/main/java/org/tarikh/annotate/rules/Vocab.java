package org.tarikh.annotate.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tarikh.annotate.norm.Lexicon;

/** The rule data of the post-HeidelTime annotators, keyed by normalized form. */
final class Vocab {

    static final Map<String, Integer> WEEKDAYS = new HashMap<>();
    static final Map<String, String> PARTS_OF_DAY = new HashMap<>();
    static final Map<String, Integer> DAY_WORDS = new HashMap<>();
    static final Map<String, Integer> RELATIVE = new HashMap<>();
    static final Set<String> NOT_TODAY_AFTER = keys("not-today-after.txt");
    static final Set<String> CLAUSE_BREAKS = keys("clause-breaks.txt");
    static final Set<String> NOT_A_DATE_BEFORE = keys("not-a-date-before.txt");
    /** Words before «اليوم» that make it another day than publication («نفس», «ذات»), read with NOT_A_DATE_BEFORE. */
    static final Set<String> NOT_TODAY_BEFORE = keys("not-today-before.txt");
    /** «الواحد/الواحدة» after a unit: 'a single' («في اليوم الواحد», «الدقيقة الواحدة والستين»). */
    static final Set<String> SINGLE = Set.of(Lexicon.key("الواحد"), Lexicon.key("الواحدة"));

    static {
        for (String[] r : Lexicon.table("weekdays.txt")) {
            WEEKDAYS.put(Lexicon.key(r[1]), Integer.parseInt(r[0]));
            WEEKDAYS.put(Lexicon.key("ال" + r[1]), Integer.parseInt(r[0]));
        }
        for (String[] r : Lexicon.table("parts-of-day.txt")) {
            String[] w = r[0].split(" ");
            String last = w[w.length - 1];
            String head = r[0].substring(0, r[0].length() - last.length()).trim(); // «بعد ظهر»: «بعد» + the part
            PARTS_OF_DAY.put(Lexicon.key(head) + (head.isEmpty() ? "" : " ") + Lexicon.key(last), r[1]);
            PARTS_OF_DAY.put(Lexicon.key(head) + (head.isEmpty() ? "" : " ") + Lexicon.key("ال" + last), r[1]);
        }
        for (String[] r : Lexicon.table("day-words.txt")) {
            DAY_WORDS.put(Lexicon.key(r[0]), Integer.parseInt(r[1]));
        }
        for (String[] r : Lexicon.table("relative-words.txt")) {
            RELATIVE.put(Lexicon.key(r[0]), Integer.parseInt(r[1]));
        }
    }

    private Vocab() {
    }

    /** A part of the day written at a word: its TIMEX3 time code («TEV») and how many words it takes. */
    record PartOfDay(String code, int words) {
    }

    /**
     * The part of the day that starts at word {@code w} of {@code doc} (parts-of-day.txt), the two-word
     * entries first («بعد ظهر» before «ظهر»); null if none.
     */
    static PartOfDay partOfDayAt(TimexDoc doc, int w) {
        String two = PARTS_OF_DAY.get(doc.key(w) + " " + doc.key(w + 1));
        if (two != null) {
            return new PartOfDay(two, 2);
        }
        String one = PARTS_OF_DAY.get(doc.key(w));
        return one == null ? null : new PartOfDay(one, 1);
    }

    /** A day word written at a word (day-words.txt): its offset from the reference day and how many words it takes. */
    record DayWord(int days, int words) {
    }

    /**
     * The day word that starts at word {@code w} of {@code doc} (day-words.txt), the longest entry first
     * («أول من أمس» before «أمس», «بعد غد» before «غد»); null if none.
     */
    static DayWord dayWordAt(TimexDoc doc, int w) {
        String key = doc.key(w) + " " + doc.key(w + 1) + " " + doc.key(w + 2);
        for (int n = 3; n >= 1; n--) {
            Integer days = DAY_WORDS.get(key);
            if (days != null) {
                return new DayWord(days, n);
            }
            key = key.substring(0, Math.max(0, key.lastIndexOf(' ')));
        }
        return null;
    }

    static Set<String> keys(String file) {
        Set<String> s = new HashSet<>();
        for (String l : Lexicon.lines(file)) {
            s.add(Lexicon.key(l.split("\t")[0]));
        }
        return s;
    }

    static Map<String, String> map(String file) {
        Map<String, String> m = new HashMap<>();
        for (String[] r : Lexicon.table(file)) {
            m.put(Lexicon.key(r[0]), r[1]);
        }
        return m;
    }
}
