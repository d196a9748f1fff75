package org.tarikh.annotate.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.tarikh.annotate.TimexType;
import org.tarikh.annotate.norm.Lexicon;

/**
 * «ارتفعت أسعار النفط يوم الثلاثاء بعد هبوطها 5% في الجلسة السابقة»: in market news, «الجلسة
 * السابقة» is the trading session before the day the sentence names, here Monday. The expression
 * needs a word of market news in its sentence and a day named before it in that sentence (an
 * expression whose value is a day, not a feast); the session before a Tuesday to a Friday is the day before it,
 * before a Sunday (a Gulf exchange's first day of the week) the Thursday. After a Monday (Friday on
 * Western exchanges, Sunday on Gulf ones) or a Saturday, and with no day named, it is left untagged:
 * the event it dates keeps the publication date as "on or before". Rule {@value #RULE}; words in
 * {@code previous-session.txt}.
 */
public class PreviousSessionAnnotator extends RuleAnnotator {

    static final String RULE = "tarikh:previous-session";

    private static final List<String[]> WORDS = Lexicon.table("previous-session.txt");
    private static final List<String[]> PHRASES = WORDS.stream()
            .filter(r -> r[0].equals("phrase")).map(r -> Lexicon.key(r[1]).split(" ")).toList();
    private static final List<String> CUES = WORDS.stream()
            .filter(r -> r[0].equals("cue")).map(r -> Lexicon.key(r[1])).toList();

    @Override
    protected void process(TimexDoc doc) {
        for (int i = 0; i < doc.words.size(); i++) {
            for (String[] phrase : PHRASES) {
                if (!doc.phraseAt(i, phrase)) {
                    continue;
                }
                int last = i + phrase.length - 1;
                int begin = doc.originalBegin(i);
                int end = doc.originalEnd(last);
                if (doc.overlapping(begin, end).stream().anyMatch(t -> t.getBegin() < begin || t.getEnd() > end)) {
                    continue; // inside a longer expression; one inside it (HeidelTime's «السابقة», PAST_REF) gives way
                }
                int[] sentence = doc.sentenceRange(i);
                LocalDate named = doc.lastDayNamed(sentence[0], i);
                LocalDate session = named == null || !marketNews(doc, sentence) ? null : sessionBefore(named);
                if (session != null) {
                    doc.put(i, last, TimexType.DATE, session.toString(), RULE);
                }
            }
        }
    }

    /** The trading session before day {@code day}, or null when exchanges disagree on it or none trades then. */
    static LocalDate sessionBefore(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return switch (d) {
            case TUESDAY, WEDNESDAY, THURSDAY, FRIDAY -> day.minusDays(1);
            case SUNDAY -> day.minusDays(3);
            case MONDAY, SATURDAY -> null;
        };
    }

    private static boolean marketNews(TimexDoc doc, int[] sentence) {
        for (int k = sentence[0]; k < sentence[1]; k++) {
            String w = doc.key(k);
            for (String cue : CUES) {
                if (w.contains(cue)) {
                    return true;
                }
            }
        }
        return false;
    }
}

