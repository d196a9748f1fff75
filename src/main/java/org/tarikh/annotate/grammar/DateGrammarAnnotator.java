package org.tarikh.annotate.grammar;

import java.util.List;

import org.apache.uima.fit.descriptor.ExternalResource;
import org.tarikh.annotate.PublicationTime;
import org.tarikh.annotate.TimexType;
import org.tarikh.annotate.rules.FalsePositiveFilter;
import org.tarikh.annotate.rules.RuleAnnotator;
import org.tarikh.annotate.rules.Tense;
import org.tarikh.annotate.rules.TimexDoc;

import de.unihd.dbs.uima.types.heideltime.Timex3;

/**
 * Runs the date grammar ({@link DateGrammar}, rules in grammar.txt) over a document and writes its
 * expressions as Timex3 annotations whose {@code foundByRule} is {@code tarikh:grammar:} and the
 * rule trail («tarikh:grammar:weekday-date+numeric-date»). An expression replaces what other
 * annotators found inside its extent; where an earlier expression reaches beyond it, the
 * earlier one stays.
 */
public class DateGrammarAnnotator extends RuleAnnotator {

    public static final String RULE_PREFIX = "tarikh:grammar:";
    public static final String RES_GRAMMAR = "grammar";

    private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile("\\d{4}(-.*)?");

    /** Words before a date that a spoken future marker may stand in («بنرجع من السفر عشرين شهر سبعة»). */
    private static final int SPOKEN_FUTURE_WINDOW = 3;

    /**
     * Whether a spoken future marker (dialect-future.txt: «رح», «بنرجع», «هنسافر») is one of the few
     * words before word {@code i} in its sentence.
     */
    private static boolean spokenFutureBefore(TimexDoc doc, int i) {
        int sentenceStart = doc.sentenceRange(i)[0];
        for (int k = Math.max(sentenceStart, i - SPOKEN_FUTURE_WINDOW); k < i; k++) {
            if (Tense.dialectFuture(doc, k)) {
                return true;
            }
        }
        return false;
    }

    /** The value of the last of {@code dated} (sorted by end) that ends at or before {@code offset}. */
    private static String lastBefore(List<Timex3> dated, int offset) {
        String v = null;
        for (Timex3 t : dated) {
            if (t.getEnd() > offset) {
                break;
            }
            v = t.getTimexValue();
        }
        return v;
    }

    /**
     * Whether an expression found before the grammar reaches beyond {@code f}'s extent (then that one
     * stays); for an overriding rule, beyond the whole match (context words included).
     */
    private static boolean yields(TimexDoc doc, DateGrammar.Found f) {
        int begin = begin(doc, f);
        int end = doc.originalEnd(f.last());
        int windowBegin = f.override() ? doc.originalBegin(f.from()) : begin;
        int windowEnd = f.override() ? doc.originalEnd(f.to()) : end;
        // (one the false-positive filter will remove does not count: «الربع الثاني من العام 32»)
        return doc.overlapping(begin, end).stream().anyMatch(t -> (t.getBegin() < windowBegin || t.getEnd() > windowEnd)
                && !FalsePositiveFilter.willRemove(doc, t));
    }

    /**
     * Where an expression begins in the original text: after its proclitic, and before the article glued
     * to its first number («الـ15 من الشهر الجاري», «في الـ29 من العمر», «بالـ12 من أغسطس»: «الـ» inside,
     * as the gold writes it; the view drops the tatweel and reads the number alone).
     */
    static int begin(TimexDoc doc, DateGrammar.Found f) {
        int begin = doc.originalBegin(f.first()) + f.skip();
        String text = doc.jcas.getDocumentText();
        if (begin >= text.length() || !Character.isDigit(text.charAt(begin))) {
            return begin;
        }
        int k = begin;
        while (k > 0 && text.charAt(k - 1) == '\u0640') {
            k--;
        }
        if (k >= 2 && text.charAt(k - 1) == '\u0644' && text.charAt(k - 2) == '\u0627'
                && (k == 2 || !Character.isLetter(text.charAt(k - 3)) || "\u0648\u0641\u0628\u0643".indexOf(text.charAt(k - 3)) >= 0)) {
            return k - 2;
        }
        return begin;
    }

    @ExternalResource(key = RES_GRAMMAR)
    private DateGrammarResource grammar;

    @Override
    protected void process(TimexDoc doc) {
        // dated expressions found so far, in text order, for anaphora («ذلك العام»); not one the
        // false-positive filter will remove (HeidelTime's «20» read as a year in «في 20 من الشهر نفسه»)
        List<Timex3> dated = doc.timexes().stream()
                .filter(t -> t.getTimexValue() != null && DATED.matcher(t.getTimexValue()).matches()
                        && !TimexType.DURATION.is(t.getTimexType()) && !TimexType.SET.is(t.getTimexType())
                        && !FalsePositiveFilter.willRemove(doc, t))
                .sorted(java.util.Comparator.comparingInt(Timex3::getEnd)).toList();
        List<DateGrammar.Found> found = grammar.get().parse(doc.words, doc.dct, PublicationTime.read(doc.jcas),
                i -> Tense.future(doc, i), i -> spokenFutureBefore(doc, i), i -> Tense.pastVerb(doc, i), i -> lastBefore(dated, doc.originalBegin(i)),
                f -> yields(doc, f));
        // parse already left out every expression that yields (the test above); writing one only removes
        // expressions inside its own extent, so the ones after it still do not yield
        for (DateGrammar.Found f : found) {
            int begin = begin(doc, f);
            int end = doc.originalEnd(f.last());
            List<Timex3> inside = doc.overlapping(begin, end);
            inside.forEach(Timex3::removeFromIndexes);
            Timex3 t = new Timex3(doc.jcas, begin, end);
            t.setTimexType(f.reading().type().name());
            t.setTimexValue(f.reading().value());
            t.setTimexMod(f.reading().mod());
            t.setFoundByRule(RULE_PREFIX + f.rules());
            t.setTimexId("");
            t.addToIndexes();
        }
    }
}
