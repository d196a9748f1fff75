package org.tarikh.order;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a TIMEX3 DATE or TIME value into an interval on the timeline.
 * <ul>
 *   <li>{@code 2021-04-07} a day, {@code 2021-W14} an ISO week, {@code 2021-04} a month,
 *   {@code 2021-Q2} a quarter, {@code 2021-SP|SU|FA|WI} a meteorological season (winter
 *   starts in December of the year before), {@code 2021-H1} a half year, {@code 2021} a year,
 *   {@code 202} a decade, {@code 20} a century;</li>
 *   <li>{@code 2021-04-07T10:30} a minute, {@code 2021-04-07T10} an hour,
 *   {@code 2021-04-07TMO|MI|AF|EV|NI|DT} a part of the day;</li>
 *   <li>{@code mod} START, MID and END narrow the interval to its first, middle and last
 *   third; other mods leave it as it is;</li>
 *   <li>{@code PRESENT_REF} is the publication day; {@code PAST_REF} is the minute just before
 *   it and {@code FUTURE_REF} the minute just after it, both flagged vague, so they sort
 *   before or after everything that happened on the publication day.</li>
 * </ul>
 * Durations, sets and values we cannot place (e.g. {@code XXXX-XX-05}) give no interval.
 */
public final class TimexIntervals {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TIME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})(?::(\\d{2}))?(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern PART_OF_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(MO|MI|AF|EV|NI|DT)");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern WEEKEND = Pattern.compile("(\\d{4})-W(\\d{2})-WE");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})");

    private TimexIntervals() {
    }

    public static Optional<TimeInterval> of(String value, String mod, LocalDate dct) {
        if (value == null) {
            return Optional.empty();
        }
        Optional<TimeInterval> plain = plain(value.strip(), dct);
        return plain.map(i -> narrow(i, mod));
    }

    private static Optional<TimeInterval> plain(String v, LocalDate dct) {
        Matcher m;
        switch (v) {
            case "PRESENT_REF":
                return Optional.of(days(dct, dct.plusDays(1), Granularity.VAGUE, false));
            case "PAST_REF": {
                LocalDateTime at = dct.atStartOfDay();
                return Optional.of(new TimeInterval(at.minusMinutes(1), at, Granularity.VAGUE, true));
            }
            case "FUTURE_REF": {
                LocalDateTime at = dct.plusDays(1).atStartOfDay();
                return Optional.of(new TimeInterval(at, at.plusMinutes(1), Granularity.VAGUE, true));
            }
            default:
                break;
        }
        try {
            if ((m = PART_OF_DAY.matcher(v)).matches()) {
                LocalDate d = date(m);
                return Optional.of(partOfDay(d, m.group(4)));
            }
            if ((m = TIME.matcher(v)).matches()) {
                LocalDateTime t = date(m).atTime(LocalTime.of(hour(m.group(4)) % 24, 0));
                if (m.group(4).equals("24")) {
                    t = t.plusDays(1);
                }
                if (m.group(5) != null) {
                    LocalDateTime minute = t.plusMinutes(Integer.parseInt(m.group(5)));
                    return Optional.of(new TimeInterval(minute, minute.plusMinutes(1), Granularity.MINUTE, false));
                }
                return Optional.of(new TimeInterval(t, t.plusHours(1), Granularity.HOUR, false));
            }
            if ((m = DAY.matcher(v)).matches()) {
                LocalDate d = date(m);
                return Optional.of(days(d, d.plusDays(1), Granularity.DAY, false));
            }
            if ((m = WEEKEND.matcher(v)).matches()) {
                LocalDate monday = isoWeekMonday(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return Optional.of(days(monday.plusDays(5), monday.plusDays(7), Granularity.WEEK, false));
            }
            if ((m = WEEK.matcher(v)).matches()) {
                LocalDate monday = isoWeekMonday(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return Optional.of(days(monday, monday.plusWeeks(1), Granularity.WEEK, false));
            }
            if ((m = MONTH.matcher(v)).matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return Optional.of(days(first, first.plusMonths(1), Granularity.MONTH, false));
            }
            if ((m = QUARTER.matcher(v)).matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1);
                return Optional.of(days(first, first.plusMonths(3), Granularity.QUARTER, false));
            }
            if ((m = SEASON.matcher(v)).matches()) {
                int year = Integer.parseInt(m.group(1));
                LocalDate first = switch (m.group(2)) {
                    case "SP" -> LocalDate.of(year, 3, 1);
                    case "SU" -> LocalDate.of(year, 6, 1);
                    case "FA" -> LocalDate.of(year, 9, 1);
                    default -> LocalDate.of(year - 1, 12, 1);
                };
                return Optional.of(days(first, first.plusMonths(3), Granularity.SEASON, false));
            }
            if ((m = HALF.matcher(v)).matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), m.group(2).equals("1") ? 1 : 7, 1);
                return Optional.of(days(first, first.plusMonths(6), Granularity.HALF_YEAR, false));
            }
            if ((m = YEAR.matcher(v)).matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
                return Optional.of(days(first, first.plusYears(1), Granularity.YEAR, false));
            }
            if ((m = DECADE.matcher(v)).matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)) * 10, 1, 1);
                return Optional.of(days(first, first.plusYears(10), Granularity.DECADE, false));
            }
            if ((m = CENTURY.matcher(v)).matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)) * 100, 1, 1);
                return Optional.of(days(first, first.plusYears(100), Granularity.CENTURY, false));
            }
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return Optional.empty(); // 2021-02-30 and the like: not a place on the timeline
        }
        return Optional.empty();
    }

    /** START, MID and END keep the first, middle and last third of the interval. */
    static TimeInterval narrow(TimeInterval i, String mod) {
        if (mod == null || i.granularity() == Granularity.VAGUE) {
            return i;
        }
        long minutes = ChronoUnit.MINUTES.between(i.start(), i.end());
        long third = Math.max(1, minutes / 3);
        return switch (mod) {
            case "START" -> new TimeInterval(i.start(), i.start().plusMinutes(third), i.granularity(), i.vague());
            case "MID" -> new TimeInterval(i.start().plusMinutes(third), i.start().plusMinutes(Math.max(third + 1, minutes - third)), i.granularity(), i.vague());
            case "END" -> new TimeInterval(i.end().minusMinutes(third), i.end(), i.granularity(), i.vague());
            default -> i;
        };
    }

    private static TimeInterval partOfDay(LocalDate d, String part) {
        LocalDateTime day = d.atStartOfDay();
        return switch (part) {
            case "MO" -> new TimeInterval(day.plusHours(6), day.plusHours(12), Granularity.PART_OF_DAY, false);
            case "MI" -> new TimeInterval(day.plusHours(12), day.plusHours(14), Granularity.PART_OF_DAY, false);
            case "AF" -> new TimeInterval(day.plusHours(12), day.plusHours(18), Granularity.PART_OF_DAY, false);
            case "EV" -> new TimeInterval(day.plusHours(18), day.plusHours(21), Granularity.PART_OF_DAY, false);
            case "NI" -> new TimeInterval(day.plusHours(21), day.plusHours(24), Granularity.PART_OF_DAY, false);
            default -> new TimeInterval(day.plusHours(6), day.plusHours(18), Granularity.PART_OF_DAY, false);
        };
    }

    private static TimeInterval days(LocalDate from, LocalDate to, Granularity g, boolean vague) {
        return new TimeInterval(from.atStartOfDay(), to.atStartOfDay(), g, vague);
    }

    private static LocalDate date(Matcher m) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static int hour(String h) {
        return Integer.parseInt(h);
    }

    static LocalDate isoWeekMonday(int weekBasedYear, int week) {
        LocalDate jan4 = LocalDate.of(weekBasedYear, 1, 4);
        return jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** For tests and docs: the length of an interval. */
    static Duration length(TimeInterval i) {
        return Duration.between(i.start(), i.end());
    }
}
