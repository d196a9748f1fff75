package org.tarikh.annotate.rules;

import java.time.LocalDate;

import org.tarikh.annotate.norm.Months;

/**
 * Days named relative to the publication date, with an optional part of day: «أمس», «أول أمس»,
 * «بعد غد», «اليوم», «غد الأربعاء», «(يوم) الخميس (المقبل)», «مساء أمس», «فجر الخميس الماضي»,
 * «الليلة», «الليلة الماضية». Authoritative for what it matches: HeidelTime's reading is replaced
 * (it gives «مساء» the night code, «أول أمس» a START mod and resolves every bare weekday to the
 * past). Bare weekdays follow the sentence's tense ({@link Tense}). A weekday followed by an
 * explicit date («الجمعة 16 أبريل») is left to the date's annotator.
 */
public class DayPhraseAnnotator extends RuleAnnotator {

    @Override
    protected void process(TimexDoc doc) {
        int n = doc.words.size();
        for (int i = 0; i < n; i++) {
            int end = match(doc, i);
            if (end > i) {
                i = end - 1;
            }
        }
    }

    /** Tries a day phrase starting at word i; returns the index after it, or i. */
    private int match(TimexDoc doc, int i) {
        int j = i;
        String pod = Vocab.PARTS_OF_DAY.get(doc.key(j));
        if (doc.key(j).equals("الليله")) {
            pod = null; // «الليلة» is the night itself, handled below
        }
        if (pod != null) {
            j++;
        }
        if (doc.key(j).equals("يوم") && (Vocab.WEEKDAYS.containsKey(doc.key(j + 1))
                || Vocab.DAY_WORDS.containsKey(doc.key(j + 1)) || doc.key(j + 1).equals("اول"))) {
            j++;
        }
        LocalDate day = null;
        int dayWordAt = j;
        String two = doc.key(j) + " " + doc.key(j + 1);
        String three = two + " " + doc.key(j + 2);
        if (Vocab.DAY_WORDS.containsKey(three)) {
            day = doc.dct.plusDays(Vocab.DAY_WORDS.get(three));
            j += 3;
        } else if (Vocab.DAY_WORDS.containsKey(two)) {
            day = doc.dct.plusDays(Vocab.DAY_WORDS.get(two));
            j += 2;
        } else if (Vocab.DAY_WORDS.containsKey(doc.key(j))) {
            if (doc.key(j).equals("اليوم") && isName(doc, j)) {
                return i;
            }
            day = doc.dct.plusDays(Vocab.DAY_WORDS.get(doc.key(j)));
            j++;
        }
        if (day != null) {
            if (Vocab.WEEKDAYS.containsKey(doc.key(j)) && !explicitDateFollows(doc, j + 1)) {
                j++; // «غد الأربعاء»: apposition, the day word decides
            }
        } else if (Vocab.WEEKDAYS.containsKey(doc.key(j))) {
            if (explicitDateFollows(doc, j + 1) || (!doc.key(j).startsWith("ال") && !doc.key(j - 1).equals("يوم"))) {
                return i;
            }
            int wd = Vocab.WEEKDAYS.get(doc.key(j));
            j++;
            Integer rel = Vocab.RELATIVE.get(doc.key(j));
            int dir = 0;
            if (rel != null && rel != 0) {
                dir = rel;
                j++;
            }
            day = Tense.weekday(doc.dct, wd, dir, dir == 0 && Tense.future(doc, dayWordAt));
        } else if (pod == null && doc.key(j).equals("الليله")) {
            // «الليلة» tonight, «الليلة الماضية» last night
            day = doc.dct;
            pod = "TNI";
            j++;
            Integer rel = Vocab.RELATIVE.get(doc.key(j));
            if (rel != null && rel < 0) {
                day = doc.dct.minusDays(1);
                j++;
            }
        } else {
            return i;
        }
        if (pod != null) {
            doc.put(i, j - 1, "TIME", day + pod, null, null, null, "tarikh:day-phrase");
        } else {
            doc.put(i, j - 1, "DATE", day.toString(), null, null, null, "tarikh:day-phrase");
        }
        return j;
    }

    /** «صحيفة اليوم», «اليوم السابع»: a newspaper, not the day. */
    static boolean isName(TimexDoc doc, int j) {
        return Vocab.NOT_A_DATE_BEFORE.contains(doc.key(j - 1)) || Vocab.NOT_TODAY_AFTER.contains(doc.key(j + 1));
    }

    /** A day number and a month name, or a numeric date, at word k. */
    static boolean explicitDateFollows(TimexDoc doc, int k) {
        if (k >= doc.words.size() || !doc.words.get(k).isNumber()) {
            return false;
        }
        if (doc.key(k + 1).equals("/") || doc.key(k + 1).equals("-")) {
            return true;
        }
        return Months.gregorian(doc.words, k + 1) != null || Months.hijri(doc.words, k + 1) != null
                || Months.gregorianAnyContext(doc.words, k + 1) != null;
    }
}
