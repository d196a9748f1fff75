package org.tarikh.annotate.rules;

import java.util.Map;

import org.tarikh.annotate.TimexType;

/**
 * Vague references: «حاليًّا», «الآن» (PRESENT_REF), «مؤخرا», «سابقا» (PAST_REF), «قريبا»,
 * «مستقبلا» (FUTURE_REF), from vague-words.txt. HeidelTime knows most of them but not every
 * spelling; this gives them one extent (without «في») and value.
 */
public class VagueAnnotator extends RuleAnnotator {

    private static final Map<String, String> WORDS = Vocab.map("vague-words.txt");

    @Override
    protected void process(TimexDoc doc) {
        for (int i = 0; i < doc.words.size(); i++) {
            String three = doc.key(i) + " " + doc.key(i + 1) + " " + doc.key(i + 2);
            String two = doc.key(i) + " " + doc.key(i + 1);
            if (WORDS.containsKey(three)) {
                doc.put(i + 1, i + 2, TimexType.DATE, WORDS.get(three), "tarikh:vague");
                i += 2;
            } else if (WORDS.containsKey(two)) {
                doc.put(i + 1, i + 1, TimexType.DATE, WORDS.get(two), "tarikh:vague");
                i += 1;
            } else if (WORDS.containsKey(doc.key(i))) {
                if (doc.key(i).equals("الان") && doc.key(i - 1).equals("حتى") == false && doc.key(i + 1).equals("ان")) {
                    continue;
                }
                doc.put(i, i, TimexType.DATE, WORDS.get(doc.key(i)), "tarikh:vague");
            }
        }
    }
}
