package org.tarikh.export;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.List;

import org.tarikh.annotate.norm.Months;
import org.tarikh.annotate.norm.Words;
import org.tarikh.chronology.ChronologyEntry;
import org.tarikh.chronology.SourceEvent;

/**
 * Dates for Arabic pages: the Gregorian date as precise as it is known, in words («أواخر مارس
 * 2021», «القرن التاسع عشر», «في 7 أبريل 2021 أو قبله»), always with four-digit years, and the
 * same time in the Hijri calendar (Umm al-Qura, {@link java.time.chrono.HijrahChronology}),
 * empty outside the range that calendar covers (1300–1600 AH).
 */
public final class ArabicDates {

    static final String[] MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
            "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
    static final String[] HIJRI_MONTHS = {"محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
            "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"};
    /** Masculine ordinals 1..22, nominative (the genitive differs only from 20 on: see {@link #GENITIVE}). */
    private static final String[] ORDINALS = {"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
            "الثامن", "التاسع", "العاشر", "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر",
            "السادس عشر", "السابع عشر", "الثامن عشر", "التاسع عشر", "العشرون", "الحادي والعشرون", "الثاني والعشرون"};
    private static final String[] GENITIVE = {"العشرين", "الحادي والعشرين", "الثاني والعشرين"};
    private static final String[] DECADES = {null, null, "عشرينيات", "ثلاثينيات", "أربعينيات", "خمسينيات", "ستينيات",
            "سبعينيات", "ثمانينيات", "تسعينيات"};

    private ArabicDates() {
    }

    /** A year with all its digits, at least four («0800», never «18» for 2018). */
    static String year(int y) {
        return y >= 0 && y < 1000 ? String.format(java.util.Locale.ROOT, "%04d", y) : String.valueOf(y);
    }

