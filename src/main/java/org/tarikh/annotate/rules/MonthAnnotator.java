package org.tarikh.annotate.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tarikh.annotate.TimexType;
import org.tarikh.annotate.norm.Months;

import de.unihd.dbs.uima.types.heideltime.Timex3;

/**
 * Gregorian months (all spellings of months.txt): «غرة جانفي», «الفاتح من جانفي 2016» (day 1),
 * «شهر مايو» (with its head noun), and the year of a month or day-month written without one,
 * which HeidelTime resolves without regard to tense («31 ديسمبر» in January news of a past event
 * is last December). Same rule as weekdays ({@link Tense}): future clause → next occurrence on or
 * after the publication date, otherwise the latest on or before it.
 */
public class MonthAnnotator extends RuleAnnotator {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})(-(\\d{2}))?");

    @Override
    protected void process(TimexDoc doc) {
        for (int i = 0; i < doc.words.size(); i++) {
            Months.Match m = Months.gregorian(doc.words, i);
            if (m == null) {
                continue;
            }
            int first = i;
            Integer day = null;
            boolean shahr = false;
            String prev = doc.key(i - 1);
            if (prev.equals("شهر")) {
                shahr = true;
                first = i - 1;
            } else if (prev.equals("غره") || prev.equals("الفاتح")) {
                day = 1;
                first = i - 1;
            } else if (prev.equals("من") && doc.key(i - 2).equals("الفاتح")) {
                day = 1;
                first = i - 2;
            }
            int last = i + m.words() - 1;
            Integer year = null;
            if (YEAR.matcher(doc.key(last + 1)).matches()) {
                year = Integer.parseInt(doc.key(last + 1));
                last++;
                if (doc.key(last + 1).equals("م")) {
                    last++; // «2019م»
                }
            }
            if (day != null || shahr) {
                if (Vocab.NOT_A_DATE_BEFORE.contains(doc.key(first - 1))) {
                    continue;
                }
                int y = year != null ? year : resolve(doc, i, m.number(), day);
                boolean rel = Vocab.RELATIVE.containsKey(doc.key(last + 1));
                if (rel && year == null) {
                    int dir = Vocab.RELATIVE.get(doc.key(last + 1));
                    y = relative(doc.dct, m.number(), dir);
                    last++;
                }
                String value = day != null ? LocalDate.of(y, m.number(), day).toString()
                        : YearMonth.of(y, m.number()).toString();
                doc.put(first, last, TimexType.DATE, value, "tarikh:month");
            } else if (year == null && !Vocab.RELATIVE.containsKey(doc.key(last + 1))) {
                retense(doc, i, m.number());
            }
            i = last;
        }
    }

    /** month-forward-nouns.txt: nouns of delivery and maturity before which a month lies ahead («لتسليم ديسمبر»). */
    private static final java.util.Set<String> FORWARD_NOUNS = Vocab.keys("month-forward-nouns.txt");

    /** Re-resolve the year of a HeidelTime date over this month name that has no year. */
    private void retense(TimexDoc doc, int monthWord, int month) {
        int b = doc.originalBegin(monthWord);
        for (Timex3 t : doc.overlapping(b, b + 1)) {
            if (t.getTimexValue() == null || !TimexType.DATE.is(t.getTimexType())) {
                continue;
            }
            if (t.getCoveredText().matches(".*[0-9\u0660-\u0669\u06F0-\u06F9]{4}.*")) {
                return; // it has a year after all
            }
            Matcher dm = DATE.matcher(t.getTimexValue());
            if (!dm.matches() || Integer.parseInt(dm.group(2)) != month) {
                return;
            }
            Integer day = dm.group(4) == null ? null : Integer.parseInt(dm.group(4));
            if (day != null && doc.words.get(Math.max(0, monthWord - 1)).isNumber()) {
                // the day written before the month, not one HeidelTime derived from a weekday
                int written = Integer.parseInt(doc.key(monthWord - 1).length() <= 2 ? doc.key(monthWord - 1) : "0");
                if (written >= 1 && written <= 31) {
                    day = written;
                }
            }
            int y = resolve(doc, monthWord, month, day);
            if (day != null && day > YearMonth.of(y, month).lengthOfMonth()) {
                return; // «30 فبراير»: no such day; the value stays as read (it failed the whole article)
            }
            t.setTimexValue(day == null ? YearMonth.of(y, month).toString() : LocalDate.of(y, month, day).toString());
        }
    }

    /**
     * The year of a month (and day) written without one: the occurrence nearest to the
     * publication date; only when the previous and next occurrences are about equally far (about
     * half a year each way) does the clause's tense decide.
     */
    static int resolve(TimexDoc doc, int wordIndex, int month, Integer day) {
        if (FORWARD_NOUNS.contains(doc.key(wordIndex - 1))) {
            // «العقود الآجلة لتسليم ديسمبر»: a delivery month is ahead, whatever the clause's verb (acc12)
            int y = doc.dct.getYear();
            return safe(y, month, day == null ? 28 : day).isBefore(doc.dct) ? y + 1 : y;
        }
        int y = nearestYear(doc.dct, month, day, () -> Tense.future(doc, wordIndex));
        // acc10c: a completed event told by a perfect verb just before the month («سافرنا إلى وهران في شهر
        // أغسطس», «كنا في الرياض في أغسطس») is not placed after publication
        if (safe(y, month, day == null ? 1 : day).isAfter(doc.dct) && Tense.pastClause(doc, wordIndex)) {
            return y - 1;
        }
        return y;
    }

    /**
     * The year of {@code month} (and {@code day}) written without one, as {@link #resolve}: the
     * occurrence nearest to {@code dct}, the tense ({@code future}, asked only then) deciding
     * when the previous and next are about equally far. The date grammar places a month named
     * with a part («نهاية شهر مايو») the same way.
     */
    public static int nearestYear(LocalDate dct, int month, Integer day, java.util.function.BooleanSupplier future) {
        int y = dct.getYear();
        int best = y;
        long bestDistance = Long.MAX_VALUE;
        long second = Long.MAX_VALUE;
        for (int c = y - 1; c <= y + 1; c++) {
            LocalDate d = safe(c, month, day == null ? 15 : day);
            long dist = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(dct, d));
            if (dist < bestDistance) {
                second = bestDistance;
                bestDistance = dist;
                best = c;
            } else if (dist < second) {
                second = dist;
            }
        }
        if (second - bestDistance > 45) {
            return best;
        }
        boolean isFuture = future.getAsBoolean();
        LocalDate same = safe(y, month, day == null ? (isFuture ? 28 : 1) : day);
        if (isFuture) {
            return same.isBefore(dct) ? y + 1 : y;
        }
        return same.isAfter(dct) ? y - 1 : y;
    }

    /** «أفريل المقبل», «جويلية الماضي»: the next or previous such month strictly after/before the DCT month. */
    static int relative(LocalDate dct, int month, int dir) {
        int y = dct.getYear();
        if (dir > 0) {
            return month > dct.getMonthValue() ? y : y + 1;
        }
        if (dir < 0) {
            return month < dct.getMonthValue() ? y : y - 1;
        }
        return y;
    }

    private static LocalDate safe(int y, int m, int d) {
        return YearMonth.of(y, m).atDay(Math.min(d, YearMonth.of(y, m).lengthOfMonth()));
    }
}
