package org.tarikh.annotate.rules;

import java.util.Comparator;
import java.util.List;

import de.unihd.dbs.uima.types.heideltime.Timex3;

/** Numbers the final expressions t1, t2 … in text order, after annotators added and removed some. */
public class TimexIdAssigner extends RuleAnnotator {

    @Override
    protected void process(TimexDoc doc) {
        List<Timex3> all = doc.timexes();
        all.sort(Comparator.comparingInt(Timex3::getBegin).thenComparingInt(Timex3::getEnd));
        int n = 1;
        for (Timex3 t : all) {
            t.setTimexId("t" + n++);
        }
    }
}
