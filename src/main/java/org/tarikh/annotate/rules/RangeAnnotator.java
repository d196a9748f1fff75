package org.tarikh.annotate.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.regex.Pattern;

import org.tarikh.annotate.TimexType;
import org.tarikh.annotate.norm.Months;

import de.unihd.dbs.uima.types.heideltime.Timex3;

/**
 * Range endpoints (annotation guidelines: each endpoint gets its full value): the bare first day
 * of «من 10 إلى 15 أبريل», «بين 14 و18 فبراير» takes the month and year of the second endpoint,
 * in the second endpoint's calendar: «من 10 إلى 15 شوال 1436هـ» is 10 Shawwal (2015-07-26), not
 * the 10th of the Gregorian month that 15 Shawwal falls in; a dash joins two days as «إلى» does
 * («من 2 - 4/ 6/ 1436هـ»). «بين عامي 2003 و2011» gives «عامي 2003» and «2011».
 * The first days are found twice: here, for the dates HeidelTime and the rules before found, and
 * again after the date grammar ({@link AfterGrammar}) for the dates only the grammar composes
 * (numeric Hijri dates «29/ 11/ 1433هـ»).
 * Connectives stay outside. HeidelTime's «يومي» (a one-day duration) in «يومي الثلاثاء
 * والأربعاء» is dropped; each weekday is its own expression.
 */
public class RangeAnnotator extends RuleAnnotator {

    private static final String TO = org.tarikh.annotate.norm.Lexicon.key("إلى");
    private static final java.util.Set<String> YEAR_PAIR = java.util.Set.of("عامي", "سنتي", "العامين", "السنتين");

    private static boolean isYear(TimexDoc doc, int i) {
        return i < doc.words.size() && doc.key(i).matches("\\d{4}");
    }

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** What joins the two ends of a range: «إلى», «حتى», «و», a dash. */
    private static final java.util.Set<String> RANGE_JOINS = java.util.Set.of(TO, "حتى", "و", "-", "–");

    private static boolean joinsRange(String key) {
        return RANGE_JOINS.contains(key);
    }

    /** The day a TIMEX names when its value is a day (YYYY-MM-DD), else null. */
    private static LocalDate dayOf(Timex3 t) {
        String v = t.getTimexValue();
        if (v == null || !DAY.matcher(v).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            return null; // «2015-02-30»: no such day
        }
    }

    @Override
    protected void process(TimexDoc doc) {
        for (int i = 0; i + 2 < doc.words.size(); i++) {
            String k = doc.key(i);
            if (YEAR_PAIR.contains(k) && isYear(doc, i + 1)) {
                // «بين عامي 2003 و2011», «العامين 2019 و2020»: «عامي 2003» and «2011»
                doc.put(i, i + 1, TimexType.DATE, doc.key(i + 1), "tarikh:range");
                String c = doc.key(i + 2);
                if ((c.equals("و") || c.equals(TO) || c.equals("حتى")) && isYear(doc, i + 3)) {
                    doc.put(i + 3, i + 3, TimexType.DATE, doc.key(i + 3), "tarikh:range");
                    i += 3;
                }
                continue;
            }
            if (k.equals("يومي") && Vocab.WEEKDAYS.containsKey(doc.key(i + 1))) {
                int b = doc.originalBegin(i);
                for (Timex3 t : doc.overlapping(b, doc.originalEnd(i))) {
                    if (t.getBegin() >= b && t.getEnd() <= doc.originalEnd(i)) {
                        t.removeFromIndexes();
                    }
                }
                continue;
            }
        }
        firstDays(doc);
        firstYears(doc);
    }

    private static final Pattern FOUR_DIGITS = Pattern.compile(".*[0-9\u0660-\u0669\u06F0-\u06F9]{4}.*");

