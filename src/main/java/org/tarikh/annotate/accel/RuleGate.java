package org.tarikh.annotate.accel;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import de.unihd.dbs.uima.types.heideltime.Sentence;

/**
 * Runs just before HeidelTime and decides what it works on, losslessly (see {@link RuleFilter}):
 * <ul>
 *   <li>{@value #PARAM_SENTENCES}: sentences in which no rule can match are taken out of the
 *   index (HeidelTime only reads inside sentences), and put back by {@link Restore} right after
 *   HeidelTime, so later stages see every sentence;</li>
 *   <li>{@value #PARAM_RULES}: only the rules that can match somewhere in the document run
 *   (per thread, see {@link RuleSelection}).</li>
 * </ul>
 * Nothing here looks at part-of-speech tags: a rule is skipped only where its regex cannot
 * match, which holds with or without POS on the tokens (HeidelTime checks POS constraints
 * only after a regex match).
 */
public class RuleGate extends JCasAnnotator_ImplBase {

    public static final String PARAM_SENTENCES = "skipSentences";
    public static final String PARAM_RULES = "selectRules";
    public static final String PARAM_PER_SENTENCE = "perSentenceRules";

    /** Sentences taken out for the current document on this thread; Restore puts them back. */
    static final ThreadLocal<List<Sentence>> REMOVED = ThreadLocal.withInitial(ArrayList::new);

    @ConfigurationParameter(name = PARAM_SENTENCES, defaultValue = "true")
    private boolean skipSentences;

    @ConfigurationParameter(name = PARAM_RULES, defaultValue = "true")
    private boolean selectRules;

    @ConfigurationParameter(name = PARAM_PER_SENTENCE, defaultValue = "true")
    private boolean perSentenceRules;

    private RuleFilter filter;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        filter = RuleSelection.filter();
    }

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        List<Sentence> removed = REMOVED.get();
        removed.clear();
        RuleSelection.clear();
        BitSet documentRules = new BitSet();
        List<Sentence> idle = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>(JCasUtil.select(jcas, Sentence.class));
        List<BitSet> bySentence = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            BitSet possible = filter.possibleRules(text, s.getBegin(), s.getEnd());
            bySentence.add(possible);
            if (possible.isEmpty()) {
                idle.add(s);
            } else {
                documentRules.or(possible);
            }
        }
        if (skipSentences && !idle.isEmpty()) {
            if (idle.size() == sentences.size()) {
                // HeidelTime complains about documents without sentences: leave it the shortest
                idle.remove(idle.stream().min(java.util.Comparator.comparingInt(s -> s.getEnd() - s.getBegin())).get());
            }
            for (Sentence s : idle) {
                removed.add(s); // the same feature structure goes back, with any features it has
                s.removeFromIndexes();
            }
        }
        if (selectRules) {
            List<BitSet> plan = null;
            if (perSentenceRules && RuleSelection.perSentencePlansAllowed()) {
                // one set per sentence HeidelTime will visit, in index order (idle ones are gone)
                plan = new ArrayList<>();
                for (int i = 0; i < sentences.size(); i++) {
                    if (!removed.contains(sentences.get(i))) {
                        plan.add(bySentence.get(i));
                    }
                }
            }
            RuleSelection.select(documentRules, plan);
        }
    }

    /** Runs right after HeidelTime: puts back the sentences and lifts this thread's rule choice. */
    public static class Restore extends JCasAnnotator_ImplBase {

        @Override
        public void process(JCas jcas) {
            RuleSelection.clear();
            List<Sentence> removed = REMOVED.get();
            for (Sentence s : removed) {
                s.addToIndexes();
            }
            removed.clear();
        }
    }
}
