package org.tarikh.annotate.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;

import de.unihd.dbs.uima.types.heideltime.Timex3;

import org.tarikh.annotate.TimexType;
import org.tarikh.annotate.norm.Lexicon;
import org.tarikh.annotate.norm.Months;

/**
 * Hijri dates, months and years («5 شوال 1436هـ», «غرة ذي القعدة», «شهر رمضان 1438هـ»,
 * «رمضان الماضي», «مطلع ذي القعدة», «عام 1439هـ», «1445هـ»), which HeidelTime does not know
 * (it reads «1436» as a Gregorian year). Converted with {@link HijrahChronology} (Umm al-Qura)
 * to the Gregorian values of the annotation guidelines: a day → its Gregorian day; a month → the
 * Gregorian month holding its 15th; a year → the Gregorian year holding 1 Rajab. A weekday or
 * part of day before a day number is part of the expression («مساء الاثنين 29 رمضان»). The
 * Hijri reading is kept in an {@code org.tarikh.annotate.HijriDate} annotation over the same span.
 */
public class HijriAnnotator extends RuleAnnotator {

    private static final Pattern YEAR = Pattern.compile("(1[345]\\d\\d)(ه)?");
    private static final Set<String> YEAR_MARKERS = Set.of("ه", "هجري", "هجريه", "للهجره");
    private static final Set<String> YEAR_NOUNS = Set.of("عام", "العام", "سنه", "السنه");

    /** A written Hijri year («1433», «1436ه») or the era word after one («هـ», «هجري», «للهجرة»). */
    static boolean isYearOrEra(String key) {
        return YEAR.matcher(key).matches() || YEAR_MARKERS.contains(key);
    }
    private static final Set<String> CUES = Vocab.keys("hijri-cues.txt");
    /** «شهر رمضان», «شهري رجب وشعبان»: the month noun inside the expression. */
    private static final Set<String> MONTH_NOUNS = Vocab.keys("hijri-month-nouns.txt");
    private static final Map<String, String> MODS = Vocab.map("modifiers.txt");
    /** «العشر الأواخر من»: several words before the month that say which part of it (longest first). */
    private static final java.util.List<Map.Entry<java.util.List<String>, String>> MOD_PHRASES = Lexicon.table("hijri-modifier-phrases.txt")
            .stream().map(r -> Map.entry(java.util.Arrays.stream(r[0].split("\\s+")).map(Lexicon::key).toList(), r[1]))
            .sorted((a, b) -> b.getKey().size() - a.getKey().size()).toList();

    @Override
    protected void process(TimexDoc doc) {
        scan(doc, this::matchDate, this::matchYear);
    }

