package org.tarikh.annotate.rules;

import java.util.Comparator;
import java.util.List;

import de.unihd.dbs.uima.types.heideltime.Timex3;

/**
 * Last stage: expressions never overlap (annotation guidelines: tags never nest), so of two
 * overlapping ones the longer stays; then the survivors are numbered t1, t2 … in text order.
 */
public class TimexIdAssigner extends RuleAnnotator {

    @Override
    protected void process(TimexDoc doc) {
        List<Timex3> all = doc.timexes();
        all.sort(Comparator.comparingInt((Timex3 t) -> t.getEnd() - t.getBegin()).reversed());
        List<Timex3> kept = new java.util.ArrayList<>();
        for (Timex3 t : all) {
            boolean clash = kept.stream().anyMatch(k -> k.getBegin() < t.getEnd() && t.getBegin() < k.getEnd());
            if (clash) {
                t.removeFromIndexes();
            } else {
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingInt(Timex3::getBegin).thenComparingInt(Timex3::getEnd));
        int n = 1;
        for (Timex3 t : kept) {
            t.setTimexId("t" + n++);
        }
    }
}
