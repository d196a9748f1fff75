package org.tarikh.annotate.rules;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tarikh.annotate.TimexType;

import de.unihd.dbs.uima.types.heideltime.Timex3;

/**
 * Modifiers and calendar units HeidelTime gets wrong: «نحو/حوالي» before a date (APPROX, in the
 * extent), «نهاية/مطلع/منتصف» before a year or a relative week (END/START/MID with the unit's
 * value instead of PAST_REF), quarters «الربع الثالث» (a DATE, not a duration), and the words
 * HeidelTime adds in front of a time («حتى» with EQUAL_OR_LESS, «في غضون», «الموافق»), which
 * the guidelines leave outside the extent.
 */
public class ModifierAnnotator extends RuleAnnotator {

    private static final Map<String, String> MODS = Vocab.map("modifiers.txt");
    private static final Set<String> APPROX = Set.of("نحو", "حوالي", "قرابه");
    private static final Map<String, Integer> ORDINALS = Map.of("الاول", 1, "الثاني", 2, "الثالث", 3, "الرابع", 4);
    private static final Set<String> LEADING = Set.of("حتى", "في", "غضون", "الموافق", "منذ", "خلال");

    @Override
    protected void process(TimexDoc doc) {
        for (Timex3 t : doc.timexes()) {
            trimLeading(doc, t);
            numericDate(t);
            eraSuffix(doc, t);
            partOfDayBefore(doc, t);
        }
        for (int i = 0; i < doc.words.size(); i++) {
            String k = doc.key(i);
            if (APPROX.contains(k)) {
                approx(doc, i);
            } else if (MODS.containsKey(k)) {
                i = modified(doc, i);
            } else if (k.equals("الربع") && ORDINALS.containsKey(doc.key(i + 1))) {
                int q = ORDINALS.get(doc.key(i + 1));
                int y = doc.dct.getYear();
                int last = i + 1;
                if (doc.key(i + 2).matches("\\d{4}")) {
                    y = Integer.parseInt(doc.key(i + 2));
                    last++;
                } else if (Vocab.RELATIVE.containsKey(doc.key(i + 2))) {
                    y += Vocab.RELATIVE.get(doc.key(i + 2));
                    last++;
                }
                doc.put(i, last, TimexType.DATE, y + "-Q" + q, "tarikh:modifier");
            }
        }
    }

    private static final java.util.regex.Pattern DMY = java.util.regex.Pattern.compile(
            "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    /** «2/11/2020» is day/month/year in Arabic news; HeidelTime reads month/day. */
    private static void numericDate(Timex3 t) {
        java.util.regex.Matcher m = DMY.matcher(org.tarikh.annotate.norm.Lexicon.key(t.getCoveredText()).trim());
        if (!m.matches()) {
            return;
        }
        int d = Integer.parseInt(m.group(1));
        int mo = Integer.parseInt(m.group(2));
        if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
            t.setTimexType(TimexType.DATE.name());
            t.setTimexValue(String.format("%s-%02d-%02d", m.group(3), mo, d));
        }
    }

    /** «10 أغسطس 2019م», «2015 م»: the era letter belongs to the year. */
    private static void eraSuffix(TimexDoc doc, Timex3 t) {
        int last = doc.lastWordBefore(t.getEnd());
        if (last >= 0 && doc.key(last).matches("\\d{4}") && doc.key(last + 1).equals("م")
                && doc.originalBegin(last + 1) - t.getEnd() <= 1) {
            TimexDoc.setExtent(t, t.getBegin(), doc.originalEnd(last + 1));
        }
    }

    /**
     * «فجر 6 شباط», «مساء 16 سبتمبر»: a part of day before a dated day makes a TIME; «يوم» before
     * a dated day is its head noun.
     */
    private static void partOfDayBefore(TimexDoc doc, Timex3 t) {
        int first = doc.wordAtOriginal(t.getBegin());
        if (first > 0 && doc.key(first - 1).equals("يوم") && doc.words.get(first).isNumber()
                && TimexType.DATE.is(t.getTimexType())) {
            TimexDoc.setExtent(t, doc.originalBegin(first - 1), t.getEnd()); // «يوم 17 أفريل»: the head noun
            return;
        }
        String pod = first > 0 ? Vocab.PARTS_OF_DAY.get(doc.key(first - 1)) : null;
        if (pod == null || !TimexType.DATE.is(t.getTimexType()) || t.getTimexValue() == null
                || !t.getTimexValue().matches("\\d{4}-\\d{2}-\\d{2}") || !doc.words.get(first).isNumber()) {
            return;
        }
        TimexDoc.setExtent(t, doc.originalBegin(first - 1), t.getEnd());
        t.setTimexType(TimexType.TIME.name());
        t.setTimexValue(t.getTimexValue() + pod);
    }

    private static void trimLeading(TimexDoc doc, Timex3 t) {
        int first = doc.wordAtOriginal(t.getBegin());
        int last = doc.lastWordBefore(t.getEnd());
        int f = first;
        while (f >= 0 && f < last && LEADING.contains(doc.key(f))) {
            f++;
        }
        if (f != first && f >= 0) {
            TimexDoc.setExtent(t, doc.originalBegin(f), t.getEnd());
            if ("EQUAL_OR_LESS".equals(t.getTimexMod()) || "APPROX".equals(t.getTimexMod()) && TimexType.DURATION.is(t.getTimexType())) {
                t.setTimexMod(null);
            }
        }
    }

    private static void approx(TimexDoc doc, int i) {
        int b = doc.originalBegin(i + 1);
        List<Timex3> ts = doc.overlapping(b, b + 1);
        if (ts.size() != 1) {
            return;
        }
        Timex3 t = ts.get(0);
        boolean date = TimexType.DATE.is(t.getTimexType()) && t.getTimexValue() != null
                && t.getTimexValue().matches("\\d{4}.*");
        if (t.getBegin() != b || !(date || TimexType.DURATION.is(t.getTimexType()))
                || t.getCoveredText().matches("[0-9\u0660-\u0669\u06F0-\u06F9]+")) {
            return; // «نحو 2500 جندي» is a count, not an approximate year
        }
        TimexDoc.setExtent(t, doc.originalBegin(i), t.getEnd());
        t.setTimexMod("APPROX");
    }

    /** «نهاية 2016» → 2016 END; «نهاية الأسبوع الماضي» → that ISO week, END. */
    private static int modified(TimexDoc doc, int i) {
        String mod = MODS.get(doc.key(i));
        if (doc.key(i + 1).matches("\\d{4}")) {
            doc.put(i, i + 1, TimexType.DATE, doc.key(i + 1), mod, "tarikh:modifier");
            return i + 1;
        }
        if (doc.key(i + 1).equals("الاسبوع") && Vocab.RELATIVE.containsKey(doc.key(i + 2))) {
            LocalDate d = doc.dct.plusWeeks(Vocab.RELATIVE.get(doc.key(i + 2)));
            String w = String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            doc.put(i, i + 2, TimexType.DATE, w, mod, "tarikh:modifier");
            return i + 2;
        }
        return i;
    }
}
