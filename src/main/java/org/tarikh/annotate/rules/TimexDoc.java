package org.tarikh.annotate.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

import org.tarikh.annotate.TimexType;
import org.tarikh.annotate.norm.MappedText;
import org.tarikh.annotate.norm.Words;

import de.unihd.dbs.uima.types.heideltime.Dct;
import de.unihd.dbs.uima.types.heideltime.Sentence;
import de.unihd.dbs.uima.types.heideltime.Timex3;

/**
 * What Tarikh's post-HeidelTime annotators work on: the words of the rewritten text (clitics
 * split, digits ASCII, spelling unified: see {@link org.tarikh.annotate.norm.HeidelTimeText}),
 * its sentences, the publication date, and the Timex3 annotations of the original view, which
 * they add, replace or remove. Offsets of new expressions are mapped to the original text.
 */
public final class TimexDoc {

    public final JCas jcas;
    public final MappedText map;
    public final List<Words.Word> words;
    public final LocalDate dct;
    private final int[] sentenceOfWord;
    private final List<int[]> sentenceWords = new ArrayList<>();

    private final int[] wordBegins;
    private final int[] wordEnds;

    public TimexDoc(JCas base, String viewName, MappedText map, List<Words.Word> words) throws CASException {
        this.jcas = base.getView(CAS.NAME_DEFAULT_SOFA);
        this.map = map;
        this.words = words;
        wordBegins = new int[words.size()];
        wordEnds = new int[words.size()];
        for (int k = 0; k < words.size(); k++) {
            wordBegins[k] = map.toOriginalBegin(words.get(k).begin());
            wordEnds[k] = map.toOriginalEnd(words.get(k).end());
        }
        LocalDate d = null;
        for (Dct x : JCasUtil.select(jcas, Dct.class)) {
            d = LocalDate.parse(x.getValue().substring(0, 10));
        }
        this.dct = statedDay(words, d == null ? LocalDate.now() : d);
        JCas view = base.getView(viewName);
        sentenceOfWord = new int[words.size()];
        java.util.Arrays.fill(sentenceOfWord, -1);
        int wi = 0;
        int si = 0;
        for (Sentence s : JCasUtil.select(view, Sentence.class)) {
            while (wi < words.size() && words.get(wi).begin() < s.getBegin()) {
                wi++;
            }
            int first = wi;
            while (wi < words.size() && words.get(wi).end() <= s.getEnd()) {
                sentenceOfWord[wi] = si;
                wi++;
            }
            sentenceWords.add(new int[] {first, wi});
            si++;
        }
    }

