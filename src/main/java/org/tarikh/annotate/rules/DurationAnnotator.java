package org.tarikh.annotate.rules;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

import org.tarikh.annotate.TimexType;
import org.tarikh.annotate.norm.Units;

/**
 * Durations with their count: «14 يوما», «24 ساعة» (PT24H, not P1D), «15 ساعة و20 دقيقة»,
 * «ثماني سنوات», «عامين», «أشهرا» (PXM), ages «59 عاما»; and «قبل/بعد» + duration as a date of
 * the unit's granularity («قبل ثلاثة أسابيع» → the ISO week, «قبل ١٦ عاما» → the year). The
 * extent leaves out prepositions such as «في غضون» that HeidelTime includes.
 */
public class DurationAnnotator extends RuleAnnotator {

    @Override
    protected void process(TimexDoc doc) {
        scan(doc, this::match);
    }

    private int match(TimexDoc doc, int i) {
        int j = i;
        Numbers.Num n = Numbers.at(doc, j);
        String count;
        Units.Unit u;
        if (n != null) {
            j += n.words();
            u = Units.of(doc.key(j));
            if (u == null || u.count().equals("2") || u.count().equals("X")) {
                return i;
            }
            count = String.valueOf(n.value());
            j++;
        } else {
            u = Units.of(doc.key(j));
            if (u == null || !(u.count().equals("2") || u.count().equals("X"))) {
                return i;
            }
            if (u.code().equals("DE") || u.code().equals("CE")) {
                return i; // «عقدين» is more often two contracts
            }
            count = u.count();
            j++;
        }
        StringBuilder time = new StringBuilder();
        String value = value(count, u.code(), time);
        // «15 ساعة و20 دقيقة»
        if (doc.key(j).equals("و") && j + 1 < doc.words.size() && doc.words.get(j + 1).isNumber()) {
            Units.Unit u2 = Units.of(doc.key(j + 2));
            if (u2 != null && (u2.code().equals("MIN") && u.code().equals("H"))) {
                value = "PT" + count + "H" + doc.key(j + 1) + "M";
                j += 3;
            }
        }
        String prev = doc.key(i - 1);
        if ((prev.equals("قبل") || prev.equals("بعد")) && !count.equals("X") && !u.code().equals("H")
                && !u.code().equals("MIN") && !u.code().equals("DE") && !u.code().equals("CE")) {
            int sign = prev.equals("قبل") ? -1 : 1;
            String date = shifted(doc.dct, sign * Integer.parseInt(count), u.code());
            doc.put(i - 1, j - 1, TimexType.DATE, date, "tarikh:duration");
            return j;
        }
        int b = doc.originalBegin(i);
        int e = doc.originalEnd(j - 1);
        if (doc.overlapping(b, e).stream().anyMatch(t -> TimexType.TIME.is(t.getTimexType())
                && t.getBegin() < b && t.getEnd() >= e)) {
            return j; // the minutes of a clock time: «الساعة الحادية عشرة وتسع وخمسين دقيقة مساء»
        }
        doc.put(i, j - 1, TimexType.DURATION, value, "tarikh:duration");
        return j;
    }

    static String value(String count, String code, StringBuilder unused) {
        return switch (code) {
            case "H" -> "PT" + count + "H";
            case "MIN" -> "PT" + count + "M";
            default -> "P" + count + code;
        };
    }

    static String shifted(LocalDate dct, int n, String code) {
        return switch (code) {
            case "D" -> dct.plusDays(n).toString();
            case "W" -> {
                LocalDate d = dct.plusWeeks(n);
                yield String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case "M" -> dct.plusMonths(n).toString().substring(0, 7);
            default -> yearValue(dct.plusYears(n).getYear());
        };
    }

    /**
     * A year's TIMEX3 value: four digits, or before year 1 «BC» and four digits (TIMEX2's form,
     * timex3-values.txt): the ISO (proleptic) year 0 is 1 BC, -485 is 486 BC («قبل 2500 سنة» in 2015).
     */
    public static String yearValue(long isoYear) {
        return isoYear >= 1 ? String.format(Locale.ROOT, "%04d", isoYear) : String.format(Locale.ROOT, "BC%04d", 1 - isoYear);
    }
}
