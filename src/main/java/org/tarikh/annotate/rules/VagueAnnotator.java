package org.tarikh.annotate.rules;

import java.util.HashMap;
import java.util.Map;

import org.tarikh.annotate.TimexType;
import org.tarikh.annotate.morph.Morphology;
import org.tarikh.annotate.norm.Lexicon;
import de.unihd.dbs.uima.types.heideltime.Timex3;

/**
 * Vague references: «حاليًّا», «الآن» (PRESENT_REF), «مؤخرا», «سابقا» (PAST_REF), «قريبا»,
 * «مستقبلا» (FUTURE_REF), from vague-words.txt. HeidelTime knows most of them but not every
 * spelling; this gives them one extent (without «في») and value. A third column may qualify an
 * entry: {@code lead=X} keeps the letters X that open the phrase outside the extent («فيما مضى» →
 * «ما مضى», the «في» written joined); {@code not-narrative} drops the word in a narrative of the past
 * (see {@link #narrative}).
 */
public class VagueAnnotator extends RuleAnnotator {

    /** One line of vague-words.txt: the value, the lead letters kept outside (key form, or null), the narrative gate. */
    private record Entry(String value, String lead, boolean notNarrative) {

        static Entry of(String[] r) {
            String third = r.length > 2 ? r[2] : "";
            return new Entry(r[1], third.startsWith("lead=") ? Lexicon.key(third.substring(5)) : null,
                    third.equals("not-narrative"));
        }
    }

    private static final Map<String, Entry> WORDS = new HashMap<>();

    static {
        for (String[] r : Lexicon.table("vague-words.txt")) {
            WORDS.put(Lexicon.key(r[0]), Entry.of(r));
        }
    }

    private static final String AND_THEN = Lexicon.key("ثم");

    /** How far from the word a perfect verb makes a narrative of the past. */
    private static final int NARRATIVE_WINDOW = 3;

    @Override
    protected void process(TimexDoc doc) {
        for (int i = 0; i < doc.words.size(); i++) {
            String three = doc.key(i) + " " + doc.key(i + 1) + " " + doc.key(i + 2);
            String two = doc.key(i) + " " + doc.key(i + 1);
            if (WORDS.containsKey(three)) {
                put(doc, i + 1, i + 2, WORDS.get(three));
                i += 2;
            } else if (WORDS.containsKey(two)) {
                Entry e = WORDS.get(two);
                put(doc, e.lead() != null ? i : i + 1, i + 1, e);
                i += 1;
            } else if (WORDS.containsKey(doc.key(i))) {
                if (doc.key(i).equals("الان") && doc.key(i - 1).equals("حتى") == false && doc.key(i + 1).equals("ان")) {
                    continue;
                }
                Entry e = WORDS.get(doc.key(i));
                if (e.notNarrative() && narrative(doc, i)) {
                    continue;
                }
                put(doc, i, i, e);
            }
        }
    }

    private static void put(TimexDoc doc, int first, int last, Entry e) {
        Timex3 t = doc.put(first, last, TimexType.DATE, e.value(), "tarikh:vague");
        String lead = e.lead();
        if (lead != null && Lexicon.key(t.getCoveredText()).startsWith(lead)) {
            String text = t.getCoveredText();
            int cut = 0;
            while (cut < text.length() && Lexicon.key(text.substring(0, cut)).length() < lead.length()) {
                cut++;
            }
            TimexDoc.setExtent(t, t.getBegin() + cut, t.getEnd());
        }
    }

    /**
     * «لاحقا» 'later' points past the publication date only outside a narrative: a perfect verb close
     * before or after it («أكد لاحقا», «تبين لاحقا أن», «لاحقا عثر المحققون»), «ثم» before it, or a bracketed
     * title («(والصدر الأعظم لاحقا)») make it 'afterwards' in a told story, which is no time reference.
     */
    static boolean narrative(TimexDoc doc, int i) {
        int[] r = doc.sentenceRange(i);
        for (int k = i - 1; k >= r[0] && k >= i - NARRATIVE_WINDOW; k--) {
            String key = doc.key(k);
            if (key.equals(AND_THEN) || key.equals("(")) {
                return true;
            }
            Morphology.Aspect a = Morphology.aspect(key, k - 1 >= r[0] ? doc.key(k - 1) : "");
            if (a == Morphology.Aspect.PAST && !key.endsWith(Tense.FEMININE_PLURAL) || Tense.reportingVerb(key)) {
                return true; // «أكد لاحقا»: verbs of saying are listed in their perfect form
            }
            if (a != Morphology.Aspect.NONE || Vocab.CLAUSE_BREAKS.contains(key)) {
                break;
            }
        }
        for (int k = i + 1; k < r[1] && k <= i + 2; k++) {
            String key = doc.key(k);
            if (key.equals(")")) {
                return true;
            }
            if (Morphology.aspect(key, doc.key(k - 1)) == Morphology.Aspect.PAST && !key.endsWith(Tense.FEMININE_PLURAL)) {
                return true;
            }
        }
        return false;
    }
}
