package org.tarikh.annotate.accel;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.SofaCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import org.tarikh.annotate.HeidelTimeViewAnnotator;

import de.unihd.dbs.uima.types.heideltime.Sentence;

/**
 * Runs just before HeidelTime and decides what it works on, losslessly (see {@link RuleFilter}):
 * <ul>
 *   <li>{@value #PARAM_SENTENCES}: sentences in which no rule can match are taken out of the
 *   index (HeidelTime only reads inside sentences), and put back by {@link Restore} right after
 *   HeidelTime, so later stages see every sentence;</li>
 *   <li>{@value #PARAM_RULES}: only the rules that can match somewhere in the document run
 *   ({@value #PARAM_PER_SENTENCE}: only those that can match each sentence), through a
 *   {@link RulePlan} bound to this thread while HeidelTime runs ({@link HeidelTimeRules}).</li>
 * </ul>
 * Nothing here looks at part-of-speech tags: a rule is skipped only where its regex cannot
 * match, which holds with or without POS on the tokens (HeidelTime checks POS constraints
 * only after a regex match). Its per-document state is in the CAS ({@link AccelerationState}):
 * a document marked {@code reference} passes untouched.
 */
@SofaCapability(inputSofas = HeidelTimeViewAnnotator.VIEW)
public class RuleGate extends JCasAnnotator_ImplBase {

    public static final String PARAM_SENTENCES = "skipSentences";
    public static final String PARAM_RULES = "selectRules";
    public static final String PARAM_PER_SENTENCE = "perSentenceRules";
    /**
     * Rule names never selected. Only for testing the start-up self-check: withholding a rule
     * the probe needs makes the accelerated output differ from the reference on purpose.
     */
    public static final String PARAM_WITHHELD = "withheldRules";

    @ConfigurationParameter(name = PARAM_SENTENCES, defaultValue = "true")
    private boolean skipSentences;

    @ConfigurationParameter(name = PARAM_RULES, defaultValue = "true")
    private boolean selectRules;

    @ConfigurationParameter(name = PARAM_PER_SENTENCE, defaultValue = "true")
    private boolean perSentenceRules;

    @ConfigurationParameter(name = PARAM_WITHHELD, mandatory = false)
    private String[] withheldRules;

    private RuleSelection selection;
    private Set<String> withheld;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        selection = RuleSelection.get();
        withheld = withheldRules == null ? Set.of() : Set.of(withheldRules);
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        AccelerationState state = AccelerationState.of(jcas);
        selection.heidelTime().unbind(); // never a plan left over from a failed document
        if (state.reference()) {
            return;
        }
        JCas view = view(jcas);
        String text = view.getDocumentText();
        BitSet documentRules = new BitSet();
        List<Sentence> idle = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>(JCasUtil.select(view, Sentence.class));
        List<BitSet> bySentence = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            BitSet possible = selection.ruleFilter().possibleRules(text, s.getBegin(), s.getEnd());
            bySentence.add(possible);
            if (possible.isEmpty()) {
                idle.add(s);
            } else {
                documentRules.or(possible);
            }
        }
        List<Sentence> removed = new ArrayList<>();
        if (skipSentences && !idle.isEmpty()) {
            if (idle.size() == sentences.size()) {
                // HeidelTime complains about documents without sentences: leave it the shortest
                idle.remove(idle.stream().min(java.util.Comparator.comparingInt(s -> s.getEnd() - s.getBegin())).get());
            }
            for (Sentence s : idle) {
                removed.add(s); // the same feature structure goes back, with any features it has
                s.removeFromIndexes();
            }
            state.hide(view, removed);
        }
        if (selectRules) {
            List<BitSet> plan = null;
            if (perSentenceRules && !state.noSentencePlans()) {
                // one set per sentence HeidelTime will visit, in index order (idle ones are gone)
                plan = new ArrayList<>();
                for (int i = 0; i < sentences.size(); i++) {
                    if (!removed.contains(sentences.get(i))) {
                        plan.add(bySentence.get(i));
                    }
                }
            }
            RulePlan rulePlan = selection.plan(documentRules, plan, withheld);
            selection.heidelTime().bind(rulePlan);
        }
    }

    static JCas view(JCas jcas) throws AnalysisEngineProcessException {
        try {
            return jcas.getView(HeidelTimeViewAnnotator.VIEW);
        } catch (CASException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    /** Runs right after HeidelTime: puts back the sentences and lifts this thread's rule plan. */
    @SofaCapability(inputSofas = HeidelTimeViewAnnotator.VIEW)
    public static class Restore extends JCasAnnotator_ImplBase {

        @Override
        public void process(JCas jcas) throws AnalysisEngineProcessException {
            RulePlan plan = RuleSelection.get().heidelTime().unbind();
            AccelerationState state = AccelerationState.of(jcas);
            if (plan != null && plan.misaligned()) {
                state.misaligned(true);
            }
            JCas view = view(jcas);
            for (Sentence s : state.takeHidden()) {
                view.addFsToIndexes(s); // into HeidelTime's view, whichever view the array handed it out through
            }
        }
    }
}
