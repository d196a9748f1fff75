package org.tarikh.annotate.grammar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tarikh.annotate.TimexType;
import org.tarikh.annotate.morph.Morphology;
import org.tarikh.annotate.norm.Lexicon;
import org.tarikh.annotate.rules.DurationAnnotator;
import org.tarikh.annotate.rules.MonthAnnotator;

/**
 * The composers of grammar.txt: each turns the pieces a rule matched into the meaning of the
 * result, against the publication date and the tense of the clause, or returns null when the
 * pieces do not make a date (31 February, a weekday that contradicts its date is kept but
 * flagged). Hijri dates use {@link HijrahDate} (Umm al-Qura).
 */
final class GrammarComposer {

    /** What a composer may look at besides the pieces. */
    /**
     * @param firstWord  the first word of the extent as written (its proclitic included)
     * @param lastWord   the last word of the extent («1346ه»: a year with its era letter glued on)
     * @param dateBefore the value of the last dated expression (a value starting with a year) that
     *                   ends before the extent, or null
     * @param time       the publication time of day, or null when unknown
     */
    record Context(LocalDate dct, boolean future, boolean spokenFuture, boolean pastVerb, String nextWord, String previousWord, String firstWord,
            String lastWord, String dateBefore, LocalTime time) {
    }

    /** A value with a remark for the rule trail, e.g. a weekday that contradicts its date. */
    record Flagged(Object value, String flag) {
    }

    /** Per composer, how far from the publication date's Hijri year an era-less year is still read as Hijri. */
    private static final Map<String, Integer> ERALESS_HIJRI_WINDOWS = eralessHijriWindows();

    private static Map<String, Integer> eralessHijriWindows() {
        Map<String, Integer> m = new HashMap<>();
        for (String[] r : Lexicon.table("grammar/hijri-eraless.txt")) {
            m.put(r[0], Integer.parseInt(r[1]));
        }
        return Map.copyOf(m);
    }

    /** «الأسبوع», the only spelling rule week-report takes. */
    private static final String THE_WEEK = Lexicon.key("الأسبوع");

    private GrammarComposer() {
    }

