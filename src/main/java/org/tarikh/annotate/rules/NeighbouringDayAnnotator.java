package org.tarikh.annotate.rules;

import java.time.LocalDate;
import java.util.List;

import org.tarikh.annotate.TimexType;
import org.tarikh.annotate.norm.Lexicon;

import de.unihd.dbs.uima.types.heideltime.Timex3;

/**
 * «عاد يوم الثاني عشر من أغسطس ليغادر في اليوم التالي»: the next (or previous) day is counted
 * from the last day the text names before it, in its sentence or the one before it, not from the
 * publication date. HeidelTime reads «اليوم التالي» as the day after publication, which put a
 * narrative's past happenings in the future, and the day phrase read «اليوم» of «اليوم السابق» as
 * the publication day. With a day named, the phrase is that day ± 1 (rule {@value #RULE}); with
 * none, nothing fixes its day and what was read inside it is removed (the event keeps the
 * publication date as "on or before"). An expression reaching beyond the phrase («صباح اليوم
 * التالي» read as one) is left as it is, and so is «لليوم التالي» (for a further day). Phrases
 * and steps in {@code neighbouring-days.txt}.
 */
public class NeighbouringDayAnnotator extends RuleAnnotator {

    static final String RULE = "tarikh:neighbouring-day";

    /** One line of {@code neighbouring-days.txt}: the step in days and the phrase's words. */
    record Step(int days, String[] words) {
    }

    private static final List<Step> STEPS = Lexicon.table("neighbouring-days.txt").stream()
            .map(r -> new Step(Integer.parseInt(r[0]), Lexicon.key(r[1]).split(" "))).toList();

    @Override
    protected void process(TimexDoc doc) {
        for (int i = 0; i < doc.words.size(); i++) {
            for (Step step : STEPS) {
                if (!doc.phraseAt(i, step.words()) || doc.key(i - 1).equals("ل")) {
                    continue; // «وتواصلت أمس لليوم التالي اجتماعات» (the view splits «لل»): for a further day, not a day
                }
                int last = i + step.words().length - 1;
                int begin = doc.originalBegin(i);
                int end = doc.originalEnd(last);
                List<Timex3> inside = doc.overlapping(begin, end);
                if (inside.stream().anyMatch(t -> t.getEnd() > end)) {
                    continue; // part of a longer expression
                }
                int sentence = doc.sentenceRange(i)[0];
                int previous = sentence > 0 ? doc.sentenceRange(sentence - 1)[0] : sentence;
                LocalDate named = doc.lastDayNamed(previous, i);
                if (named != null) {
                    doc.put(i, last, TimexType.DATE, named.plusDays(step.days()).toString(), RULE);
                } else {
                    inside.forEach(Timex3::removeFromIndexes); // «اليوم» as today, the day after publication
                }
                i = last;
                break;
            }
        }
    }
}