    private int matchDate(TimexDoc doc, int i) {
        int j = i;
        String pod = Vocab.PARTS_OF_DAY.get(doc.key(j));
        if (pod != null) {
            j++;
        }
        if (doc.key(j).equals("يوم")) {
            j++;
        }
        boolean weekday = false;
        if (Vocab.WEEKDAYS.containsKey(doc.key(j))) {
            weekday = true;
            j++;
        } else if (j > i) {
            return i; // a part of day only belongs with a weekday here
        }
        boolean prefix = j > i;
        if (prefix && Vocab.PARTS_OF_DAY.containsKey(doc.key(i)) && !weekday) {
            return i;
        }
        String mod = null;
        Integer day = null;
        if (doc.key(j).equals("غره")) {
            day = 1;
            j++;
        } else if (MODS.containsKey(doc.key(j))) {
            mod = MODS.get(doc.key(j));
            j++;
        } else {
            for (Map.Entry<java.util.List<String>, String> e : MOD_PHRASES) {
                int n = e.getKey().size();
                boolean all = j + n < doc.words.size();
                for (int k = 0; all && k < n; k++) {
                    all = doc.key(j + k).equals(e.getKey().get(k));
                }
                if (all) {
                    mod = e.getValue();
                    j += n;
                    break;
                }
            }
        }
        if (day == null && mod == null && j < doc.words.size() && doc.words.get(j).isNumber()
                && doc.key(j).length() <= 2) { // a day of month; longer digit runs (phone numbers) are not
            int d = Integer.parseInt(doc.key(j));
            if (d >= 1 && d <= 30) {
                day = d;
                j++;
                if (doc.key(j).equals("من")) {
                    j++;
                }
            }
        }
        if (prefix && day == null) {
            return i;
        }
        boolean shahr = MONTH_NOUNS.contains(doc.key(j));
        if (shahr) {
            j++;
        }
        Months.Match hm = Months.hijri(doc.words, j);
        if (hm == null) {
            return i;
        }
        int monthAt = j;
        j += hm.words();
        Integer year = null;
        Matcher ym = YEAR.matcher(doc.key(j));
        if (ym.matches()) {
            year = Integer.parseInt(ym.group(1));
            j++;
            if (ym.group(2) == null && YEAR_MARKERS.contains(doc.key(j))) {
                j++;
            }
        }
        Integer rel = year == null ? Vocab.RELATIVE.get(doc.key(j)) : null;
        if (rel != null) {
            j++;
        }
        int first = i;
        if (Vocab.NOT_A_DATE_BEFORE.contains(doc.key(first - 1))) {
            return i; // «شارع 14 رمضان»
        }
        boolean anchored = day != null || year != null || shahr || rel != null || mod != null;
        if (hm.ambiguous() && day == null && year == null && !shahr) {
            return i;
        }
        if (!anchored && !CUES.contains(doc.key(monthAt - 1))) {
            return i; // «محمد رمضان»
        }
        try {
            int y = year != null ? year : resolveYear(doc.dct, hm.number(), rel == null ? 0 : rel);
            String hijri;
            String value;
            TimexType type = TimexType.DATE;
            if (day != null) {
                LocalDate g = LocalDate.from(HijrahDate.of(y, hm.number(), day));
                hijri = String.format("%04d-%02d-%02d", y, hm.number(), day);
                value = g.toString();
                if (pod != null) {
                    type = TimexType.TIME;
                    value = value + pod;
                }
            } else {
                LocalDate mid = LocalDate.from(HijrahDate.of(y, hm.number(), 15));
                hijri = String.format("%04d-%02d", y, hm.number());
                value = String.format("%04d-%02d", mid.getYear(), mid.getMonthValue());
            }
            doc.put(first, j - 1, type, value, mod, "tarikh:hijri");
            mark(doc, first, j - 1, hijri);
        } catch (DateTimeException e) {
            return i; // outside the Umm al-Qura table or an impossible day
        }
        return j;
    }

    /** «عام 1439هـ», «1445هـ», «1436 هـ»: a Hijri year needs its era marker. */
    private int matchYear(TimexDoc doc, int i) {
        int j = i;
        if (YEAR_NOUNS.contains(doc.key(j))) {
            j++;
        }
        Matcher ym = YEAR.matcher(doc.key(j));
        if (!ym.matches()) {
            return j > i ? earlyYear(doc, i, j) : i;
        }
        int y = Integer.parseInt(ym.group(1));
        j++;
        if (ym.group(2) == null) {
            if (YEAR_MARKERS.contains(doc.key(j))) {
                j++;
            } else if (j - 1 != i || !eralessHijri(doc, i, y)) {
                return i;
            }
        }
        try {
            LocalDate rajab = LocalDate.from(HijrahDate.of(y, 7, 1));
            doc.put(i, j - 1, TimexType.DATE, String.valueOf(rajab.getYear()), "tarikh:hijri");
            mark(doc, i, j - 1, String.format("%04d", y));
        } catch (DateTimeException e) {
            return i;
        }
        return j;
    }

    /** A year of one to four digits, with the era letter glued or not («420», «857ه»). */
    private static final Pattern ANY_YEAR = Pattern.compile("(\\d{1,4})(ه)?");

    /**
     * «سنة 420 هـ», «عام 857 للهجرة»: a year before (or after) the Umm al-Qura range, with its year noun (word i) and
     * its era, is the Gregorian year that holds its 1 Rajab by the tabular calendar (adjudication case 12, d28 and
     * round thirteen d353). Returns the index after it, or i.
     */
    private static int earlyYear(TimexDoc doc, int i, int j) {
        Matcher m = ANY_YEAR.matcher(doc.key(j));
        if (!m.matches()) {
            return i;
        }
        int y = Integer.parseInt(m.group(1));
        int end = j + 1;
        if (m.group(2) == null) {
            if (!YEAR_MARKERS.contains(doc.key(end))) {
                return i;
            }
            end++;
        }
        if (y < 1 || (y >= 1300 && y <= 1600)) {
            return i; // Umm al-Qura's years are matchYear's
        }
        doc.put(i, end - 1, TimexType.DATE, String.format("%04d", tabularGregorianYear(y, 7, 1)), "tarikh:hijri");
        mark(doc, i, end - 1, String.format("%04d", y));
        return end;
    }