    static Object compose(String composer, List<Piece> parts, Context c) {
        try {
            return switch (composer) {
                case "numericDate" -> numericDate(parts, c);
                case "year" -> year(parts, c);
                case "gregorianYearWord" -> gregorianYearWord(year(parts, c), c);
                case "relativeYear" -> new Sem.Year(0, false, (Integer) value(parts, "REL"));
                case "thisYear" -> new Sem.Year(0, false, 0);
                case "relativeMonth" -> gregorianMonth(YearMonth.from(c.dct()).plusMonths((Integer) value(parts, "REL")));
                case "thisMonth" -> gregorianMonth(YearMonth.from(c.dct()));
                case "monthOfYear" -> monthOfYear((Sem.MonthName) value(parts, "MONTHNAME"), (Sem.Year) value(parts, "YEAR"), c);
                case "namedMonthRelative" -> namedMonth((Sem.MonthName) value(parts, "MONTHNAME"), (Integer) value(parts, "REL"), c);
                case "namedMonthRelativeYear" -> namedMonthRelativeYear(parts, c);
                case "dayOfMonth" -> dayOfMonth(piece(parts, "MONTH"), (Integer) value(parts, "DAYNUM"), c);
                case "dayOfNamedMonth" -> dayOfNamedMonth((Sem.MonthName) value(parts, "MONTHNAME"), (Integer) value(parts, "DAYNUM"), c);
                case "spokenDayOfMonth" -> spokenDayOfMonth((Sem.MonthName) value(parts, "MONTHNAME"), numbers(parts).get(0), c);
                case "weekdayDate" -> weekdayDate((Integer) value(parts, "WEEKDAY"), piece(parts, "DATE"), c);
                case "nthWeekday" -> nthWeekday((Integer) value(parts, "NTH"), (Integer) value(parts, "WEEKDAY"), (Sem.Month) value(parts, "MONTH"));
                case "nthWeekdayNamed" -> nthWeekday((Integer) value(parts, "NTH"), (Integer) value(parts, "WEEKDAY"),
                        namedMonth((Sem.MonthName) value(parts, "MONTHNAME"), null, c));
                case "lastDay" -> lastDay((Sem.Month) value(parts, "MONTH"));
                case "lastDayNamed" -> lastDay(namedMonth((Sem.MonthName) value(parts, "MONTHNAME"), null, c));
                case "lastWeek" -> lastWeek((Sem.Month) value(parts, "MONTH"));
                case "lastWeekNamed" -> lastWeek(namedMonth((Sem.MonthName) value(parts, "MONTHNAME"), null, c));
                case "holiday" -> holiday((Sem.Holiday) value(parts, "HOLIDAY"), null, c);
                case "holidayOfYear" -> holiday((Sem.Holiday) value(parts, "HOLIDAY"), (Sem.Year) value(parts, "YEAR"), c);
                case "offset" -> offset(parts, c);
                case "duration" -> duration(parts);
                case "clock24" -> clock24(parts, c);
                case "firstDay" -> day((Sem.Month) value(parts, "MONTH"), 1);
                case "firstDayNamed" -> day(namedMonth((Sem.MonthName) value(parts, "MONTHNAME"), null, c), 1);
                case "hijriMonthAlone" -> hijriMonthAlone((Sem.MonthName) value(parts, "MONTHNAME"), c);
                case "yearPairFirst" -> yearPairFirst(parts);
                case "thisDay" -> c.dct();
                case "reportWeek" -> THE_WEEK.equals(c.firstWord()) ? week(c.dct()) : null;
                case "weekend" -> weekend((Integer) value(parts, "REL"), c);
                case "sameDate" -> value(parts, "DATE") instanceof LocalDate d ? d : null;
                case "modifiedMonth" -> modified(reading((Sem.Month) value(parts, "MONTH")), parts);
                case "modifiedNamedMonth" -> modifiedNamedMonth(parts, c);
                case "relativeYearDate" -> yearReading(new Sem.Year(0, false, (Integer) value(parts, "REL")), c);
                case "relativeMonthDate" -> reading(gregorianMonth(YearMonth.from(c.dct()).plusMonths((Integer) value(parts, "REL"))));
                case "modifiedYear" -> modified(yearReading((Sem.Year) value(parts, "YEAR"), c), parts);
                case "lately" -> c.previousWord().equals("و") || parts.get(0).skip() > 0 ? null
                        : new Sem.Reading(TimexType.DATE, "PAST_REF", null); // «وأخيرا»: finally
                case "vague" -> new Sem.Reading(TimexType.DATE, (String) value(parts, "VAGUE"), null);
                // acc12b: «هذا العصر» is the present, «هذا العصر المعرفي» an era by name
                case "vagueAge" -> c.nextWord().startsWith("ال") && c.nextWord().length() > 3 ? null
                        : new Sem.Reading(TimexType.DATE, (String) value(parts, "AGENOW"), null);
                case "monthOfYearBare" -> monthOfYearBare((Sem.MonthName) value(parts, "MONTHNAME"), (Integer) value(parts, "NUM"), c);
                case "hijriYearWord" -> hijriYearWord(parts, c);
                case "hijriYearFirstDate" -> hijriYearFirstDate(parts, c);
                case "hijriYearPairFirst", "hijriYearPairSecond" -> hijriYearPair(composer, parts, c);
                case "hijriDeicticYear" -> eralessHijriYearReading(composer, parts, c);
                case "hijriSeason" -> {
                    Sem.Reading year = eralessHijriYearReading(composer, parts, c);
                    yield year == null ? null : new Sem.Reading(TimexType.DATE, year.value() + "-" + value(parts, "SEASON"), null);
                }
                case "weekdayTwoWeeks" -> weekdayTwoWeeks((Integer) value(parts, "WEEKDAY"), (Integer) value(parts, "REL"), c);
                case "compoundDuration" -> compoundDuration(parts);
                case "partOfYear" -> partOfYear(parts, c);
                case "dayMonthNameYear" -> dayMonthNameYear(parts, c);
                case "thisSeason" -> new Sem.Reading(TimexType.DATE, c.dct().getYear() + "-" + value(parts, "SEASON"), null);
                case "vagueSpan" -> vagueSpan((String[]) value(parts, "UNIT"));
                case "countedDuration" -> countedDuration(parts, c);
                case "vagueOffset" -> vagueOffset(parts, c);
                case "weekdayEachWeek" -> new Sem.Reading(TimexType.SET, "XXXX-WXX-" + value(parts, "WEEKDAY"), null);
                case "wholeUnit" -> wholeUnit((String[]) value(parts, "UNIT"));
                case "eventOffset" -> duration(parts);
                // «3 أو 4 سنوات»: the first count takes the unit written after the second
                // «في الـ29 من العمر»: an age in years
                case "ageYears" -> value(parts, has(parts, "AGEORD") ? "AGEORD" : "NUM") instanceof Integer a && a >= 1 && a <= 120
                        ? new Sem.Reading(TimexType.DURATION, "P" + a + "Y", null) : null;
                // «نحو ثلاثة إلى أربعة أسابيع»: «نحو» before the first count gives it APPROX (acc12b)
                case "sharedUnit" -> numbers(parts).get(0) >= 1 && numbers(parts).get(0) <= 100 ? approximate(duration(parts), parts) : null;
                // acc12b: «سنوات عمره (الماضية)», «سني عمره»: the years of a life, a span of unstated length
                case "lifeSpan" -> vagueSpan((String[]) (has(parts, "LIFEUNIT") ? value(parts, "LIFEUNIT") : value(parts, "UNIT")));
                // acc12b: «عام (2020)»: the year word and the opening bracket inside, the closing one outside
                case "bracketedYear" -> {
                    Sem.Year y = year(parts, c);
                    yield y == null ? null : yearReading(y, c);
                }
                // «سحب العلاج بعد ستة أسابيع»: after a perfect verb, «بعد» counts from the event the verb tells
                case "eventOffsetAfterPast" -> countsFromThePastEvent(c) ? approximate(duration(parts), parts) : null;
                // «كانوا إلى وقت قريب»: until recently
                case "recent" -> new Sem.Reading(TimexType.DATE, (String) value(parts, "RECENT"), null);
                case "gluedSpan" -> gluedSpan(parts, c);
                case "hijriMonthCoordinated" -> hijriMonthAlone((Sem.MonthName) parts.stream()
                        .filter(p -> p.category().equals("MONTHNAME")).reduce((a, b) -> b).orElseThrow().value(), c);
                case "fiscalPart" -> fiscalPart(parts, c);
                case "bareSpan" -> c.firstWord().startsWith("ال") || construct(c) ? null : vagueSpan((String[]) value(parts, "UNIT"));
                case "offsetSpan" -> offsetSpan((String[]) value(parts, "UNIT"), c);
                // acc12b: «نهاية ذلك العام» → the year last named, END (round thirteen d341)
                case "modifiedThatYear" -> thatYear(c) == null ? null : modified(thatYear(c), parts);
                case "thatYear" -> thatYear(c);
                case "seasonOfAYear" -> seasonOfAYear((Sem.Year) value(parts, "YEAR"), (String) value(parts, "SEASON"), c);
                case "thatMonth" -> c.dateBefore() == null || !c.dateBefore().matches("\\d{4}-\\d{2}.*") ? null
                        : new Sem.Reading(TimexType.DATE, c.dateBefore().substring(0, 7), null);
                // acc14: «في نفس اليوم», «الأسبوع ذاته»: the day, or its ISO week, of the last dated expression
                case "thatDay" -> c.dateBefore() == null || !c.dateBefore().matches("\\d{4}-\\d{2}-\\d{2}.*") ? null
                        : new Sem.Reading(TimexType.DATE, c.dateBefore().substring(0, 10), null);
                case "thatWeek" -> thatWeek(c.dateBefore());
                case "clockOffset" -> clockOffset(parts, c);
                case "weekdayOfDate" -> weekdayDate((Integer) value(parts, "WEEKDAY"), piece(parts, "DATE"), c);
                case "partOfCurrentYear" -> new Sem.Reading(TimexType.DATE,
                        yearReading(new Sem.Year(0, false, relative(parts)), c).value() + "-" + value(parts, "PARTOFYEAR"), null);
                case "namedYearRelative" -> namedYearRelative((Sem.Year) value(parts, "YEAR"), (Integer) value(parts, "REL"), c);
                case "seasonOfYear" -> new Sem.Reading(TimexType.DATE,
                        String.format(Locale.ROOT, "%04d", c.dct().getYear() + relative(parts)) + "-" + value(parts, "SEASON"), null);
                case "nthDayOfHoliday" -> (Integer) value(parts, "NTH") < 2 ? null
                        : holiday((Sem.Holiday) value(parts, "HOLIDAY"), null, c).plusDays((Integer) value(parts, "NTH") - 1L);
                case "offsetHalf" -> offsetHalf(parts, c);
                case "century" -> has(parts, "REL") ? c.dct().getYear() / 100 + (Integer) value(parts, "REL")
                        : (Integer) value(parts, "CENTURYNAME");
                case "decadeOfCentury" -> decadeOfCentury((Integer) value(parts, "CENTURY"), (Integer) value(parts, "DECADENAME"), parts);
                case "nthDecadeOfCentury" -> (Integer) value(parts, "DAYNUM") > 10 ? null
                        : decadeOfCentury((Integer) value(parts, "CENTURY"), (Integer) value(parts, "DAYNUM") - 1, parts);
                case "thatMonthPart" -> c.dateBefore() == null || !c.dateBefore().matches("\\d{4}-\\d{2}.*") ? null
                        : new Sem.Month(Integer.parseInt(c.dateBefore().substring(0, 4)), Integer.parseInt(c.dateBefore().substring(5, 7)), false);
                case "thatMonthOfYear" -> thatMonthOfYear(parts, c);
                case "weekdayDayMonth" -> weekdayDayMonth((Integer) value(parts, "WEEKDAY"), numbers(parts).get(0), numbers(parts).get(1), c);
                case "relativeYearNamed" -> relativeYearNamed(parts, c);
                case "relativeYearNamedDate" -> {
                    Sem.Year y = relativeYearNamed(parts, c);
                    yield y == null ? null : yearReading(y, c);
                }
                case "halfOfMonth" -> halfOfMonth(parts, (Sem.Month) value(parts, "MONTH"));
                case "halfOfNamedMonth" -> {
                    Sem.MonthName name = (Sem.MonthName) value(parts, "MONTHNAME");
                    yield name.hijri() ? null : halfOfMonth(parts,
                            new Sem.Month(MonthAnnotator.nearestYear(c.dct(), name.month(), null, c::future), name.month(), false));
                }
                case "stepFromNamed" -> stepFromNamed(parts, c);
                case "previousWeek" -> previousWeek(c);
                case "bracketedMore" -> {
                    Sem.Reading r = duration(parts);
                    yield new Sem.Reading(r.type(), r.value(), has(parts, "MORE") ? "MORE_THAN" : "LESS_THAN");
                }
                case "slashedCount" -> ((String[]) value(parts, "UNIT"))[1].equals("1") && numbers(parts).get(0) > 1 ? duration(parts) : null;
                case "firstOfNamedMonth" -> {
                    Sem.MonthName name = (Sem.MonthName) value(parts, "MONTHNAME");
                    yield name.hijri() ? day(hijriMonthAlone(name, c), 1)
                            : LocalDate.of(MonthAnnotator.nearestYear(c.dct(), name.month(), 1, c::future), name.month(), 1);
                }
                // «أول مايو 2015», «أول أغسطس المقبل»: a month placed by a year or relative word (not «أول الشهر», the start of it)
                case "firstOfMonth" -> piece(parts, "MONTH").rules().matches("(month-of-year|named-month-relative).*")
                        ? day((Sem.Month) value(parts, "MONTH"), 1) : null;
                case "dayOfNamedMonthNearest" -> {
                    Sem.MonthName name = (Sem.MonthName) value(parts, "MONTHNAME");
                    int d = (Integer) value(parts, "DAYNUM");
                    LocalDate date = name.hijri() ? dayOfNamedMonth(name, d, c)
                            : LocalDate.of(MonthAnnotator.nearestYear(c.dct(), name.month(), d, c::future), name.month(), d);
                    yield new Sem.Reading(TimexType.DATE, date.toString(), null);
                }
                case "beforeChrist" -> beforeChrist(parts);
                case "cuedYear" -> cuedYear(parts, c);
                case "gregorianYearPairFirst", "gregorianYearPairSecond" -> gregorianYearPair(composer.endsWith("First"), parts);
                // acc11b (round eleven): «15 مارس من كل عام»; a Hijri month builds nothing
                case "dayEachYear" -> {
                    Sem.MonthName name = (Sem.MonthName) value(parts, "MONTHNAME");
                    yield name.hijri() ? null : new Sem.Reading(TimexType.SET,
                            String.format(Locale.ROOT, "XXXX-%02d-%02d", name.month(), (Integer) value(parts, "DAYNUM")), null);
                }
                case "dayEachMonth" -> new Sem.Reading(TimexType.SET, String.format(Locale.ROOT, "XXXX-XX-%02d", (Integer) value(parts, "DAYNUM")), null);
                // acc11 and acc11b (round eleven): «(نهاية) شهر يونيو من كل عام» → SET XXXX-06 (END); a Hijri month recurs on
                // no fixed Gregorian month
                case "monthEachYear" -> {
                    Sem.MonthName name = (Sem.MonthName) value(parts, "MONTHNAME");
                    yield name.hijri() ? null : new Sem.Reading(TimexType.SET,
                            String.format(Locale.ROOT, "XXXX-%02d", name.month()), (String) value(parts, "MODIFIER"));
                }
                // acc10c (round ten): «الثاني عشر من ربيع الأول», a Hijri month only
                case "dayOfHijriMonth" -> {
                    Sem.MonthName name = (Sem.MonthName) value(parts, "MONTHNAME");
                    yield name.hijri() ? dayOfNamedMonth(name, (Integer) value(parts, "DAYNUM"), c) : null;
                }
                // acc10b (round ten)
                case "pastNoun" -> pastNoun(parts, c);
                case "pairedPastNoun" -> pairedPastNoun(parts, c);
                case "pairedTimeNoun" -> pairedTimeNoun(parts, c);
                case "workingDuration" -> {
                    Sem.Amount a = (Sem.Amount) value(parts, "AMOUNT");
                    // a written count or a dual («30 يوم عمل», «يومي عمل»); «يوم عمل» alone is 'a working day', no span
                    yield (a.unit().equals("D") || a.unit().equals("H")) && (a.counted() || a.count() == 2) ? duration(parts) : null;
                }
                case "oneUnitSpan" -> oneUnitSpan(piece(parts, "UNIT"), c);
                case "indefiniteSpan" -> definite(piece(parts, "UNIT"), c) ? null : vagueSpan((String[]) value(parts, "UNIT"));
                default -> throw new IllegalStateException("grammar.txt names an unknown composer: " + composer);
            };
        } catch (DateTimeException | ArithmeticException e) {
            return null; // no such day, or out of the calendar's range
        }
    }

