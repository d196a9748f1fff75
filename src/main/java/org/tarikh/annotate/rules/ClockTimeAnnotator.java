package org.tarikh.annotate.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.tarikh.annotate.TimexType;
import org.tarikh.annotate.norm.Lexicon;

import de.unihd.dbs.uima.types.heideltime.Timex3;

/**
 * Clock times: «الساعة 7.30 صباحا», «الساعة العاشرة صباحا», «3:20 عصرا», «الثانية عشرة ظهرا»,
 * «السادسة والنصف مساء», «الساعة الثامنة من مساء الأربعاء», «منتصف ليل الخميس». HeidelTime reads
 * «الساعة» as a one-hour duration and misses the ordinal hours. Without «الساعة» a time needs a
 * period word («10 صباحا»), and «مساء» followed by a day belongs to that day («1 مساء الأحد» is a
 * score and an evening). The day is the one the expression names, else the nearest day named
 * earlier (then later) in the sentence, else the publication date.
 */
public class ClockTimeAnnotator extends RuleAnnotator {

    private static final Map<String, Integer> HOURS = new HashMap<>();
    private static final Map<String, Integer> MINUTES = new HashMap<>();
    private static final Map<String, String> PERIODS = Vocab.map("clock-periods.txt");
    /** The minute unit after minutes written in words (units.txt spellings). */
    private static final java.util.Set<String> MINUTE_UNITS = java.util.Set.of(
            Lexicon.key("دقيقة"), Lexicon.key("دقائق"));
    /** Minutes, «ر», hours, in one word: «55ر09» (wire copy; see match). */
    private static final Pattern WIRE_CLOCK = Pattern.compile("(\\d{2})ر(\\d{1,2})");
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    static {
        for (String[] r : Lexicon.table("clock-words.txt")) {
            (r[0].equals("hour") ? HOURS : MINUTES).put(Lexicon.key(r[1]), Integer.parseInt(r[2]));
        }
    }

    @Override
    protected void process(TimexDoc doc) {
        scan(doc, this::match, this::midnight);
    }