    static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + year(d.getYear());
    }

    /** «القرن التاسع عشر» for the century holding year y (1801..1900 count as the 19th: 18xx here, as TIMEX3 does). */
    static String century(int y, boolean genitive) {
        int n = Math.floorDiv(y, 100) + 1;
        if (n < 1 || n > ORDINALS.length) {
            return "القرن " + n;
        }
        return "القرن " + (genitive && n >= 20 ? GENITIVE[n - 20] : ORDINALS[n - 1]);
    }

    /** «تسعينيات القرن العشرين», «العقد الأول من القرن الحادي والعشرين». */
    static String decade(int y) {
        int d = Math.floorMod(y, 100) / 10;
        if (d < 2) {
            return "العقد " + (d == 0 ? "الأول" : "الثاني") + " من " + century(y, true);
        }
        return DECADES[d] + " " + century(y, true);
    }

    /** The entry's date in Arabic: the member that gives the entry its date says how it reads. */
    public static String of(ChronologyEntry e) {
        SourceEvent s = datingOrNull(e);
        // no member gives it: a date set by curation
        return s != null ? of(s) : plain(e.precision().granularity(), e.start(), e.precision().display(), e.precision().mod());
    }

    /** The member whose date is the entry's (the most precise one), else the headline's. */
    static SourceEvent dating(ChronologyEntry e) {
        SourceEvent s = datingOrNull(e);
        return s == null ? e.primary() : s;
    }

    private static SourceEvent datingOrNull(ChronologyEntry e) {
        for (SourceEvent s : e.sources()) {
            if (s.start().equals(e.start()) && s.precision().equals(e.precision())) {
                return s;
            }
        }
        return null;
    }

    /** One event's date in Arabic, as precise as it is known. */
    public static String of(SourceEvent s) {
        if (s.onOrBefore()) {
            String at = s.fromPublicationDate() ? day(s.dct()) : plain(s.granularity(), s.start(), s.value(), null);
            return "في " + at + " أو قبله";
        }
        String v = s.value() == null ? "" : s.value();
        return switch (v) {
            case "PAST_REF" -> "قبل " + day(s.dct());
            case "FUTURE_REF" -> "بعد " + day(s.dct());
            case "PRESENT_REF" -> day(s.dct());
            default -> plain(s.granularity(), s.start(), v, s.precision().mod());
        };
    }

    static String plain(String granularity, LocalDateTime start, String value, String mod) {
        LocalDate d = start.toLocalDate();
        String y = year(d.getYear());
        String text = switch (granularity) {
            case "MINUTE", "HOUR" -> day(d) + "، الساعة " + String.format(java.util.Locale.ROOT, "%02d:%02d",
                    start.getHour(), start.getMinute());
            case "PART_OF_DAY" -> partOfDay(value) + " " + day(d);
            case "WEEK" -> "الأسبوع الذي يبدأ في " + day(d);
            case "MONTH" -> MONTHS[d.getMonthValue() - 1] + " " + y;
            case "QUARTER" -> "الربع " + ORDINALS[Math.min(3, (d.getMonthValue() - 1) / 3)] + " من " + y;
            case "SEASON" -> season(value) + " " + y;
            case "HALF_YEAR" -> "النصف " + (d.getMonthValue() <= 6 ? "الأول" : "الثاني") + " من " + y;
            case "YEAR" -> y;
            case "DECADE" -> decade(d.getYear());
            case "CENTURY" -> century(d.getYear(), false);
            default -> day(d);
        };
        if (mod == null) {
            return text;
        }
        return switch (mod) {
            case "START" -> "أوائل " + text;
            case "MID" -> "منتصف " + text;
            case "END" -> "أواخر " + text;
            default -> text;
        };
    }

    private static String partOfDay(String value) {
        String part = value == null || value.indexOf('T') < 0 ? "" : value.substring(value.indexOf('T') + 1);
        return switch (part) {
            case "MO" -> "صباح";
            case "MI" -> "ظهر";
            case "AF" -> "بعد ظهر";
            case "EV" -> "مساء";
            case "NI" -> "ليلة";
            default -> "نهار";
        };
    }

    private static String season(String value) {
        String s = value == null || value.length() < 2 ? "" : value.substring(value.length() - 2);
        return switch (s) {
            case "SP" -> "ربيع";
            case "SU" -> "صيف";
            case "FA" -> "خريف";
            default -> "شتاء";
        };
    }

    /** The entry's time in the Hijri calendar, as precise as its Gregorian date. */
    public static String hijri(ChronologyEntry e) {
        SourceEvent s = datingOrNull(e);
        if (s == null) {
            LocalDate first = e.start().toLocalDate();
            LocalDate last = e.until().toLocalDate().minusDays(1);
            return hijri(first, last.isBefore(first) ? first : last);
        }
        String v = s.value() == null ? "" : s.value();
        if (v.endsWith("_REF") || (s.onOrBefore() && s.fromPublicationDate())) {
            return hijri(s.dct(), s.dct());
        }
        if (List.of("MINUTE", "HOUR", "PART_OF_DAY", "DAY", "VAGUE").contains(s.granularity())) {
            return hijri(s.start().toLocalDate(), s.start().toLocalDate());
        }
        LocalDate last = e.until().toLocalDate().minusDays(e.until().toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? 1 : 0);
        return hijri(e.start().toLocalDate(), last.isBefore(e.start().toLocalDate()) ? e.start().toLocalDate() : last);
    }

    /**
     * The Hijri days, months or years from {@code first} to {@code last} (inclusive): «21 شوال 1436 هـ»
     * for one day, «شوال 1436 هـ», «شوال – ذو القعدة 1436 هـ», «1436–1437 هـ»; empty out of range.
     */
    static String hijri(LocalDate first, LocalDate last) {
        HijrahDate a;
        HijrahDate b;
        try {
            a = HijrahDate.from(first);
            b = HijrahDate.from(last);
        } catch (DateTimeException outOfRange) {
            return "";
        }
        int ya = a.get(ChronoField.YEAR);
        int yb = b.get(ChronoField.YEAR);
        int ma = a.get(ChronoField.MONTH_OF_YEAR);
        int mb = b.get(ChronoField.MONTH_OF_YEAR);
        if (first.equals(last)) {
            return a.get(ChronoField.DAY_OF_MONTH) + " " + HIJRI_MONTHS[ma - 1] + " " + ya + " هـ";
        }
        if (ya == yb && ma == mb) {
            return HIJRI_MONTHS[ma - 1] + " " + ya + " هـ";
        }
        if (ya == yb && last.toEpochDay() - first.toEpochDay() < 100) {
            return HIJRI_MONTHS[ma - 1] + " – " + HIJRI_MONTHS[mb - 1] + " " + ya + " هـ";
        }
        if (last.toEpochDay() - first.toEpochDay() < 100) {
            return HIJRI_MONTHS[ma - 1] + " " + ya + " – " + HIJRI_MONTHS[mb - 1] + " " + yb + " هـ";
        }
        return ya == yb ? ya + " هـ" : ya + "–" + yb + " هـ";
    }

    /** Whether the expression names a Hijri month or says «هـ»/«هجري»: the date was given in the Hijri calendar. */
    public static boolean hijriExpression(String expression) {
        if (expression == null || expression.isBlank()) {
            return false;
        }
        if (expression.contains("هـ") || expression.contains("هجري") || expression.contains("هجرية")) {
            return true;
        }
        List<Words.Word> words = Words.split(expression);
        for (int i = 0; i < words.size(); i++) {
            if (Months.hijri(words, i) != null) {
                return true;
            }
        }
        return false;
    }
}