    /**
     * The year of a first endpoint with its own day and Gregorian month but no year, when the second endpoint
     * writes one: «من 1 يناير إلى 30 يونيو 2015», «… إلى 30 يونيو من العام 2015م» → 2015-01-01, not the
     * occurrence of 1 January nearest publication (acc12). The year before when the first day would fall after
     * the second («من 20 ديسمبر إلى 5 يناير 2016» → 2015-12-20).
     */
    static void firstYears(TimexDoc doc) {
        for (int i = 0; i + 4 < doc.words.size(); i++) {
            String k = doc.key(i);
            if (!(k.equals("من") || k.equals("بين")) || !doc.words.get(i + 1).isNumber()) {
                continue;
            }
            Months.Match m1 = Months.gregorian(doc.words, i + 2);
            if (m1 == null) {
                continue;
            }
            int c = i + 2 + m1.words();
            String conn = doc.key(c);
            if (!joinsRange(conn) || !doc.words.get(c + 1).isNumber()) {
                continue;
            }
            List<Timex3> onFirst = doc.overlapping(doc.originalBegin(i + 1), doc.originalEnd(c - 1));
            List<Timex3> onSecond = doc.overlapping(doc.originalBegin(c + 1), doc.originalEnd(c + 1));
            if (onFirst.size() != 1 || onSecond.size() != 1 || onSecond.get(0).getBegin() != doc.originalBegin(c + 1)
                    || onFirst.get(0).getEnd() > doc.originalEnd(c - 1) || FOUR_DIGITS.matcher(onFirst.get(0).getCoveredText()).matches()
                    || !FOUR_DIGITS.matcher(onSecond.get(0).getCoveredText()).matches()) {
                continue;
            }
            LocalDate written = dayOf(onFirst.get(0));
            LocalDate last = dayOf(onSecond.get(0));
            if (written == null || last == null || written.getMonthValue() != m1.number()) {
                continue;
            }
            LocalDate first;
            try {
                first = LocalDate.of(last.getYear(), m1.number(), written.getDayOfMonth());
            } catch (DateTimeException e) {
                continue;
            }
            if (first.isAfter(last)) {
                first = first.minusYears(1);
            }
            onFirst.get(0).setTimexValue(first.toString());
        }
    }

    /**
     * The words before a first day: «من 10 إلى 15 أبريل», «بين 14 و18 فبراير», and two days of one
     * month, «يومي 4 و5 أغسطس 2015», «في 27 و31 يوليو» (round seventeen: the first day was missed,
     * so «يعقد … يومي 4 و5 أغسطس» was dated the 5th).
     */
    private static final java.util.Set<String> FIRST_DAY_OPENERS = java.util.Set.of("من", "بين", "يومي", "في");

    /**
     * The bare first day of «من/بين/يومي/في D1 إلى/حتى/و/- D2 …» when D2 starts a day-precise date: D1 gets
     * D2's month and year, in D2's calendar. D1 and D2 are numbers or ordinal day words
     * (grammar/ordinals.txt: «من العاشر إلى العشرين من شهر شوال الجاري»). A first day already
     * tagged is left as it is.
     */
    static void firstDays(TimexDoc doc) {
        for (int i = 0; i + 3 < doc.words.size(); i++) {
            if (!FIRST_DAY_OPENERS.contains(doc.key(i))) {
                continue;
            }
            int[] day1 = dayAt(doc, i + 1);
            if (day1 == null) {
                continue;
            }
            int d1 = day1[0];
            int firstEnd = i + day1[1]; // the first endpoint's last word
            int second = firstEnd + 2;
            if (!joinsRange(doc.key(firstEnd + 1)) || dayAt(doc, second) == null) {
                continue;
            }
            List<Timex3> ts = doc.overlapping(doc.originalBegin(second), doc.originalEnd(second));
            if (ts.isEmpty() || ts.get(0).getBegin() != doc.originalBegin(second)) {
                continue; // the second number must start the date («2 - 4 - 2015» is one date, not a range)
            }
            Timex3 end = ts.get(0);
            LocalDate last = dayOf(end);
            List<Timex3> onFirst = doc.overlapping(doc.originalBegin(i + 1), doc.originalEnd(firstEnd));
            if (last == null || !onFirst.isEmpty() && !heidelTimesBareDay(doc, onFirst, i + 1)) {
                continue;
            }
            LocalDate first = firstDay(last, d1, hijri(doc, second, doc.wordAtOriginal(end.getEnd() - 1)));
            if (first != null && !first.isAfter(last)) {
                onFirst.forEach(Timex3::removeFromIndexes);
                doc.put(i + 1, firstEnd, TimexType.DATE, first.toString(), "tarikh:range");
            }
        }
    }