    private int match(TimexDoc doc, int i) {
        int j = i;
        boolean saa = doc.key(j).equals("الساعه");
        if (saa) {
            j++;
        }
        int hour;
        int minute = 0;
        String two = doc.key(j) + " " + doc.key(j + 1);
        java.util.regex.Matcher wireClock = null;
        if (HOURS.containsKey(two)) {
            hour = HOURS.get(two);
            j += 2;
        } else if (HOURS.containsKey(doc.key(j))) {
            hour = HOURS.get(doc.key(j));
            j++;
        } else if (j < doc.words.size() && doc.words.get(j).isNumber() && doc.key(j).length() <= 2) {
            hour = Integer.parseInt(doc.key(j));
            j++;
            String sep = doc.key(j);
            boolean adjacent = j + 1 < doc.words.size()
                    && doc.words.get(j).begin() == doc.words.get(j - 1).end()
                    && doc.words.get(j + 1).begin() == doc.words.get(j).end();
            if ((sep.equals(":") || sep.equals(".")) && adjacent && doc.words.get(j + 1).isNumber()
                    && doc.key(j + 1).length() == 2) {
                minute = Integer.parseInt(doc.key(j + 1));
                j += 2;
            }
        } else if (saa && (wireClock = WIRE_CLOCK.matcher(doc.key(j))).matches()) {
            // «الساعة 55ر09 بتوقيت جرينتش»: wire copy writes a decimal «ر» with the fraction first («58ر54 دولار»
            // is 54.58), so the minutes come first: 09:55
            minute = Integer.parseInt(wireClock.group(1));
            hour = Integer.parseInt(wireClock.group(2));
            j++;
        } else {
            return i;
        }
        if (hour > 24 || minute > 59) {
            return i;
        }
        String frac2 = doc.key(j) + " " + doc.key(j + 1);
        Numbers.Num spelled = doc.key(j).equals("و") ? Numbers.at(doc, j + 1) : null;
        if (MINUTES.containsKey(frac2)) {
            minute += MINUTES.get(frac2);
            j += 2;
        } else if (MINUTES.containsKey(doc.key(j))) {
            minute += MINUTES.get(doc.key(j));
            j++;
        } else if (doc.key(j).equals("و") && MINUTES.containsKey("و" + doc.key(j + 1))) {
            minute += MINUTES.get("و" + doc.key(j + 1)); // «والربع» as the view splits it: «و الربع»
            j += 2;
        } else if (spelled != null && minute == 0 && spelled.value() < 60
                && MINUTE_UNITS.contains(doc.key(j + 1 + spelled.words()))) {
            minute = spelled.value(); // «الحادية عشرة وتسع وخمسين دقيقة»
            j += spelled.words() + 2;
        }
        if (minute < 0) {
            hour -= 1;
            minute += 60;
        }
        String period = null;
        String p2 = doc.key(j) + " " + doc.key(j + 1);
        if (PERIODS.containsKey(p2)) {
            period = PERIODS.get(p2);
            j += 2;
        } else if (PERIODS.containsKey(doc.key(j))) {
            boolean dayFollows = Vocab.WEEKDAYS.containsKey(doc.key(j + 1))
                    || Vocab.DAY_WORDS.containsKey(doc.key(j + 1));
            if (!saa && dayFollows && !doc.key(j).endsWith("ا")) {
                return i; // «1 مساء الأحد»
            }
            period = PERIODS.get(doc.key(j));
            j++;
        }
        // «الساعة الثامنة من مساء الأربعاء»
        LocalDate named = null;
        int k = j;
        if (doc.key(k).equals("من")) {
            k++;
        }
        String pod = Vocab.PARTS_OF_DAY.get(doc.key(k));
        if (pod != null && (Vocab.WEEKDAYS.containsKey(doc.key(k + 1)) || Vocab.dayWordAt(doc, k + 1) != null)) {
            period = period == null ? pod : period;
            k++;
        }
        // the day right after the time or its period: «الساعة 1.59 صباح السبت», «من مساء الأربعاء»
        boolean dayMayFollow = k > j || period != null;
        if (dayMayFollow && Vocab.WEEKDAYS.containsKey(doc.key(k)) && doc.key(k).startsWith("ال")) {
            named = Tense.weekday(doc.dct, Vocab.WEEKDAYS.get(doc.key(k)), 0, Tense.future(doc, i));
            j = k + 1;
        } else if (dayMayFollow && Vocab.dayWordAt(doc, k) != null) {
            // «من مساء أمس», «من مساء أول من أمس» (a day word of up to three words; acc12b, round thirteen d340)
            Vocab.DayWord dayWord = Vocab.dayWordAt(doc, k);
            named = doc.dct.plusDays(dayWord.days());
            j = k + dayWord.words();
            if (Vocab.WEEKDAYS.containsKey(doc.key(j)) && doc.key(j).startsWith("ال")
                    && !DayPhraseAnnotator.explicitDateFollows(doc, j + 1)) {
                j++; // «الساعة 8 مساء اليوم الأحد»: a weekday in apposition, the day word decides
            }
        }
        if (!saa && period == null) {
            return i;
        }
        if (!saa && !HOURS.containsKey(doc.key(i)) && !HOURS.containsKey(doc.key(i) + " " + doc.key(i + 1))
                && hour == 0) {
            return i;
        }
        hour = adjust(hour, period);
        Timex3 from = named == null ? contextDate(doc, i) : null;
        LocalDate day = named != null ? named : from != null ? dayOf(from, doc.dct) : doc.dct;
        int first = i;
        Timex3 before = named == null ? dayRightBefore(doc, i) : null;
        if (before != null) {
            // «غدا الساعة العاشرة صباحا», «الخميس الجاي الساعة 5 العصر»: one TIME
            first = doc.wordAtOriginal(before.getBegin());
            day = LocalDate.parse(before.getTimexValue().substring(0, 10));
            from = null;
        }
        String mod = null;
        if (APPROX_WORDS.contains(doc.key(first - 1))) {
            first--; // «نحو الساعة الرابعة فجرا»
            mod = "APPROX";
        }
        String dayValue = day.toString();
        if (named == null && before == null && day.equals(doc.dct) && dailyBefore(doc, i)) {
            dayValue = "XXXX-XX-XX"; // a daily schedule: «عرضين يوميا: الأول الساعة التاسعة مساء»
        }
        Timex3 time = doc.put(first, j - 1, TimexType.TIME, String.format("%sT%02d:%02d", dayValue, hour, minute), mod,
                "tarikh:clock");
        if (named == null && before == null && !dayValue.startsWith("X")) {
            markDayFromSentence(doc, time);
        }
        return j;
    }

