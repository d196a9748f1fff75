package org.tarikh.annotate.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tarikh.annotate.TimexType;

import de.unihd.dbs.uima.types.heideltime.Timex3;

/**
 * After the date grammar: a part of the day before a day-precise date is one TIME with it
 * (annotation guidelines, a weekday in apposition with a date; adjudication d197, d214, d370).
 * <ul>
 * <li>«مساء يوم الاثنين المقبل 11 شوال الجاري»: the day phrase «مساء يوم الاثنين المقبل» and the
 * date after it become one TIME on the date's day, 2015-07-27TEV. The day phrase may hold only a
 * part of the day, «يوم», a weekday and a relative word, and its weekday must be the date's;
 * otherwise the two name different days and stay apart.</li>
 * <li>«صباح يوم الأحد 26 يوليو»: a part of the day alone before the date is taken into it.</li>
 * <li>«ليلة العيد», «ليلة عيد الفطر»: «ليلة» before a feast is its eve, the night before the feast's
 * day (the Hijri day begins at sunset): 2015-07-16TNI for Eid al-Fitr on 2015-07-17.</li>
 * </ul>
 * The part of the day decides the time code (parts-of-day.txt), not the reading of the phrase
 * before it: HeidelTime reads «مساء الأحد» as the past Sunday's night, but before «10/10/1436هـ»
 * it is that date's evening. A date with a mod («بداية …») is left as it is.
 */
public class PartOfDayDateAnnotator extends RuleAnnotator {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PART_OF_DAY_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T(MO|MI|AF|EV|NI)");
    private static final String RULE = "tarikh:part-of-day-date";
    /** «ليلة» before a feast: the feast's eve («ليلة العيد», «ليلة عيد الفطر»), the night before its day. */
    private static final String NIGHT = org.tarikh.annotate.norm.Lexicon.key("ليلة");
    /** «يوم», the head noun of a day phrase («مساء يوم الاثنين»). */
    private static final String DAY_HEAD = org.tarikh.annotate.norm.Lexicon.key("يوم");

    @Override
    protected void process(TimexDoc doc) {
        for (Timex3 date : List.copyOf(doc.timexes())) {
            if (!TimexType.DATE.is(date.getTimexType()) || date.getTimexValue() == null
                    || !DAY.matcher(date.getTimexValue()).matches() || date.getTimexMod() != null) {
                continue;
            }
            int first = doc.wordAtOriginal(date.getBegin());
            int last = doc.lastWordBefore(date.getEnd());
            if (first < 1 || last < first) {
                continue;
            }
            LocalDate day = LocalDate.parse(date.getTimexValue());
            Timex3 phrase = dayPhraseBefore(doc, first);
            int from;
            Vocab.PartOfDay part;
            if (phrase != null) {
                from = doc.wordAtOriginal(phrase.getBegin());
                part = Vocab.partOfDayAt(doc, from);
                if (part == null || !onlyWeekdayWords(doc, from + part.words(), first - 1, day)) {
                    continue;
                }
            } else {
                part = partOfDayBefore(doc, first);
                from = part == null ? -1 : first - part.words();
                if (part == null || !doc.overlapping(doc.originalBegin(from), doc.originalEnd(first - 1)).isEmpty()) {
                    continue;
                }
            }
            String dateRule = date.getFoundByRule() == null ? "" : date.getFoundByRule().replaceFirst("^tarikh:(grammar:)?", "");
            String rule = dateRule.isEmpty() ? RULE : RULE + "+" + dateRule;
            if (phrase == null && part.words() == 1 && NIGHT.equals(doc.key(from)) && dateRule.startsWith("holiday")) {
                day = day.minusDays(1); // «ليلة العيد»: the feast's eve, the night before its day
                rule = RULE + "(eve)+" + dateRule;
            }
            doc.put(from, last, TimexType.TIME, day + part.code(), rule);
        }
    }

    /** A part-of-day TIME whose last word is just before word {@code first}. */
    private static Timex3 dayPhraseBefore(TimexDoc doc, int first) {
        for (Timex3 t : doc.overlapping(doc.originalBegin(first - 1), doc.originalEnd(first - 1))) {
            if (TimexType.TIME.is(t.getTimexType()) && t.getTimexValue() != null
                    && PART_OF_DAY_TIME.matcher(t.getTimexValue()).matches() && doc.lastWordBefore(t.getEnd()) == first - 1) {
                return t;
            }
        }
        return null;
    }

    /** The part of the day (one or two words) that ends just before word {@code first}. */
    private static Vocab.PartOfDay partOfDayBefore(TimexDoc doc, int first) {
        Vocab.PartOfDay two = first >= 2 ? Vocab.partOfDayAt(doc, first - 2) : null;
        if (two != null && two.words() == 2) {
            return two;
        }
        String one = Vocab.PARTS_OF_DAY.get(doc.key(first - 1));
        return one == null ? null : new Vocab.PartOfDay(one, 1);
    }

    /**
     * Whether words {@code from..to} are only «يوم», weekdays and relative words, and every weekday
     * among them is {@code day}'s: the day phrase names the date's own day.
     */
    private static boolean onlyWeekdayWords(TimexDoc doc, int from, int to, LocalDate day) {
        boolean weekday = false;
        for (int w = from; w <= to; w++) {
            String k = doc.key(w);
            Integer named = Vocab.WEEKDAYS.get(k);
            if (named != null) {
                if (named != day.getDayOfWeek().getValue()) {
                    return false;
                }
                weekday = true;
            } else if (!DAY_HEAD.equals(k) && !Vocab.DAY_WORDS.containsKey(k) && !Vocab.RELATIVE.containsKey(k)) {
                return false;
            }
        }
        return weekday;
    }
}
