package org.tarikh.annotate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.tarikh.annotate.TimexType;
import org.tarikh.annotate.norm.Lexicon;
import org.tarikh.annotate.norm.Months;

import de.unihd.dbs.uima.types.heideltime.Timex3;

/**
 * Days that name a historical event: «أحداث 11 سبتمبر» is 2001-09-11 and «ثورة 25 يناير»
 * 2011-01-25, not a day of the publication year. An expression that is only a day and a month
 * (digits, month names, «من», brackets: «11 سبتمبر», «11 سبتمبر (أيلول)», «25 من يناير»), right
 * after a head noun {@code named-dates.txt} lists for that day and month (a proclitic «و ف ب ل ك»
 * before the noun allowed: «بهجمات», «وثورة»), takes the event's day, rule {@code tarikh:named-date}.
 * An expression with a year, a relative word («11 سبتمبر المقبل») or a weekday keeps its value, and
 * so does a day after any other word («بعد 11 سبتمبر», «قمة 11 سبتمبر»). A line whose value is
 * {@value #NAME} is a proper name («قصر 22 مايو», «قوى 14 آذار», «مدينة 6 أكتوبر»): the expression
 * is removed, since it names no time.
 */
public class NamedDateAnnotator extends RuleAnnotator {

    static final String RULE = "tarikh:named-date";
    /** The value column of a proper name that holds a day and month. */
    static final String NAME = "name";

    /** One line of {@code named-dates.txt}. */
    record NamedDate(String value, int day, int month, Set<String> heads) {
    }

    private static final List<NamedDate> DATES = Lexicon.table("named-dates.txt").stream()
            .map(r -> new NamedDate(r[0], Integer.parseInt(r[1]), Integer.parseInt(r[2]),
                    Set.copyOf(java.util.Arrays.stream(r[3].split(" ")).map(Lexicon::key).toList())))
            .toList();

    private static final Set<String> PROCLITICS = Set.of("و", "ف", "ب", "ل", "ك");

    @Override
    protected void process(TimexDoc doc) {
        for (Timex3 t : doc.timexes()) {
            if (!TimexType.DATE.name().equals(t.getTimexType())) {
                continue;
            }
            int first = doc.wordAtOriginal(t.getBegin());
            int last = doc.lastWordBefore(t.getEnd());
            if (first <= 0 || last < first) {
                continue;
            }
            int[] dayMonth = dayAndMonth(doc, first, last);
            if (dayMonth == null) {
                continue;
            }
            NamedDate named = named(doc.key(first - 1), dayMonth[0], dayMonth[1]);
            if (named != null && named.value().equals(NAME)) {
                t.removeFromIndexes(); // «قصر 22 مايو الرئاسي»: a palace, not a day
            } else if (named != null && !named.value().equals(t.getTimexValue())) {
                t.setTimexValue(named.value());
                t.setTimexMod(null);
                t.setFoundByRule(RULE);
            }
        }
    }

    /** The event named by this day and month after the word {@code before} (key form), or null. */
    static NamedDate named(String before, int day, int month) {
        List<String> forms = new ArrayList<>(List.of(before));
        String rest = before;
        for (int k = 0; k < 2 && rest.length() > 3 && PROCLITICS.contains(rest.substring(0, 1)); k++) {
            rest = rest.substring(1); // «وبهجمات» → «بهجمات» → «هجمات»
            forms.add(rest);
        }
        for (NamedDate d : DATES) {
            if (d.day() == day && d.month() == month && forms.stream().anyMatch(d.heads()::contains)) {
                return d;
            }
        }
        return null;
    }

    /**
     * {day, month} when words [first, last] are one day number and one Gregorian-family month (a
     * second name of the same month allowed: «سبتمبر أيلول», «11 سبتمبر (أيلول)»), «من» between,
     * brackets around; null when anything else is there (a year, «المقبل», a weekday).
     */
    private static int[] dayAndMonth(TimexDoc doc, int first, int last) {
        int day = 0;
        int month = 0;
        for (int i = first; i <= last; i++) {
            String k = doc.key(i);
            if (k.equals("(") || k.equals(")") || k.equals("من")) {
                continue;
            }
            if (doc.words.get(i).isNumber() && day == 0 && month == 0 && k.length() <= 2) {
                day = Integer.parseInt(k);
                continue;
            }
            Months.Match m = Months.gregorianAnyContext(doc.words, i);
            if (m == null || day == 0 || month != 0 && m.number() != month) {
                return null;
            }
            month = m.number();
            i += m.words() - 1;
        }
        return day >= 1 && day <= 31 && month > 0 ? new int[] {day, month} : null;
    }
}