    /** Julian day number of the tabular (civil) Islamic calendar's epoch, 1 Muharram 1 (16 July 622, Julian). */
    private static final long TABULAR_EPOCH_JDN = 1948440;
    /** Julian day number of 1970-01-01, the epoch of {@link LocalDate#ofEpochDay}. */
    private static final long UNIX_EPOCH_JDN = 2440588;

    /** The (proleptic Gregorian) year of Hijri day {@code d} of month {@code mo} of year {@code y} by the tabular calendar. */
    static int tabularGregorianYear(int y, int mo, int d) {
        long jdn = d + (long) Math.ceil(29.5 * (mo - 1)) + (y - 1) * 354L + Math.floorDiv(3 + 11L * y, 30) + TABULAR_EPOCH_JDN - 1;
        return LocalDate.ofEpochDay(jdn - UNIX_EPOCH_JDN).getYear();
    }

    /**
     * A bare year without its era that is Hijri because the text shows its calendar (adjudication case
     * 46's proposal): HeidelTime read it as the Gregorian year of the same number, it is no later than
     * the publication date's Hijri year, the false-positive filter keeps that year (a count, «1440 حافلة», is
     * no year in any calendar), and another year of the text is marked Hijri («١٣٥٢ ه» … «١٤٠٦») or the
     * year is the publication date's Hijri year or the one before it (acc11b: «مهرجان أبها يجمعنا 1436»).
     */
    private static boolean eralessHijri(TimexDoc doc, int i, int y) {
        int hy = HijrahDate.from(doc.dct).get(ChronoField.YEAR);
        if (y > hy) {
            return false;
        }
        boolean readAsYear = false;
        for (Timex3 t : doc.overlapping(doc.originalBegin(i), doc.originalEnd(i))) {
            readAsYear |= t.getBegin() == doc.originalBegin(i) && t.getEnd() == doc.originalEnd(i)
                    && String.valueOf(y).equals(t.getTimexValue()) && !FalsePositiveFilter.willRemove(doc, t); // «1440 حافلة»: a count
        }
        if (!readAsYear) {
            return false;
        }
        if (y >= hy - 1) {
            return true; // «مهرجان أبها يجمعنا 1436» in 2015: the publication's own Hijri year (or the last), never a Gregorian 1436 of news (acc11b)
        }
        for (int k = 0; k < doc.words.size(); k++) {
            Matcher m = YEAR.matcher(doc.key(k));
            if (k != i && m.matches() && (m.group(2) != null || YEAR_MARKERS.contains(doc.key(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Hijri year of a month named without one: «رمضان الماضي» the latest that ended before
     * the publication date, «رمضان المقبل» the first that starts after it, otherwise the
     * occurrence nearest to it.
     */
    static int resolveYear(LocalDate dct, int month, int rel) {
        int hy = HijrahDate.from(dct).get(ChronoField.YEAR);
        int best = hy;
        long bestDistance = Long.MAX_VALUE;
        for (int y = hy - 1; y <= hy + 1; y++) {
            HijrahDate start = HijrahDate.of(y, month, 1);
            LocalDate s = LocalDate.from(start);
            LocalDate e = LocalDate.from(start.plus(1, ChronoUnit.MONTHS)).minusDays(1);
            if (rel < 0) {
                if (e.isBefore(dct) && (best == hy && bestDistance == Long.MAX_VALUE || y > best)) {
                    best = y;
                    bestDistance = 0;
                }
            } else if (rel > 0) {
                if (s.isAfter(dct) && bestDistance == Long.MAX_VALUE) {
                    best = y;
                    bestDistance = 0;
                }
            } else {
                LocalDate mid = s.plusDays(14);
                long d = Math.abs(ChronoUnit.DAYS.between(dct, mid));
                if (d < bestDistance) {
                    best = y;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    private static void mark(TimexDoc doc, int first, int last, String hijri) {
        CAS cas = doc.jcas.getCas();
        Type type = cas.getTypeSystem().getType("org.tarikh.annotate.HijriDate");
        if (type == null) {
            return;
        }
        Feature f = type.getFeatureByBaseName("hijri");
        AnnotationFS a = cas.createAnnotation(type, doc.originalBegin(first), doc.originalEnd(last));
        a.setStringValue(f, hijri);
        cas.addFsToIndexes(a);
    }
}