    /** The ordinal day words of grammar/ordinals.txt, spaces dropped, with their day. */
    private static final java.util.Map<String, Integer> ORDINAL_DAYS = ordinalDays();
    /** The longest ordinal day, in words («الحادي والعشرين»). */
    private static final int ORDINAL_WORDS = 2;

    private static java.util.Map<String, Integer> ordinalDays() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        for (String[] r : org.tarikh.annotate.norm.Lexicon.table("grammar/ordinals.txt")) {
            m.put(org.tarikh.annotate.norm.Lexicon.key(r[1]).replace(" ", ""), Integer.parseInt(r[0]));
        }
        return java.util.Map.copyOf(m);
    }

    /**
     * The day of the month written at word {@code w}, as {day, words}: a number of one or two digits
     * (1–31), or an ordinal day word of up to {@value #ORDINAL_WORDS} words, the longest first. Null if none.
     */
    private static int[] dayAt(TimexDoc doc, int w) {
        if (w >= doc.words.size()) {
            return null;
        }
        if (doc.words.get(w).isNumber()) {
            int d = doc.key(w).length() <= 2 ? Integer.parseInt(doc.key(w)) : 99;
            return d >= 1 && d <= 31 ? new int[] {d, 1} : null;
        }
        StringBuilder spelled = new StringBuilder();
        int[] found = null;
        for (int n = 1; n <= ORDINAL_WORDS && w + n - 1 < doc.words.size(); n++) {
            spelled.append(doc.key(w + n - 1));
            Integer d = ORDINAL_DAYS.get(spelled.toString());
            if (d != null) {
                found = new int[] {d, n};
            }
        }
        return found;
    }

    /**
     * HeidelTime's own reading of the bare first day («من 2 - 4 يونيو»: its range rules give the
     * 2nd of the second endpoint's Gregorian month, whatever the calendar): replaced by the
     * calendar-aware one, which the later filter also keeps as Tarikh's.
     */
    private static boolean heidelTimesBareDay(TimexDoc doc, List<Timex3> onFirst, int word) {
        return onFirst.size() == 1 && onFirst.get(0).getBegin() == doc.originalBegin(word)
                && onFirst.get(0).getEnd() == doc.originalEnd(word)
                && !(onFirst.get(0).getFoundByRule() != null && onFirst.get(0).getFoundByRule().startsWith("tarikh:"));
    }

    /** Day {@code day} of the month of {@code last}: the Hijri month when the range is Hijri. Null if no such day. */
    static LocalDate firstDay(LocalDate last, int day, boolean hijri) {
        try {
            if (hijri) {
                HijrahDate h = HijrahDate.from(last);
                return LocalDate.from(h.with(ChronoField.DAY_OF_MONTH, day));
            }
            return last.withDayOfMonth(day);
        } catch (DateTimeException e) {
            return null; // «من 31 إلى 5 …» names a day the month does not have: no value is better than a wrong one
        }
    }

    /** Whether the date over words {@code first..last} is written in the Hijri calendar: a Hijri month, year or era word. */
    private static boolean hijri(TimexDoc doc, int first, int last) {
        for (int w = first; w <= Math.max(first, last) && w < doc.words.size(); w++) {
            if (HijriAnnotator.isYearOrEra(doc.key(w)) || Months.hijri(doc.words, w) != null) {
                return true;
            }
        }
        return false;
    }

    /** The first days of ranges whose second endpoint only the date grammar composes (numeric Hijri dates). */
    public static class AfterGrammar extends RuleAnnotator {

        @Override
        protected void process(TimexDoc doc) {
            firstDays(doc);
        }
    }
}