    /**
     * The day the text itself says it was written, when that contradicts the publication date:
     * «اليوم الأحد», «صباح اليوم (السبت)» in an article dated Monday (a newspaper's issue date is
     * often the day after the writing; a crawl date days after it) make the latest such Sunday on or
     * before the publication date the day every relative expression counts from (annotation
     * guidelines, "DCT" and "Evidence in the text decides"; round eighteen: the nearest one, up to
     * three days ahead, was taken before). The first such statement decides; «اليوم» as a name
     * («صحيفة اليوم») says nothing.
     */
    static LocalDate statedDay(List<Words.Word> words, LocalDate dct) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!words.get(i).key().equals("اليوم") || (i > 0 && (Vocab.NOT_A_DATE_BEFORE.contains(words.get(i - 1).key())
                    || Vocab.NOT_TODAY_BEFORE.contains(words.get(i - 1).key())))) {
                continue;
            }
            int k = words.get(i + 1).key().equals("(") ? i + 2 : i + 1;
            Integer wd = k < words.size() ? Vocab.WEEKDAYS.get(words.get(k).key()) : null;
            if (wd == null || !words.get(k).key().startsWith("ال")) {
                continue;
            }
            // the latest such weekday on or before the publication date: an article is written before it is
            // published and crawled (adjudication case 31: «اليوم (الجمعة)» crawled on Tuesday 2015-07-21 is 07-17)
            return dct.minusDays((dct.getDayOfWeek().getValue() - wd + 7) % 7);
        }
        return dct;
    }

    public String key(int i) {
        return i >= 0 && i < words.size() ? words.get(i).key() : "";
    }

    /** Whether the words from k on are {@code keys}, in their {@link #key} form («على التوالي» as {"على", "التوالي"}). */
    public boolean phraseAt(int k, String[] keys) {
        for (int m = 0; m < keys.length; m++) {
            if (!key(k + m).equals(keys[m])) {
                return false;
            }
        }
        return true;
    }

    /** Word range [first, end) of the sentence holding word i. */
    public int[] sentenceRange(int i) {
        int s = i >= 0 && i < sentenceOfWord.length ? sentenceOfWord[i] : -1;
        return s < 0 ? new int[] {Math.max(0, i), Math.min(words.size(), i + 1)} : sentenceWords.get(s);
    }

    private static final java.util.regex.Pattern DAY_VALUE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");
    private static final String BARE_PART_OF_DAY = "tarikh:day-phrase-part";

    /**
     * The day of the last DATE or TIME valued as a day («2015-08-04», «2015-08-04T09:55») that lies
     * within words [{@code first}, {@code before}), not a feast (whose day is no working day) nor a bare
     * part of day («الصباح», «المساء»: often any morning, read as today's), or null: the day a text
     * names before an expression counted from it («في الجلسة السابقة», «في اليوم التالي»). A value
     * that is no calendar day (HeidelTime's «2015-02-30» for «30 فبراير») names none.
     */
    public LocalDate lastDayNamed(int first, int before) {
        int begin = originalBegin(Math.max(0, first));
        int end = before < words.size() ? originalBegin(before) : originalEnd(words.size() - 1);
        LocalDate day = null;
        int dayEnd = -1;
        for (Timex3 t : overlapping(begin, end)) {
            if (t.getBegin() >= begin && t.getEnd() <= end && t.getEnd() > dayEnd && t.getTimexValue() != null
                    && DAY_VALUE.matcher(t.getTimexValue()).matches()
                    && (TimexType.DATE.is(t.getTimexType()) || TimexType.TIME.is(t.getTimexType()))
                    && (t.getFoundByRule() == null || !t.getFoundByRule().contains("holiday")
                            && !t.getFoundByRule().equals(BARE_PART_OF_DAY))) {
                try {
                    day = LocalDate.parse(t.getTimexValue().substring(0, 10));
                    dayEnd = t.getEnd();
                } catch (java.time.format.DateTimeParseException e) {
                    // no such day: not a day named
                }
            }
        }
        return day;
    }

    public int originalBegin(int wordIndex) {
        return wordBegins[wordIndex];
    }

    public int originalEnd(int wordIndexInclusive) {
        return wordEnds[wordIndexInclusive];
    }

    public List<Timex3> timexes() {
        return new ArrayList<>(JCasUtil.select(jcas, Timex3.class));
    }

    public List<Timex3> overlapping(int begin, int end) {
        List<Timex3> out = new ArrayList<>();
        for (Timex3 t : JCasUtil.select(jcas, Timex3.class)) {
            if (t.getBegin() < end && begin < t.getEnd()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Index of the word starting at or covering the original offset, or -1. */
    public int wordAtOriginal(int offset) {
        // first word ending after the offset (word ends are non-decreasing)
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (wordEnds[mid] > offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo < words.size() ? lo : -1;
    }

    /** Index of the last word ending at or before the original offset, or -1. */
    public int lastWordBefore(int offset) {
        int i = wordAtOriginal(offset);
        return (i < 0 ? words.size() : i) - 1;
    }

    /**
     * Replaces whatever overlaps words [first, last] with one expression of {@code type} and
     * {@code value}, found by {@code rule} (e.g. {@code tarikh:month}). Returns it.
     */
    public Timex3 put(int first, int last, TimexType type, String value, String rule) {
        return put(first, last, type, value, null, null, rule);
    }

    /** As {@link #put(int, int, TimexType, String, String)}, with a TIMEX3 {@code mod} (START, END, APPROX …; may be null). */
    public Timex3 put(int first, int last, TimexType type, String value, String mod, String rule) {
        return put(first, last, type, value, mod, null, rule);
    }

    /** A SET that recurs at every instance of {@code value} («كل يوم جمعة»): quant EVERY. */
    public Timex3 putEvery(int first, int last, String value, String rule) {
        return put(first, last, TimexType.SET, value, null, "EVERY", rule);
    }

    private Timex3 put(int first, int last, TimexType type, String value, String mod, String quant, String rule) {
        int b = originalBegin(first);
        int e = originalEnd(last);
        for (Timex3 t : overlapping(b, e)) {
            t.removeFromIndexes();
        }
        Timex3 t = new Timex3(jcas, b, e);
        t.setTimexType(type.name());
        t.setTimexValue(value);
        t.setTimexMod(mod);
        t.setTimexQuant(quant);
        t.setFoundByRule(rule);
        t.setTimexId("");
        t.addToIndexes();
        return t;
    }

    public static void setExtent(Timex3 t, int begin, int end) {
        t.removeFromIndexes();
        t.setBegin(begin);
        t.setEnd(end);
        t.addToIndexes();
    }
}
