package org.tarikh.annotate.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tarikh.annotate.TimexType;

import de.unihd.dbs.uima.types.heideltime.Timex3;

/**
 * Range endpoints (annotation guidelines: each endpoint gets its full value): the bare first day
 * of «من 10 إلى 15 أبريل», «بين 14 و18 فبراير» takes the month and year of the second endpoint;
 * «بين عامي 2003 و2011» gives «عامي 2003» and «2011».
 * Connectives stay outside. HeidelTime's «يومي» (a one-day duration) in «يومي الثلاثاء
 * والأربعاء» is dropped; each weekday is its own expression.
 */
public class RangeAnnotator extends RuleAnnotator {

    private static final String TO = org.tarikh.annotate.norm.Lexicon.key("إلى");
    private static final java.util.Set<String> YEAR_PAIR = java.util.Set.of("عامي", "سنتي", "العامين", "السنتين");

    private static boolean isYear(TimexDoc doc, int i) {
        return i < doc.words.size() && doc.key(i).matches("\\d{4}");
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2})-\\d{2}");

    @Override
    protected void process(TimexDoc doc) {
        for (int i = 0; i + 2 < doc.words.size(); i++) {
            String k = doc.key(i);
            if (YEAR_PAIR.contains(k) && isYear(doc, i + 1)) {
                // «بين عامي 2003 و2011», «العامين 2019 و2020»: «عامي 2003» and «2011»
                doc.put(i, i + 1, TimexType.DATE, doc.key(i + 1), "tarikh:range");
                String c = doc.key(i + 2);
                if ((c.equals("و") || c.equals(TO) || c.equals("حتى")) && isYear(doc, i + 3)) {
                    doc.put(i + 3, i + 3, TimexType.DATE, doc.key(i + 3), "tarikh:range");
                    i += 3;
                }
                continue;
            }
            if (k.equals("يومي") && Vocab.WEEKDAYS.containsKey(doc.key(i + 1))) {
                int b = doc.originalBegin(i);
                for (Timex3 t : doc.overlapping(b, doc.originalEnd(i))) {
                    if (t.getBegin() >= b && t.getEnd() <= doc.originalEnd(i)) {
                        t.removeFromIndexes();
                    }
                }
                continue;
            }
            if (!(k.equals("من") || k.equals("بين")) || !doc.words.get(i + 1).isNumber()) {
                continue;
            }
            int d1 = Integer.parseInt(doc.key(i + 1).length() <= 2 ? doc.key(i + 1) : "99");
            if (d1 < 1 || d1 > 31) {
                continue;
            }
            int second;
            String c = doc.key(i + 2);
            if ((c.equals(TO) || c.equals("حتى") || c.equals("و")) && i + 3 < doc.words.size()
                    && doc.words.get(i + 3).isNumber()) {
                second = i + 3;
            } else {
                continue;
            }
            int sb = doc.originalBegin(second);
            List<Timex3> ts = doc.overlapping(sb, doc.originalEnd(second));
            if (ts.isEmpty()) {
                continue;
            }
            Matcher m = DAY.matcher(ts.get(0).getTimexValue() == null ? "" : ts.get(0).getTimexValue());
            if (!m.matches()) {
                continue;
            }
            if (!doc.overlapping(doc.originalBegin(i + 1), doc.originalEnd(i + 1)).isEmpty()) {
                continue;
            }
            doc.put(i + 1, i + 1, TimexType.DATE, String.format("%s-%02d", m.group(1), d1), "tarikh:range");
        }
    }
}