    private static final String CLOCK_DAY = "org.tarikh.annotate.ClockDay";

    /**
     * Records in the CAS that the clock's day comes from its sentence (a ClockDay over the clock), so
     * that {@link GrammarDay} reads that day again once the date grammar has read the dates.
     */
    private static void markDayFromSentence(TimexDoc doc, Timex3 time) {
        org.apache.uima.cas.CAS cas = doc.jcas.getCas();
        org.apache.uima.cas.Type type = cas.getTypeSystem().getType(CLOCK_DAY);
        if (type != null) {
            cas.addFsToIndexes(cas.createAnnotation(type, time.getBegin(), time.getEnd()));
        }
    }

    /**
     * After the date grammar (PipelineStages): a clock whose day comes from its sentence takes the
     * day of the nearest expression before it as the grammar left them. The grammar decides how a
     * numeric date reads (an era-less «4-10-1436» is Hijri, 2015-07-20, where HeidelTime read the
     * Gregorian year 1436; «29/5/1453م» is Gregorian); the clock does not decide it again.
     */
    public static class GrammarDay extends RuleAnnotator {

        @Override
        protected void process(TimexDoc doc) {
            org.apache.uima.cas.CAS cas = doc.jcas.getCas();
            org.apache.uima.cas.Type type = cas.getTypeSystem().getType(CLOCK_DAY);
            if (type == null) {
                return;
            }
            java.util.List<org.apache.uima.cas.text.AnnotationFS> marks = new java.util.ArrayList<>();
            cas.getAnnotationIndex(type).forEach(marks::add);
            for (org.apache.uima.cas.text.AnnotationFS m : marks) {
                cas.removeFsFromIndexes(m);
                Timex3 clock = clockAt(doc, m.getBegin(), m.getEnd());
                int at = clock == null ? -1 : doc.wordAtOriginal(clock.getBegin());
                if (at < 0) {
                    continue;
                }
                Timex3 date = contextDate(doc, at);
                String day = (date != null ? dayOf(date, doc.dct) : doc.dct).toString();
                if (!clock.getTimexValue().startsWith(day)) {
                    clock.removeFromIndexes();
                    clock.setTimexValue(day + clock.getTimexValue().substring(10));
                    clock.addToIndexes();
                }
            }
        }

        /** The clock time still at {@code begin}–{@code end} (the grammar may have replaced it). */
        private static Timex3 clockAt(TimexDoc doc, int begin, int end) {
            for (Timex3 t : doc.overlapping(begin, end)) {
                if (t.getBegin() == begin && t.getEnd() == end && "tarikh:clock".equals(t.getFoundByRule())
                        && t.getTimexValue() != null && DAY_VALUE.matcher(t.getTimexValue()).matches()) {
                    return t;
                }
            }
            return null;
        }
    }

    private static final java.util.Set<String> DAILY = Vocab.keys("daily-cues.txt");

