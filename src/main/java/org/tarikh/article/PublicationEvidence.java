package org.tarikh.article;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication-date evidence an article carries besides its metadata: a date in its
 * URL and a dateline at the head of its text. See {@link DateEvidence} for the order of trust.
 */
public final class PublicationEvidence {

    /** {@code /2015/07/20/}, {@code 2015-07-20}, {@code /20150720/}: a year, a month and a day, not inside a longer number. */
    private static final Pattern URL_DATE = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2})(?:([/_-])([01]?[0-9])\\2([0-3]?[0-9])|([01][0-9])([0-3][0-9]))(?![0-9])");

    private static final Map<String, Integer> WEEKDAYS = new HashMap<>();
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Pattern DATELINE;

    static {
        for (String line : lines("dateline-words.txt")) {
            String[] f = line.split("\\s+");
            Map<String, Integer> target = f[0].equals("weekday") ? WEEKDAYS : MONTHS;
            for (int i = 2; i < f.length; i++) {
                target.put(f[i].replace('_', ' '), Integer.parseInt(f[1]));
            }
        }
        String weekday = alternatives(WEEKDAYS);
        String month = alternatives(MONTHS);
        // PLACE SEPARATOR [(][WEEKDAY[،]] DAY MONTH [YEAR], or WEEKDAY[،] DAY MONTH [YEAR] opening the text
        // (a place is one to three words; the separator a dash or a colon, or a tatweel after a space,
        // so that «الـ15» is no place and separator). A weekday alone is no dateline: «قتل -الخميس-»
        // opens a sentence as easily as «جدة - الاثنين:» opens a dateline.
        String word = "[\\p{L}&&[^\\u0640]]+";
        String place = word + "(?:\\s+" + word + "){0,2}(?:\\s*[-–—:]|\\s+\\u0640+)\\s*";
        DATELINE = Pattern.compile("^\\s*(?<place>" + place + "(?:\\(\\s*)?)?"
                + "(?:(?<wd>" + weekday + ")\\s*[،,]?\\s*)?"
                + "(?<day>\\p{Nd}{1,2})\\s+(?:من\\s+)?(?<month>" + month + ")(?:\\s+(?<year>\\p{Nd}{4}))?(?![\\p{L}\\p{Nd}])");
    }

    private PublicationEvidence() {
    }

    /** The date a URL carries, if it carries one valid date. */
    public static Optional<DateEvidence.Candidate> url(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            try {
                int year = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
                int day = Integer.parseInt(m.group(4) != null ? m.group(4) : m.group(6));
                return Optional.of(new DateEvidence.Candidate(DateEvidence.Kind.URL, LocalDate.of(year, month, day),
                        m.group()));
            } catch (DateTimeException e) {
                // not a date (e.g. an id that happens to start like a year): look further
            }
        }
        return Optional.empty();
    }

    /**
     * The date a dateline at the head of the text gives. A day and month without a year take
     * the year that puts them nearest the {@code reference} date (the best evidence found
     * before the dateline, else the capture date). A weekday that
     * does not fall on the stated date makes the dateline no evidence. Without a reference,
     * only a full date counts.
     */
    public static Optional<DateEvidence.Candidate> dateline(String text, LocalDate reference) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 160));
        int nl = head.indexOf('\n');
        head = nl > 0 ? head.substring(0, nl) : head;
        Matcher m = DATELINE.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group("place") == null && m.group("wd") == null) {
            return Optional.empty(); // a text opening on a date is not a dateline without a place or weekday
        }
        String written = m.group().strip();
        int day = number(m.group("day"));
        int month = MONTHS.get(m.group("month"));
        DayOfWeek weekday = m.group("wd") == null ? null : DayOfWeek.of(WEEKDAYS.get(m.group("wd")));
        List<LocalDate> options = new ArrayList<>();
        if (m.group("year") != null) {
            addDate(options, number(m.group("year")), month, day);
        } else if (reference != null) {
            for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
                addDate(options, y, month, day);
            }
        }
        LocalDate best = null;
        for (LocalDate d : options) {
            if (weekday != null && d.getDayOfWeek() != weekday) {
                continue;
            }
            if (best == null || reference != null
                    && Math.abs(ChronoUnit.DAYS.between(d, reference)) < Math.abs(ChronoUnit.DAYS.between(best, reference))) {
                best = d;
            }
        }
        return Optional.ofNullable(best).map(d -> new DateEvidence.Candidate(DateEvidence.Kind.DATELINE, d, written));
    }

    private static void addDate(List<LocalDate> out, int year, int month, int day) {
        try {
            out.add(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            // 31 in a 30-day month: no such date
        }
    }

    /** Digits of any script (Arabic-Indic «٩» too). */
    private static int number(String digits) {
        int n = 0;
        for (int i = 0; i < digits.length(); i++) {
            n = n * 10 + Character.digit(digits.charAt(i), 10);
        }
        return n;
    }

    private static String alternatives(Map<String, Integer> words) {
        return words.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    private static List<String> lines(String resource) {
        return org.tarikh.RuleData.lines(PublicationEvidence.class, resource);
    }
}