    /** grammar/past-noun-before.txt: words after which «الماضي» is the noun 'the past'. */
    private static final java.util.Set<String> PAST_NOUN_BEFORE = java.util.Set.copyOf(
            Lexicon.lines("grammar/past-noun-before.txt").stream().map(Lexicon::key).toList());
    /** After «الماضي» these make it a surname, the subject of a verb of saying («وقال الماضي إن …»). */
    private static final java.util.Set<String> SAYING_NEXT = java.util.Set.copyOf(java.util.List.of(Lexicon.key("إن"), Lexicon.key("أن"), ":", "،", ","));

    /** Whether a piece's first word, its proclitic aside, has the article («السنوات», «بالسنوات», «للسنوات»). */
    private static boolean definite(Piece p, Context c) {
        String w = c.firstWord();
        String rest = p.skip() > 0 && p.skip() < w.length() ? w.substring(p.skip()) : w;
        return rest.startsWith("ال") || (p.skip() > 0 && w.startsWith("لل"));
    }

    /** A proclitic the view wrote apart from its host («ب الماضي»). */
    private static final java.util.regex.Pattern PROCLITIC_WORD = java.util.regex.Pattern.compile("[وف]?[بلك]");
    /** A year after a unit («خلال عام 2014») makes the unit a year word, not a span. */
    private static final java.util.regex.Pattern YEAR_NUMBER = java.util.regex.Pattern.compile("\\d{4}.*");

    /**
     * «الماضي» as the noun 'the past' (PAST_REF): glued to ب/ل/ك («بالماضي»), or after a preposition or particle
     * (grammar/past-noun-before.txt) or an imperfect verb that is no month name («يعكس الماضي»), and not followed
     * by what makes it the subject of a verb of saying. After a noun it is the adjective 'last' and builds nothing.
     */
    private static Sem.Reading pastNoun(List<Piece> parts, Context c) {
        Piece p = parts.get(0);
        String first = c.firstWord();
        String stem = first.startsWith("و") || first.startsWith("ف") ? first.substring(1) : first;
        boolean glued = stem.startsWith("ب") || stem.startsWith("ل") || stem.startsWith("ك"); // not a bare «و/ف»
        String prev = c.previousWord();
        boolean noun = p.skip() > 0 ? glued
                : PROCLITIC_WORD.matcher(prev).matches() || PAST_NOUN_BEFORE.contains(prev) || (!org.tarikh.annotate.norm.Months.isOneWordName(prev) && !org.tarikh.annotate.norm.GivenNames.SPEECH_VERBS.contains(prev)
                        && org.tarikh.annotate.morph.Morphology.isImperfect(org.tarikh.annotate.morph.Morphology.withoutConjunction(prev)));
        if (!noun || SAYING_NEXT.contains(c.nextWord())) {
            return null;
        }
        return new Sem.Reading(TimexType.DATE, (String) value(parts, "PASTNOUN"), null);
    }

    /**
     * acc11: «الماضي» before «أو المستقبل» or a joined «والمستقبل/والحاضر/بالمستقبل» is the noun (PAST_REF), unless a
     * definite noun or a month name stands before it («العام الماضي والمقبل» has no TIMENOUN; «العام الماضي والمستقبل»
     * would be the adjective). Without «أو», the paired noun must carry a proclitic.
     */
    private static Sem.Reading pairedPastNoun(List<Piece> parts, Context c) {
        Piece past = parts.get(0);
        Piece paired = parts.get(parts.size() - 1);
        boolean or = parts.size() == 3;
        String prev = c.previousWord();
        if (!or && paired.skip() == 0 || past.skip() == 0 && (prev.startsWith("ال") || org.tarikh.annotate.norm.Months.isOneWordName(prev))) {
            return null;
        }
        return new Sem.Reading(TimexType.DATE, (String) value(parts, "PASTNOUN"), null);
    }

    private static final java.util.Set<String> PAIRED_NOUNS = java.util.Set.of(Lexicon.key("الماضي"), Lexicon.key("الحاضر"),
            Lexicon.key("المستقبل"));

    /**
     * acc11: «المستقبل/الحاضر» as a noun paired with «الماضي»: after «الماضي أو», or joined by a proclitic right after one
     * of the paired nouns («الماضي والمستقبل», «الماضي والحاضر والمستقبل»).
     */
    private static Sem.Reading pairedTimeNoun(List<Piece> parts, Context c) {
        Piece noun = parts.get(parts.size() - 1);
        boolean or = parts.size() == 3;
        if (!or && (noun.skip() == 0 || !PAIRED_NOUNS.contains(c.previousWord()))) {
            return null;
        }
        return new Sem.Reading(TimexType.DATE, (String) value(parts, "TIMENOUN"), null);
    }

    /**
     * A bare singular unit after a span cue («خلال أسبوع»): one of the unit, P1W. Not definite («خلال الأسبوع»), not in
     * construct with a definite noun («خلال شهر رمضان»), not a plural or dual (other rules read those).
     */
    private static Sem.Reading oneUnitSpan(Piece unit, Context c) {
        String[] u = (String[]) unit.value();
        if (!u[1].equals("1") || c.firstWord().startsWith("ال") || unit.skip() > 0 || construct(c) || org.tarikh.annotate.norm.Months.isOneWordName(c.nextWord())
                || YEAR_NUMBER.matcher(c.nextWord()).matches()) {
            return null;
        }
        String v = switch (u[0]) {
            case "H" -> "PT1H";
            case "MIN" -> "PT1M";
            case "S" -> "PT1S";
            default -> "P1" + u[0];
        };
        return new Sem.Reading(TimexType.DURATION, v, null);
    }

    /** «2014/2015», «2013 / 2014»: two consecutive Gregorian years (1900–2100), each its own year; an era «هـ» builds nothing. */
    private static Sem.Reading gregorianYearPair(boolean first, List<Piece> parts) {
        List<Integer> n = numbers(parts);
        if (n.size() != 2 || n.get(0) < 1900 || n.get(0) > 2100 || n.get(1) != n.get(0) + 1 || "H".equals(value(parts, "ERA"))) {
            return null;
        }
        return new Sem.Reading(TimexType.DATE, Integer.toString(first ? n.get(0) : n.get(1)), null);
    }

    /** «لمدة عام», «منذ عام»: the bare singular «عام/سنة» after a span cue is P1Y (not «العام», not «عام 2009»). */
    private static Sem.Reading cuedYear(List<Piece> parts, Context c) {
        Sem.Amount a = (Sem.Amount) value(parts, "AMOUNT");
        if (a == null || a.counted() || a.count() != 1 || !a.unit().equals("Y") || c.firstWord().startsWith("ال")
                || !c.nextWord().isEmpty() && Character.isDigit(c.nextWord().charAt(0))) {
            return null;
        }
        return new Sem.Reading(TimexType.DURATION, "P1Y", null);
    }

    /**
     * A year or century before the common era («قبل الميلاد», «ق.م»; annotation guidelines, case 45):
     * «عام 3100 قبل الميلاد» → BC3100, «1900 عام قبل الميلاد» (years counted back from the era) →
     * BC1900, «35 ألف سنة قبل الميلاد» → BC35000, «القرن السادس قبل الميلاد» → BC05 (the century's
     * hundreds, as «القرن العشرين» is 19); «نحو» gives APPROX, «أكثر من» BEFORE, «أقل من» AFTER.
     */
    private static Sem.Reading beforeChrist(List<Piece> parts) {
        String mod = has(parts, "APPROX") ? "APPROX" : has(parts, "MORE") ? "BEFORE" : has(parts, "LESS") ? "AFTER" : null;
        List<Integer> nums = numbers(parts);
        Sem.Amount a = (Sem.Amount) value(parts, "AMOUNT");
        if (nums.isEmpty() && a == null) {
            Integer nth = (Integer) value(parts, "DAYNUM");
            return nth == null || nth < 1 || nth > 99 ? null
                    : new Sem.Reading(TimexType.DATE, String.format(Locale.ROOT, "BC%02d", nth - 1), mod);
        }
        long year;
        if (a != null) {
            if (!a.unit().equals("Y") || !a.counted() || a.count() != Math.rint(a.count())) {
                return null;
            }
            year = (long) a.count();
        } else {
            year = nums.get(0);
            if (has(parts, "THOUSAND")) {
                if (!((String[]) value(parts, "UNIT"))[0].equals("Y")) {
                    return null;
                }
                year *= 1000;
            }
        }
        return year < 1 ? null : new Sem.Reading(TimexType.DATE, String.format(Locale.ROOT, "BC%04d", year), mod);
    }