    /** Whether a word of daily-cues.txt stands before word i in its sentence. */
    private static boolean dailyBefore(TimexDoc doc, int i) {
        int[] r = doc.sentenceRange(i);
        for (int k = r[0]; k < i; k++) {
            if (DAILY.contains(doc.key(k)) || DAILY.contains(doc.key(k) + " " + doc.key(k + 1))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> APPROX_WORDS = java.util.Set.of("نحو", "حوالي", "قرابه");

    /** A day phrase («غدا», «الخميس المقبل») ending right before word i, or null. */
    private static Timex3 dayRightBefore(TimexDoc doc, int i) {
        if (i == 0) {
            return null;
        }
        int end = doc.originalEnd(i - 1);
        for (Timex3 t : doc.timexes()) {
            if (t.getEnd() == end && TimexType.DATE.is(t.getTimexType()) && t.getTimexValue() != null
                    && t.getTimexValue().matches("\\d{4}-\\d{2}-\\d{2}")
                    && "tarikh:day-phrase".equals(t.getFoundByRule())) {
                return t;
            }
        }
        return null;
    }

    /** «منتصف الليل», «منتصف ليل الخميس»: T24:00 of the day. */
    private int midnight(TimexDoc doc, int i) {
        if (!doc.key(i).equals("منتصف") || !(doc.key(i + 1).equals("الليل") || doc.key(i + 1).equals("ليل"))) {
            return i;
        }
        int j = i + 2;
        LocalDate day;
        boolean fromSentence = false;
        if (Vocab.WEEKDAYS.containsKey(doc.key(j))) {
            day = Tense.weekday(doc.dct, Vocab.WEEKDAYS.get(doc.key(j)), 0, Tense.future(doc, i));
            j++;
        } else if (Vocab.DAY_WORDS.containsKey(doc.key(j))) {
            day = doc.dct.plusDays(Vocab.DAY_WORDS.get(doc.key(j)));
            j++;
        } else {
            Timex3 from = contextDate(doc, i);
            day = from != null ? dayOf(from, doc.dct) : doc.dct;
            fromSentence = true;
        }
        Timex3 time = doc.put(i, j - 1, TimexType.TIME, day + "T24:00", "tarikh:clock");
        if (fromSentence) {
            markDayFromSentence(doc, time);
        }
        return j;
    }

    static int adjust(int hour, String period) {
        if (period == null) {
            return hour;
        }
        return switch (period) {
            case "TAF", "TEV" -> hour >= 1 && hour <= 11 ? hour + 12 : hour;
            case "TMI" -> hour >= 1 && hour <= 5 ? hour + 12 : hour;
            case "TNI" -> hour >= 6 && hour <= 11 ? hour + 12 : hour;
            default -> hour;
        };
    }

    /** The nearest expression with a day value before word i in its sentence, or null (then the publication date). */
    static Timex3 contextDate(TimexDoc doc, int i) {
        int[] r = doc.sentenceRange(i);
        int sb = doc.originalBegin(r[0]);
        int se = doc.originalEnd(Math.max(r[0], r[1] - 1));
        int at = doc.originalBegin(i);
        Timex3 before = null;
        for (Timex3 t : doc.timexes()) {
            if (t.getBegin() < sb || t.getEnd() > se || t.getTimexValue() == null
                    || !DAY_VALUE.matcher(t.getTimexValue()).matches()) {
                continue;
            }
            // a day named only after the time does not count: «صدر الساعة العاشرة ... اجتماع عقد الأحد»
            if (t.getEnd() <= at && (before == null || t.getBegin() > before.getBegin())) {
                before = t;
            }
        }
        return before;
    }

    /**
     * The day of an expression's value as it stands in the CAS: the clock takes the reading of
     * the annotators before it (and, after the date grammar, {@link GrammarDay} the grammar's);
     * a value that is no calendar day (HeidelTime's «1436-02-30») leaves the publication date.
     */
    static LocalDate dayOf(Timex3 t, LocalDate dct) {
        try {
            return LocalDate.parse(t.getTimexValue().substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return dct;
        }
    }
}
