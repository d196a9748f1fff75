package org.tarikh.annotate.rules;

import java.util.Set;
import java.util.regex.Pattern;

import org.tarikh.annotate.norm.Lexicon;

import de.unihd.dbs.uima.types.heideltime.Timex3;

/**
 * Removes what looks temporal but is not: counts and quantities read as years («2500 فرد»,
 * «نحو 1500 دينار»: a bare number with no year cue before it and a noun after it), short numbers
 * read as years («21 محافظة»), scores («3-1»), case numbers («2019/1985»), dates that name a
 * street, square, bridge or movement («شارع 26 يوليو», «قوى 14 آذار»), the newspaper «اليوم»,
 * relational adjectives taken for sets («التضخم السنوي»), «الساعة» alone («برج الساعة»), and
 * adjectives «السابقة» after a noun. Runs last, over every annotator's output.
 */
public class FalsePositiveFilter extends RuleAnnotator {

    private static final Pattern NUMBER = Pattern.compile("(الـ?)?[0-9\u0660-\u0669\u06F0-\u06F9]{1,4}");
    private static final Pattern SCORE = Pattern.compile("\\d{1,2}\\s?[-–]\\s?\\d{1,2}");
    private static final Pattern NO_YEAR = Pattern.compile("[^0-9\u0660-\u0669\u06F0-\u06F9]*[0-9\u0660-\u0669\u06F0-\u06F9]{1,2}[^0-9\u0660-\u0669\u06F0-\u06F9]*");
    private static final Set<String> YEAR_CUES = Vocab.keys("year-cues.txt");
    private static final Set<String> YEAR_FOLLOWERS = Vocab.keys("year-followers.txt");
    private static final Set<String> ADJECTIVES = Vocab.keys("adjective-sets.txt");
    private static final Set<String> NOT_TEMPORAL = Vocab.keys("not-temporal.txt");

    @Override
    protected void process(TimexDoc doc) {
        for (Timex3 t : doc.timexes()) {
            if (spurious(doc, t)) {
                t.removeFromIndexes();
            }
        }
    }

    private boolean spurious(TimexDoc doc, Timex3 t) {
        String text = t.getCoveredText();
        String key = Lexicon.key(text);
        int first = doc.wordAtOriginal(t.getBegin());
        int last = doc.lastWordBefore(t.getEnd());
        if (first < 0 || last < first) {
            return false;
        }
        String before = doc.key(first - 1);
        String after = doc.key(last + 1);
        boolean ours = t.getFoundByRule() != null && t.getFoundByRule().startsWith("tarikh:");
        if (NOT_TEMPORAL.contains(key) || (ADJECTIVES.contains(key) && "SET".equals(t.getTimexType()))) {
            return true;
        }
        if ((key.equals("السابقه") || key.equals("السابق")) && before.startsWith("ال")) {
            return true; // «الدورة السابقة»
        }
        if (key.equals("اليوم") && DayPhraseAnnotator.isName(doc, first)) {
            return true;
        }
        if (SCORE.matcher(key).matches()) {
            return true;
        }
        if (NUMBER.matcher(text).matches() && !ours) {
            if (doc.key(first - 1).equals("/") || after.equals("/")) {
                return true; // «2019/1985»
            }
            if (text.replaceAll("[^0-9\u0660-\u0669\u06F0-\u06F9]", "").length() <= 2) {
                return true;
            }
            if (YEAR_CUES.contains(before) || before.startsWith("و") && YEAR_CUES.contains(before.substring(1))
                    || (before.equals("و") || before.equals("-")) && doc.key(first - 2).matches("\\d{4}")) {
                return false;
            }
            boolean wordAfter = last + 1 < doc.words.size() && Character.isLetter(after.isEmpty() ? ' ' : after.charAt(0))
                    && !YEAR_FOLLOWERS.contains(after) && sameSentence(doc, last, last + 1);
            return wordAfter;
        }
        if (Vocab.NOT_A_DATE_BEFORE.contains(before) && NO_YEAR.matcher(text).matches()) {
            return true; // «شارع 26 يوليو»
        }
        return false;
    }

    private static boolean sameSentence(TimexDoc doc, int a, int b) {
        int[] r = doc.sentenceRange(a);
        return b < r[1];
    }
}