    /** A decade of a century, TIMEX3 style: century 19, decade 6 → «196» (the 1960s), with START/MID/END. */
    private static Sem.Reading decadeOfCentury(int century, int decade, List<Piece> parts) {
        if (century < 0 || century > 99 || decade < 0 || decade > 9) {
            return null;
        }
        return new Sem.Reading(TimexType.DATE, String.format(Locale.ROOT, "%02d%d", century, decade), (String) value(parts, "MODIFIER"));
    }

    private static Object value(List<Piece> parts, String category) {
        for (Piece p : parts) {
            if (p.category().equals(category)) {
                return p.value();
            }
        }
        return null;
    }

    /** Whether a part of one of the categories was matched (optional words such as «نحو», «أكثر من»). */
    private static boolean has(List<Piece> parts, String... categories) {
        for (Piece p : parts) {
            for (String c : categories) {
                if (p.category().equals(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Piece piece(List<Piece> parts, String category) {
        return parts.stream().filter(p -> p.category().equals(category)).findFirst().orElseThrow();
    }

    /** Whether every separator of the parts is the same character («5/9/2015», not «7/5 - 3»). */
    private static boolean sameSeparators(List<Piece> parts) {
        return parts.stream().filter(p -> p.category().equals("SEP")).map(Piece::value).distinct().count() <= 1;
    }

    private static List<Integer> numbers(List<Piece> parts) {
        List<Integer> out = new ArrayList<>();
        for (Piece p : parts) {
            if (p.category().equals("NUM")) {
                out.add((Integer) p.value());
            }
        }
        return out;
    }

    /**
     * «5 / 9 / 2015م», «12 /3/ 1437 هـ»: day, month, year; a Hijri year by its era or its size. The
     * two separators are the same: «(7/5 - 3/6 - 5/10)», the games of a tennis match, is no date
     * «7/5/3».
     */
    private static LocalDate numericDate(List<Piece> parts, Context c) {
        if (!sameSeparators(parts)) {
            return null;
        }
        List<Integer> n = numbers(parts);
        int d = n.get(0);
        int m = n.get(1);
        int y = n.get(2);
        String era = (String) value(parts, "ERA");
        if (y < 100) {
            if ("H".equals(era)) {
                y += 1400;
            } else {
                y += (2000 + y <= c.dct().getYear() + 1) ? 2000 : 1900;
            }
        }
        // era-less: Hijri from 1300 up to a few years past the publication date's Hijri year (grammar/hijri-eraless.txt,
        // numericDate); a later era-less year is no Hijri date of the news but a Gregorian one («29/5/1453»)
        boolean hijri = "H".equals(era) || (era == null && y >= 1300 && y <= hijriYear(c.dct()) + ERALESS_HIJRI_WINDOWS.get("numericDate"));
        if (era == null && !hijri && y >= 1300 && y <= 1600) {
            return LocalDate.of(y, m, d);
        }
        if (hijri) {
            return LocalDate.from(HijrahDate.of(y, m, d));
        }
        // an era-less Gregorian date from 1800 on; with «م» any year the grammar reads («29/5/1453م»)
        return y >= ("G".equals(era) ? 1000 : 1800) && y <= 2200 ? LocalDate.of(y, m, d) : null;
    }

    private static Sem.Year year(List<Piece> parts, Context c) {
        int y = (Integer) value(parts, "NUM");
        String era = (String) value(parts, "ERA");
        if (era == null && c.lastWord().matches("\\d+[مه]")) {
            era = c.lastWord().endsWith("ه") ? "H" : "G"; // «عام 1346هـ»: the era letter glued to the year
        }
        // a year word with 1380-1500 and no era: in present-day news, a Hijri year («عام 1436»)
        boolean hijri = "H".equals(era) || (era == null && y >= 1380 && y <= 1500 && c.dct().getYear() > 1950);
        return yearIn(y, hijri);
    }

    /**
     * «بالقذافي عام 2011» as one DATE, only after a word that ends in «في» or «و» without being that
     * particle («وفي», «ففي», «بالقذافي», «النمو»; not «في» or «و» alone): there HeidelTime's own rule fails (its optional «في »/«و» prefix starts inside the word)
     * and keeps the bare year; elsewhere its reading of «عام 2011» stands, with its own rule name. A
     * Hijri year or none is another rule's (year-word-hijri).
     */
    private static Sem.Reading gregorianYearWord(Sem.Year y, Context c) {
        String before = c.previousWord();
        boolean heidelTimeLosesTheWord = before.length() > 2 && before.endsWith("في") || before.length() > 1 && before.endsWith("و");
        return y == null || y.hijri() || !heidelTimeLosesTheWord ? null : yearReading(y, c);
    }

    /** «ذلك العام», «العام نفسه»: the year of the last date the text named before, or null if there is none. */
    private static Sem.Reading thatYear(Context c) {
        return c.dateBefore() == null || !c.dateBefore().matches("\\d{4}.*") ? null
                : new Sem.Reading(TimexType.DATE, c.dateBefore().substring(0, 4), null);
    }

    /** Year {@code y} of one calendar, or null outside the years the grammar reads (Hijri 1300–1600, Gregorian 1000–2200). */
    private static Sem.Year yearIn(int y, boolean hijri) {
        return (hijri ? y < 1300 || y > 1600 : y < 1000 || y > 2200) ? null : new Sem.Year(y, hijri, null);
    }

    private static Sem.Month gregorianMonth(YearMonth ym) {
        return new Sem.Month(ym.getYear(), ym.getMonthValue(), false);
    }

    private static int hijriYear(LocalDate d) {
        return HijrahDate.from(d).get(ChronoField.YEAR);
    }

    private static Sem.Month monthOfYear(Sem.MonthName name, Sem.Year year, Context c) {
        if (year.offset() != null) {
            int base = name.hijri() ? hijriYear(c.dct()) : c.dct().getYear();
            return new Sem.Month(base + year.offset(), name.month(), name.hijri());
        }
        if (name.hijri() == year.hijri()) {
            return new Sem.Month(year.year(), name.month(), name.hijri());
        }
        if (name.hijri()) {
            // «رمضان 2015»: the Hijri month whose middle falls in that Gregorian year
            int hy = hijriYear(LocalDate.of(year.year(), 7, 1));
            for (int cand : new int[] {hy, hy - 1, hy + 1}) {
                if (LocalDate.from(HijrahDate.of(cand, name.month(), 15)).getYear() == year.year()) {
                    return new Sem.Month(cand, name.month(), true);
                }
            }
        }
        return null; // a Gregorian month in a Hijri year
    }

    /**
     * A month name placed by its relative word (−1 the latest before the publication month, +1
     * the next after it, 0 the current year) or, with {@code direction} null, by tense: in a
     * future clause the next on or after the publication month, else the latest on or before it.
     */
    static Sem.Month namedMonth(Sem.MonthName name, Integer direction, Context c) {
        int year;
        int month;
        if (name.hijri()) {
            HijrahDate h = HijrahDate.from(c.dct());
            year = h.get(ChronoField.YEAR);
            month = h.get(ChronoField.MONTH_OF_YEAR);
        } else {
            year = c.dct().getYear();
            month = c.dct().getMonthValue();
        }
        int m = name.month();
        int placed;
        if (direction == null) {
            placed = c.future() ? (m >= month ? year : year + 1) : (m <= month ? year : year - 1);
        } else if (direction < 0) {
            placed = m < month ? year : year - 1;
        } else if (direction > 0) {
            placed = m > month ? year : year + 1;
        } else {
            placed = year;
        }
        return new Sem.Month(placed, m, name.hijri());
    }

    /** «ذو الحجة القادم 1436هـ»: the month the relative word places, when the year after it is that month's year in its calendar. */
    private static Sem.Month namedMonthRelativeYear(List<Piece> parts, Context c) {
        Sem.Month m = namedMonth((Sem.MonthName) value(parts, "MONTHNAME"), (Integer) value(parts, "REL"), c);
        String era = (String) value(parts, "ERA");
        boolean eraAgrees = era == null || era.equals(m.hijri() ? "H" : "G");
        return eraAgrees && ((Integer) value(parts, "NUM")) == m.year() ? m : null;
    }

    /**
     * A day of a placed month. When the month is the publication date's own month named with a relative word
     * («السادس من أغسطس المقبل» on 1 August, «الثالث من رمضان الماضي» on 20 Ramadan), the relative word
     * points to the next (previous) occurrence of that DAY, as «الخميس المقبل» to the next Thursday: this
     * month's day when it is still ahead (already past), not the same day a year away (round ten, acc10b).
     */
    private static LocalDate dayOfMonth(Piece month, int d, Context c) {
        Sem.Month m = (Sem.Month) month.value();
        if (month.rules().startsWith("named-month-relative")) {
            int year = m.hijri() ? hijriYear(c.dct()) : c.dct().getYear();
            int current = m.hijri() ? HijrahDate.from(c.dct()).get(ChronoField.MONTH_OF_YEAR) : c.dct().getMonthValue();
            if (m.month() == current && Math.abs(m.year() - year) == 1) {
                LocalDate same = day(new Sem.Month(year, m.month(), m.hijri()), d);
                if (m.year() > year ? same.isAfter(c.dct()) : same.isBefore(c.dct())) {
                    return same;
                }
            }
        }
        return day(m, d);
    }

    static LocalDate day(Sem.Month month, int day) {
        if (month.hijri()) {
            return LocalDate.from(HijrahDate.of(month.year(), month.month(), day));
        }
        return LocalDate.of(month.year(), month.month(), day);
    }

    /** «عشرين شهر سبعة», «يوم 12 شهر 7»: a day (digits or words) before a month named by its number. */
    private static LocalDate spokenDayOfMonth(Sem.MonthName name, int d, Context c) {
        if (d < 1 || d > 31) {
            return null;
        }
        // spoken text marks its future with «بـ/هـ + imperfect» or «رح» before the date («بنرجع عشرين شهر سبعة»)
        Context spoken = new Context(c.dct(), c.future() || c.spokenFuture(), c.spokenFuture(), c.pastVerb(), c.nextWord(),
                c.previousWord(), c.firstWord(), c.lastWord(), c.dateBefore(), c.time());
        return dayOfNamedMonth(name, d, spoken);
    }

    /** «15 مايو», «العاشر من ذي الحجة»: the nearest such day on the tense's side of the publication date. */
    private static LocalDate dayOfNamedMonth(Sem.MonthName name, int d, Context c) {
        Sem.Month here = namedMonth(name, 0, c);
        LocalDate candidate = day(here, d);
        if (c.future() && candidate.isBefore(c.dct())) {
            return day(new Sem.Month(here.year() + 1, here.month(), here.hijri()), d);
        }
        if (!c.future() && candidate.isAfter(c.dct())) {
            return day(new Sem.Month(here.year() - 1, here.month(), here.hijri()), d);
        }
        return candidate;
    }

    /**
     * «الأحد 20 سبتمبر»: the date decides and the weekday is checked against it. A date without
     * a year of its own takes the year, next to the one the tense chose, where the weekday fits.
     */
    private static Object weekdayDate(int isoDay, Piece datePiece, Context c) {
        LocalDate date = (LocalDate) datePiece.value();
        if (date.getDayOfWeek().getValue() == isoDay) {
            return date;
        }
        if (datePiece.rules().startsWith("day-of-named-month")) {
            LocalDate best = null;
            for (int dy = -1; dy <= 1; dy++) {
                LocalDate d;
                try {
                    d = date.plusYears(dy);
                } catch (DateTimeException e) {
                    continue;
                }
                boolean fits = d.getDayOfWeek().getValue() == isoDay && d.getDayOfMonth() == date.getDayOfMonth();
                if (fits && (best == null || Math.abs(d.toEpochDay() - c.dct().toEpochDay())
                        < Math.abs(best.toEpochDay() - c.dct().toEpochDay()))) {
                    best = d;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return new Flagged(date, "weekday-mismatch:" + DayOfWeek.of(isoDay).name().toLowerCase(Locale.ROOT));
    }

    private static LocalDate firstDay(Sem.Month m) {
        return day(m, 1);
    }

    private static LocalDate lastDay(Sem.Month m) {
        if (!m.hijri()) {
            return YearMonth.of(m.year(), m.month()).atEndOfMonth();
        }
        return LocalDate.from(HijrahDate.of(m.year(), m.month(), 1).with(TemporalAdjusters.lastDayOfMonth()));
    }

    /** «ثاني خميس من الشهر», «آخر جمعة من رمضان» (n = −1: the last). */
    private static LocalDate nthWeekday(int n, int isoDay, Sem.Month m) {
        DayOfWeek dow = DayOfWeek.of(isoDay);
        if (n < 0) {
            return lastDay(m).with(TemporalAdjusters.previousOrSame(dow));
        }
        LocalDate d = firstDay(m).with(TemporalAdjusters.nextOrSame(dow)).plusWeeks(n - 1L);
        return d.isAfter(lastDay(m)) ? null : d;
    }

    /** «الأسبوع الأخير من رمضان»: the ISO week holding the month's fourth-last day. */
    private static Sem.Reading lastWeek(Sem.Month m) {
        return week(lastDay(m).minusDays(3));
    }

    /**
     * «عطلة نهاية الأسبوع» (and «الويكند الجاي», which dialect-words.txt turns into it): said
     * midweek, the weekend of the publication date's week; with a relative word the week before or
     * after (annotation guidelines, everyday phrases).
     */
    private static Sem.Reading weekend(Integer relative, Context c) {
        Sem.Reading w = week(c.dct().plusWeeks(relative == null ? 0 : relative));
        return new Sem.Reading(TimexType.DATE, w.value() + "-WE", null);
    }

    private static Sem.Reading week(LocalDate d) {
        return new Sem.Reading(TimexType.DATE, String.format(Locale.ROOT, "%d-W%02d",
                d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), null);
    }

    /**
     * A holiday of the year given, or else the occurrence nearest the publication date (news
     * speaks of the feast just past or just coming; a bare «العيد» is the nearer of the two Eids).
     */
    private static LocalDate holiday(Sem.Holiday h, Sem.Year year, Context c) {
        List<int[]> kinds = h.month() == 0 ? List.of(new int[] {10, 1}, new int[] {12, 10})
                : List.of(new int[] {h.month(), h.day()});
        if (year != null) {
            if (year.offset() == null && !year.hijri()) {
                return null; // «عيد الفطر 2015» is rare; leave it to the month and year rules
            }
            int hy = year.offset() != null ? hijriYear(c.dct()) + year.offset() : year.year();
            return LocalDate.from(HijrahDate.of(hy, kinds.get(0)[0], kinds.get(0)[1]));
        }
        int hy = hijriYear(c.dct());
        LocalDate best = null;
        for (int y = hy - 1; y <= hy + 1; y++) {
            for (int[] k : kinds) {
                LocalDate d = LocalDate.from(HijrahDate.of(y, k[0], k[1]));
                if (best == null || Math.abs(d.toEpochDay() - c.dct().toEpochDay())
                        < Math.abs(best.toEpochDay() - c.dct().toEpochDay())) {
                    best = d;
                }
            }
        }
        return best;
    }

    /**
     * Whether «بعد» + amount counts from the event a perfect verb before it tells («ماتت بعد (نحو) أسبوعين»), not
     * from publication: the one condition of event-offset-past and of {@link #offset} declining, so that exactly
     * one of them reads the offset.
     */
    static boolean countsFromThePastEvent(Context c) {
        return c.pastVerb() && !c.future() && !c.spokenFuture();
    }

    /** The duration with the mod APPROX when the parts hold «نحو», «حوالي» (event-offset-past). */
    private static Sem.Reading approximate(Sem.Reading r, List<Piece> parts) {
        return r != null && has(parts, "APPROX") ? new Sem.Reading(r.type(), r.value(), "APPROX") : r;
    }

    /** «قبل نحو عشرين عاماً», «بعد أربعة أيام»: a date at the unit's granularity. */
    private static Sem.Reading offset(List<Piece> parts, Context c) {
        boolean ago = has(parts, "AGO");
        if (!ago && ("من".equals(c.nextWord()) || "علي".equals(c.nextWord()))) {
            return null; // «بعد يومين من المعارك»: counted from an event, not from the publication date
        }
        if (has(parts, "AFTER") && countsFromThePastEvent(c)) {
            return null; // «ماتت بعد أسبوعين»: after the event the perfect verb tells (event-offset-past)
        }
        Sem.Amount a = (Sem.Amount) value(parts, "AMOUNT");
        if (a.count() != Math.rint(a.count())) {
            return null;
        }
        if (ago && !c.previousWord().isEmpty() && Character.isLetterOrDigit(c.previousWord().charAt(0))
                && !afterPerfectVerb(c)) {
            return null; // «من يومين» means "ago" opening its clause or after a perfect verb; «أشتغل هنا من عشر سنين» is a duration
        }
        long n = (long) a.count() * (ago || has(parts, "BEFORE") ? -1 : 1);
        // «قبل أكثر من 30 عاما»: earlier than that year; «بعد أكثر من عام»: later
        String mod = has(parts, "APPROX") ? "APPROX" : has(parts, "MORE") ? (n < 0 ? "BEFORE" : "AFTER") : null;
        LocalDate d = c.dct();
        String v = switch (a.unit()) {
            case "D" -> d.plusDays(n).toString();
            case "W" -> week(d.plusWeeks(n)).value();
            case "M" -> YearMonth.from(d).plusMonths(n).toString();
            case "Y" -> DurationAnnotator.yearValue(d.getYear() + n);
            case "DE" -> d.getYear() + 10 * n < 0 ? null : String.format(Locale.ROOT, "%03d", (d.getYear() + 10 * n) / 10);
            case "CE" -> d.getYear() + 100 * n < 0 ? null : String.format(Locale.ROOT, "%02d", (d.getYear() + 100 * n) / 100);
            default -> null; // hours and minutes: a time, left to the clock rules
        };
        return v == null ? null : new Sem.Reading(TimexType.DATE, v, mod);
    }

    /**
     * «بعد ساعتين», «قبل ربع ساعة», «كمان ساعة», «من ساعة»: hours or minutes from the publication
     * time, a TIME at minute precision; null when the time is unknown (real news: none is invented)
     * or the count runs from an event («بعد ساعتين من الانفجار»).
     */
    private static Sem.Reading clockOffset(List<Piece> parts, Context c) {
        if (c.time() == null || "من".equals(c.nextWord()) || "علي".equals(c.nextWord())) {
            return null;
        }
        boolean ago = has(parts, "AGO");
        if (ago && !c.previousWord().isEmpty() && Character.isLetterOrDigit(c.previousWord().charAt(0))
                && !afterPerfectVerb(c)) {
            return null; // «من ساعة» is "ago" opening its clause or after a perfect verb, as in offset()
        }
        long minutes;
        if (has(parts, "HOURPART")) {
            minutes = (Integer) value(parts, "HOURPART");
        } else {
            Sem.Amount a = (Sem.Amount) value(parts, "AMOUNT");
            double m = switch (a.unit()) {
                case "H" -> a.count() * 60;
                case "MIN" -> a.count();
                default -> Double.NaN; // days and longer: offset()
            };
            if (Double.isNaN(m) || m != Math.rint(m)) {
                return null;
            }
            minutes = (long) m;
        }
        long signed = ago || has(parts, "BEFORE") ? -minutes : minutes;
        LocalDateTime at = LocalDateTime.of(c.dct(), c.time()).plusMinutes(signed);
        return new Sem.Reading(TimexType.TIME, String.format(Locale.ROOT, "%sT%02d:%02d",
                at.toLocalDate(), at.getHour(), at.getMinute()), null);
    }

    /**
     * «وصلت من يومين», «سافروا من أسبوع»: a perfect verb right before «من + duration» tells a completed
     * event, so the phrase is "ago" (annotation guidelines, everyday phrases); a following number or
     * «إلى» makes «من» "from" («انتقل من سنة إلى أخرى»).
     */
    private static boolean afterPerfectVerb(Context c) {
        String next = c.nextWord();
        if (!next.isEmpty() && (Character.isDigit(next.charAt(0)) || next.equals("الي") || next.equals("الى")
                || next.equals("إلى"))) {
            return false;
        }
        return Morphology.aspect(c.previousWord(), "") == Morphology.Aspect.PAST;
    }

    /**
     * «في رمضان», «خلال شوال»: a Hijri month named alone, after a word that makes it a time; like a
     * holiday, the occurrence nearest the publication date.
     */
    private static Sem.Month hijriMonthAlone(Sem.MonthName name, Context c) {
        if (!name.hijri()) {
            return null;
        }
        Sem.Month best = null;
        long bestDistance = Long.MAX_VALUE;
        int hy = hijriYear(c.dct());
        for (int y = hy - 1; y <= hy + 1; y++) {
            Sem.Month m = new Sem.Month(y, name.month(), true);
            long d = Math.abs(day(m, 15).toEpochDay() - c.dct().toEpochDay());
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * «1436/1437هـ», «36/1437هـ», «2015/ 2016 م»: the first of a pair of years written with one
     * era; a shorthand takes the second's century.
     */
    private static Sem.Reading yearPairFirst(List<Piece> parts) {
        Sem.Year second = (Sem.Year) value(parts, "YEAR");
        int first = numbers(parts).get(0);
        if (second == null || second.offset() != null) {
            return null;
        }
        if (!second.hijri()) {
            first = first < 100 ? first + second.year() / 100 * 100 : first;
            return first < second.year() - 5 || first > second.year() ? null
                    : new Sem.Reading(TimexType.DATE, Integer.toString(first), null);
        }
        if (first < 100) {
            first += second.year() / 100 * 100;
        }
        if (first < second.year() - 5 || first > second.year()) {
            return null;
        }
        return hijriYearReading(first);
    }

    /** A month's TIMEX3 value: a Hijri month is the Gregorian month holding its 15th. */
    static Sem.Reading reading(Sem.Month m) {
        return new Sem.Reading(TimexType.DATE, day(m, 15).toString().substring(0, 7), null);
    }

    private static Sem.Reading yearReading(Sem.Year y, Context c) {
        if (y.offset() != null) {
            return new Sem.Reading(TimexType.DATE, String.format(Locale.ROOT, "%04d", c.dct().getYear() + y.offset()), null);
        }
        return y.hijri() ? hijriYearReading(y.year()) : new Sem.Reading(TimexType.DATE, String.format(Locale.ROOT, "%04d", y.year()), null);
    }

    /** «بداية الشهر», «نهاية العام الماضي»: START, MID or END of a month or year. */
    /** «صيف العام الماضي» → 2014-SU: the season of a Gregorian year reference; a Hijri year is season-of-year's. */
    private static Sem.Reading seasonOfAYear(Sem.Year y, String season, Context c) {
        if (y.hijri()) {
            return null;
        }
        Sem.Reading year = yearReading(y, c);
        return year.value().matches("\\d{4}") ? new Sem.Reading(TimexType.DATE, year.value() + "-" + season, null) : null;
    }

    private static Sem.Reading modified(Sem.Reading r, List<Piece> parts) {
        return new Sem.Reading(r.type(), r.value(), (String) value(parts, "MODIFIER"));
    }

    /**
     * «نهاية شهر مايو», «أواخر يوليو»: START, MID or END of a Gregorian month named without a year,
     * placed like the month alone (MonthAnnotator: the nearest occurrence, the tense deciding a tie). A Hijri month's value is the Gregorian month holding its
     * 15th, so a part of it is left to the rules that know its days.
     */
    private static Sem.Reading modifiedNamedMonth(List<Piece> parts, Context c) {
        Sem.MonthName name = (Sem.MonthName) value(parts, "MONTHNAME");
        if (name.hijri()) {
            return null;
        }
        int year = MonthAnnotator.nearestYear(c.dct(), name.month(), null, c::future);
        return modified(reading(new Sem.Month(year, name.month(), false)), parts);
    }

    /**
     * «1436/10/30»: year, month, day, the year Hijri by its era or by its closeness to the publication
     * date's Hijri year ({@link #eralessHijriYear}); a Gregorian year-first date is left to HeidelTime.
     */
    private static LocalDate hijriYearFirstDate(List<Piece> parts, Context c) {
        if (!sameSeparators(parts)) {
            return null;
        }
        List<Integer> n = numbers(parts);
        Integer y = eralessHijriYear("hijriYearFirstDate", parts, c);
        return y == null ? null : LocalDate.from(HijrahDate.of(y, n.get(1), n.get(2)));
    }

    /**
     * «1436-1437» without an era: the first year (hijriYearPairFirst) or the second (hijriYearPairSecond) of two
     * consecutive years, when the first lies within the composer's window of the publication date's Hijri year.
     */
    private static Sem.Reading hijriYearPair(String composer, List<Piece> parts, Context c) {
        List<Integer> n = numbers(parts);
        Integer first = eralessHijriYear(composer, parts, c);
        if (first == null || n.size() != 2 || n.get(1) != first + 1) {
            return null;
        }
        return hijriYearReading(composer.equals("hijriYearPairFirst") ? first : first + 1);
    }

    /**
     * The first number of a composer's parts as a Hijri year: with the era «هـ», or without an era
     * when it lies within the composer's window (grammar/hijri-eraless.txt) of the publication date's Hijri year («هذا العام 1436» in 2015);
     * null otherwise (a Gregorian era, or a year the window does not reach).
     */
    /** The Gregorian reading of an era-less Hijri year, or null when the year is not read as Hijri. */
    private static Sem.Reading eralessHijriYearReading(String composer, List<Piece> parts, Context c) {
        Integer year = eralessHijriYear(composer, parts, c);
        return year == null ? null : hijriYearReading(year);
    }

    private static Integer eralessHijriYear(String composer, List<Piece> parts, Context c) {
        int y = numbers(parts).get(0);
        String era = (String) value(parts, "ERA");
        if ("G".equals(era)) {
            return null;
        }
        if ("H".equals(era)) {
            return y >= 1300 && y <= 1600 ? y : null;
        }
        Integer window = ERALESS_HIJRI_WINDOWS.get(composer);
        return window != null && Math.abs(y - hijriYear(c.dct())) <= window ? y : null;
    }

    /** A Hijri year as the Gregorian year holding its middle (1 Rajab), as the guidelines say. */
    static Sem.Reading hijriYearReading(int hijriYear) {
        return new Sem.Reading(TimexType.DATE, Integer.toString(LocalDate.from(HijrahDate.of(hijriYear, 7, 1)).getYear()), null);
    }

    /** «الأيام القليلة القادمة», «السنوات الأخيرة»: a plural unit with a relative word, of unstated length. */
    private static Sem.Reading vagueSpan(String[] unit) {
        if (!(unit[1].equals("0") || unit[1].equals("X"))) {
            return null; // «العام الماضي» is a date
        }
        String v = switch (unit[0]) {
            case "H" -> "PTXH";
            case "MIN" -> "PTXM";
            case "S" -> "PTXS";
            default -> "PX" + unit[0];
        };
        return new Sem.Reading(TimexType.DURATION, v, null);
    }

    /** «أكثر من عشر سنوات», «شهرا كاملا», «السنوات الخمس الأخيرة»: a duration with a written number. */
    private static Sem.Reading countedDuration(List<Piece> parts, Context c) {
        Sem.Amount a = (Sem.Amount) value(parts, "AMOUNT");
        boolean qualified = has(parts, "QUAL");
        // «عام» alone is no duration; «عاما كاملا», «قرابة العقد» are (checked below)
        boolean more = has(parts, "MORE");
        boolean less = has(parts, "LESS");
        boolean approx = has(parts, "APPROX", "ROUGHLY");
        // acc12b: «ما يزيد عن عام», «أقل من أسبوع»: one unit after «أكثر من/ما يزيد على» is a span too (round thirteen
        // d354), unless a year number follows it («أكثر من عام 2014» compares with a year)
        boolean compared = (more || less) && !YEAR_NUMBER.matcher(c.nextWord()).matches();
        if (!a.counted() && a.count() != 2 && !qualified && !approx && !compared) { // a dual («لعامين») counts too
            return null;
        }
        Sem.Reading r = duration(parts);
        return new Sem.Reading(r.type(), r.value(), more ? "MORE_THAN" : less ? "LESS_THAN" : approx ? "APPROX" : null);
    }

    /** «خلال أيام العيد», «منذ سنوات الحرب»: a unit in construct with a definite noun names that time, not a span. */
    private static boolean construct(Context c) {
        return c.nextWord().startsWith("ال") && c.nextWord().length() > 3 || GIVEN_NAMES.contains(c.nextWord());
    }

    /** given-names.txt: «منذ أيام فيصل بن الحسين» is an era named by a person (case 49), not a span (acc14). */
    private static final java.util.Set<String> GIVEN_NAMES = org.tarikh.annotate.norm.GivenNames.NAMES.stream()
            .filter(k -> !k.equals(Lexicon.key("على"))) // «علي» reads as the preposition «على» once normalized: «منذ شهور على الشركة»
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** «لسنوات», «لساعات»: a plural unit of unstated length after a glued «لـ» (for). */
    private static Sem.Reading gluedSpan(List<Piece> parts, Context c) {
        Piece unit = piece(parts, "UNIT");
        if (unit.skip() != 1 || !c.firstWord().startsWith("ل") || construct(c)) {
            return null;
        }
        return vagueSpan((String[]) unit.value());
    }

    /**
     * «بعد دقائق», «قبل ساعات»: hours or minutes back or ahead are a span, not a date; so is any
     * plural unit counted from an event («قبل أيام من الانتخابات»). The preposition stays outside.
     */
    private static Sem.Reading offsetSpan(String[] unit, Context c) {
        boolean clock = unit[0].equals("H") || unit[0].equals("MIN") || unit[0].equals("S");
        if (!clock && !"من".equals(c.nextWord())) {
            return null; // «قبل أيام»: a vague date (vagueOffset)
        }
        return vagueSpan(unit);
    }

    /** «قبل عدة سنوات», «قبل أيام», «بعد أسابيع»: an offset of unstated length is a vague reference. */
    private static Sem.Reading vagueOffset(List<Piece> parts, Context c) {
        if ("من".equals(c.nextWord())) {
            return null; // «قبل أيام من الانتخابات»: counted from an event (offsetSpan)
        }
        String[] unit = (String[]) value(parts, "UNIT");
        if (!(unit[1].equals("X") || unit[1].equals("0"))) {
            return null; // «قبل عام», «قبل يومين»: a date a year or two days back, not a vague one
        }
        if (unit[0].equals("H") || unit[0].equals("MIN") || unit[0].equals("S")) {
            return null; // «قبل ساعات»: hours back, not a date
        }
        boolean before = has(parts, "BEFORE");
        return new Sem.Reading(TimexType.DATE, before ? "PAST_REF" : "FUTURE_REF", null);
    }

    /** «طوال العام», «على مدار الأسبوع»: the whole of one unit, a duration. */
    private static Sem.Reading wholeUnit(String[] unit) {
        if (!unit[1].equals("1")) {
            return null;
        }
        return switch (unit[0]) {
            case "H" -> new Sem.Reading(TimexType.DURATION, "PT1H", null);
            case "D", "W", "M", "Y" -> new Sem.Reading(TimexType.DURATION, "P1" + unit[0], null);
            default -> null;
        };
    }

    /** «(45) يوماً», «ثلاث سنوات ونصف». */
    private static Sem.Reading duration(List<Piece> parts) {
        double count;
        String unit;
        Sem.Amount a = (Sem.Amount) value(parts, "AMOUNT");
        if (a != null) {
            Double half = (Double) value(parts, "HALF");
            count = a.count() + (half == null ? 0 : half);
            unit = a.unit();
        } else {
            count = numbers(parts).get(0);
            unit = ((String[]) value(parts, "UNIT"))[0];
        }
        String n = count == Math.rint(count) ? Long.toString((long) count) : Double.toString(count);
        String v = switch (unit) {
            case "H" -> "PT" + n + "H";
            case "MIN" -> "PT" + n + "M";
            case "S" -> "PT" + n + "S";
            default -> "P" + n + unit;
        };
        return new Sem.Reading(TimexType.DURATION, v, null);
    }

    /** «الساعة 2100»: a 24-hour clock time written as four digits, on the publication day. */
    private static Sem.Reading clock24(List<Piece> parts, Context c) {
        Piece num = parts.stream().filter(p -> p.category().equals("NUM")).findFirst().orElseThrow();
        int v = (Integer) num.value();
        if (num.words() != 1 || v < 100 || v > 2359 || v % 100 > 59) {
            return null;
        }
        return new Sem.Reading(TimexType.TIME, String.format(Locale.ROOT, "%sT%02d:%02d", c.dct(), v / 100, v % 100), null);
    }

    /** «مايو 2015», «شهر رمضان 1436»: a month and a bare year number of its calendar. */
    /**
     * «نفس الشهر من عام 2014», «الشهر نفسه من العام الماضي»: the month of the last dated expression
     * before it, in the Gregorian year named after «من» (a bare number 1900–2100 only); null when
     * no month was named before or the year is Hijri.
     */
    private static Sem.Month thatMonthOfYear(List<Piece> parts, Context c) {
        if (c.dateBefore() == null || !c.dateBefore().matches("\\d{4}-\\d{2}.*")) {
            return null;
        }
        int month = Integer.parseInt(c.dateBefore().substring(5, 7));
        if (has(parts, "YEAR")) {
            Sem.Year y = (Sem.Year) value(parts, "YEAR");
            if (y == null || y.hijri()) {
                return null;
            }
            return new Sem.Month(y.offset() != null ? c.dct().getYear() + y.offset() : y.year(), month, false);
        }
        int y = numbers(parts).get(0);
        return y >= 1900 && y <= 2100 ? new Sem.Month(y, month, false) : null;
    }

    /**
     * «يوم السبت ٢ / ١٠»: day {@code d} of month {@code m}, no year, in either calendar, within 60 days of
     * the publication date and on the weekday named; the nearest such day, or null when none fits.
     */
    private static LocalDate weekdayDayMonth(int isoDay, int d, int m, Context c) {
        if (d < 1 || d > 31 || m < 1 || m > 12) {
            return null;
        }
        LocalDate best = null;
        int hy = hijriYear(c.dct());
        for (int dy = -1; dy <= 1; dy++) {
            for (boolean hijri : new boolean[] {false, true}) {
                LocalDate cand;
                try {
                    cand = hijri ? LocalDate.from(HijrahDate.of(hy + dy, m, d)) : LocalDate.of(c.dct().getYear() + dy, m, d);
                } catch (DateTimeException e) {
                    continue;
                }
                long distance = Math.abs(cand.toEpochDay() - c.dct().toEpochDay());
                if (cand.getDayOfWeek().getValue() == isoDay && distance <= 60
                        && (best == null || distance < Math.abs(best.toEpochDay() - c.dct().toEpochDay()))) {
                    best = cand;
                }
            }
        }
        return best;
    }

    private static Sem.Month monthOfYearBare(Sem.MonthName name, int y, Context c) {
        Sem.Year year = yearIn(y, name.hijri());
        return year == null ? null : monthOfYear(name, year, c);
    }

    /**
     * «للعام 1436 / 1437 هـ», «عام 1436»: a year word with a number that present-day news writes
     * only in the Hijri calendar (see {@link #year}); Gregorian years are left to the other rules.
     */
    private static Sem.Reading hijriYearWord(List<Piece> parts, Context c) {
        Sem.Year y = year(parts, c);
        return y == null || !y.hijri() ? null : yearReading(y, c);
    }

    /** «الأربعاء قبل الماضي», «الخميس بعد المقبل»: the weekday a week before the last one, or after the next. */
    private static LocalDate weekdayTwoWeeks(int isoDay, int rel, Context c) {
        if (Math.abs(rel) != 2) {
            return null; // «الأربعاء الماضي» is the day phrases' (DayPhraseAnnotator)
        }
        LocalDate d = c.dct();
        if (rel < 0) {
            do {
                d = d.minusDays(1);
            } while (d.getDayOfWeek().getValue() != isoDay);
            return d.minusWeeks(1);
        }
        do {
            d = d.plusDays(1);
        } while (d.getDayOfWeek().getValue() != isoDay);
        return d.plusWeeks(1);
    }

    private static final List<String> UNIT_ORDER = List.of("CE", "DE", "Y", "M", "W", "D", "H", "MIN", "S");

    /**
     * «5 أشهر و27 يوما», «سنة وأربعة شهور»: two counts joined by «و», the larger unit first, are
     * one duration. The second must carry the «و» (glued or apart).
     */
    private static Sem.Reading compoundDuration(List<Piece> parts) {
        List<Piece> amounts = parts.stream().filter(p -> p.category().equals("AMOUNT")).toList();
        Sem.Amount a = (Sem.Amount) amounts.get(0).value();
        Sem.Amount b = (Sem.Amount) amounts.get(1).value();
        if (!has(parts, "AND") && amounts.get(1).skip() != 1) {
            return null; // «عامين 5 أيام»: no «و» between them
        }
        int ia = UNIT_ORDER.indexOf(a.unit());
        int ib = UNIT_ORDER.indexOf(b.unit());
        if (ia < 0 || ib <= ia || ia < 2 || a.count() != Math.rint(a.count()) || b.count() != Math.rint(b.count())) {
            return null;
        }
        StringBuilder date = new StringBuilder("P");
        StringBuilder time = new StringBuilder();
        for (Sem.Amount x : List.of(a, b)) {
            long n = (long) x.count();
            switch (x.unit()) {
                case "H" -> time.append(n).append('H');
                case "MIN" -> time.append(n).append('M');
                case "S" -> time.append(n).append('S');
                default -> date.append(n).append(x.unit());
            }
        }
        return new Sem.Reading(TimexType.DURATION, time.isEmpty() ? date.toString() : date + "T" + time, null);
    }

    /** The relative word's step (-1 «الماضي», 0 «الحالي», 1 «المقبل»), or 0 when the rule matched none. */
    private static int relative(List<Piece> parts) {
        Integer rel = (Integer) value(parts, "REL");
        return rel == null ? 0 : rel;
    }

    /**
     * «عام 2016 المقبل», «عام 2014 الماضي»: a year named with its number keeps it when the relative
     * word agrees (after, before or the year of publication); otherwise nothing is built.
     */
    private static Sem.Reading namedYearRelative(Sem.Year y, int rel, Context c) {
        if (y.offset() != null) {
            return null; // «العام الماضي المقبل»: two relative words
        }
        Sem.Reading r = yearReading(y, c);
        int year = Integer.parseInt(r.value());
        int now = c.dct().getYear();
        boolean agrees = rel == 0 ? year == now : rel > 0 ? year > now : year < now;
        return agrees ? r : null;
    }

    /**
     * «قبل سنتين ونصف», «قبل شهرين ونصف»: an offset of years or months with a half, at the unit's
     * granularity (the half counted in months or days before the year or month is taken).
     */
    private static Sem.Reading offsetHalf(List<Piece> parts, Context c) {
        if ("من".equals(c.nextWord()) || "علي".equals(c.nextWord())) {
            return null; // counted from an event
        }
        Sem.Amount a = (Sem.Amount) value(parts, "AMOUNT");
        double total = a.count() + (Double) value(parts, "HALF");
        String mod = has(parts, "APPROX") ? "APPROX" : null;
        String v = switch (a.unit()) {
            case "Y" -> String.format(Locale.ROOT, "%04d",
                    YearMonth.from(c.dct()).minusMonths(Math.round(total * 12)).getYear());
            case "M" -> YearMonth.from(c.dct().minusDays(Math.round(total * 30))).toString();
            default -> null;
        };
        return v == null ? null : new Sem.Reading(TimexType.DATE, v, mod);
    }

    /** «النصف الأول من 2015», «الربع الثاني من العام الجاري»: a half or quarter of a year. */
    /**
     * «الربع الثالث من سنتها المالية» → FY2015-Q3: a part of the fiscal year the text names, its
     * number when written («السنة المالية 2016»), else the fiscal year of the publication date's
     * calendar year (annotation guidelines, "Fiscal periods").
     */
    private static Sem.Reading fiscalPart(List<Piece> parts, Context c) {
        Integer n = (Integer) value(parts, "NUM");
        int year = n == null ? c.dct().getYear() : n;
        if (year < 1900 || year > 2100) {
            return null;
        }
        return new Sem.Reading(TimexType.DATE, "FY" + year + "-" + value(parts, "PARTOFYEAR"), null);
    }

    private static Sem.Reading partOfYear(List<Piece> parts, Context c) {
        Sem.Year y = (Sem.Year) value(parts, "YEAR");
        if (y == null) {
            y = yearIn((Integer) value(parts, "NUM"), false);
        }
        if (y == null || y.hijri()) {
            return null; // a half of a Hijri year is no Gregorian half
        }
        return new Sem.Reading(TimexType.DATE, yearReading(y, c).value() + "-" + value(parts, "PARTOFYEAR"), null);
    }

    /**
     * «العام المقبل 2016»: a relative year with its number in apposition, the Gregorian year the
     * relative word says; a Hijri or disagreeing number builds nothing («العام الجاري 1436» is Hijri:
     * year-relative-hijri).
     */
    private static Sem.Year relativeYearNamed(List<Piece> parts, Context c) {
        int n = (Integer) value(parts, "NUM");
        String era = (String) value(parts, "ERA");
        if ("H".equals(era) || c.lastWord().endsWith("ه")) {
            return null;
        }
        return n == c.dct().getYear() + (Integer) value(parts, "REL") ? yearIn(n, false) : null;
    }

    /**
     * «النصف الأول/الثاني من الشهر الجاري»: a half of a month is the month, START for the first half
     * and END for the second (adjudication case 36); quarters and Hijri months build nothing.
     */
    private static Sem.Reading halfOfMonth(List<Piece> parts, Sem.Month m) {
        String mod = switch ((String) value(parts, "PARTOFYEAR")) {
            case "H1" -> "START";
            case "H2" -> "END";
            default -> null;
        };
        if (mod == null || m == null || m.hijri()) {
            return null;
        }
        return new Sem.Reading(TimexType.DATE, reading(m).value(), mod);
    }

    /**
     * «الأسبوع الذي سبقه», «الشهر الذي يليه», «العام الذي سبقه»: one step (STEP) from the last week,
     * month or year the text named before it (for a week, a week; for a month or year, any value at
     * least that fine), else from the publication date's week, month or year.
     */
    private static Sem.Reading stepFromNamed(List<Piece> parts, Context c) {
        int step = (Integer) value(parts, "STEP");
        String before = c.dateBefore() == null ? "" : c.dateBefore();
        if (has(parts, "WEEKWORD")) {
            LocalDate anchor = c.dct();
            java.util.regex.Matcher w = java.util.regex.Pattern.compile("(\\d{4})-W(\\d{2})").matcher(before);
            if (w.matches()) {
                anchor = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)));
            }
            return week(anchor.plusWeeks(step));
        }
        if (has(parts, "MONTHWORD")) {
            YearMonth anchor = before.matches("\\d{4}-\\d{2}.*") ? YearMonth.parse(before.substring(0, 7)) : YearMonth.from(c.dct());
            return reading(gregorianMonth(anchor.plusMonths(step)));
        }
        int year = before.matches("\\d{4}.*") ? Integer.parseInt(before.substring(0, 4)) : c.dct().getYear();
        return new Sem.Reading(TimexType.DATE, String.format(Locale.ROOT, "%04d", year + step), null);
    }

    /**
     * «الأسبوع السابق» (acc11b): the week before the week of the last day or ISO week the text named before it
     * ({@code dateBefore}), else the week before the publication week.
     */
    private static Sem.Reading previousWeek(Context c) {
        String before = c.dateBefore() == null ? "" : c.dateBefore();
        LocalDate anchor = c.dct();
        java.util.regex.Matcher w = java.util.regex.Pattern.compile("(\\d{4})-W(\\d{2}).*").matcher(before);
        if (w.matches()) {
            anchor = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)));
        } else if (before.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            anchor = LocalDate.parse(before.substring(0, 10));
        }
        return week(anchor.minusWeeks(1));
    }

    /** «7/يوليو/2015 م», «10/شوال/1436هـ»: a day, a month name and a year between separators. */
    private static LocalDate dayMonthNameYear(List<Piece> parts, Context c) {
        Sem.MonthName name = (Sem.MonthName) value(parts, "MONTHNAME");
        List<Integer> n = numbers(parts);
        Integer day = (Integer) value(parts, "DAYNUM");
        int year = n.get(n.size() - 1);
        Sem.Month m = monthOfYearBare(name, year, c);
        return m == null || day == null ? null : day(m, day);
    }

    /** The ISO week of a day value, or the week value itself («2015-W32»), or null. */
    private static Sem.Reading thatWeek(String before) {
        if (before == null) {
            return null;
        }
        if (before.matches("\\d{4}-W\\d{2}")) {
            return new Sem.Reading(TimexType.DATE, before, null);
        }
        if (!before.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return null;
        }
        try {
            return week(LocalDate.parse(before.substring(0, 10)));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
