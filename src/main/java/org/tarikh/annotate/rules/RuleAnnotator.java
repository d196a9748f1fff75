package org.tarikh.annotate.rules;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.SofaCapability;
import org.apache.uima.jcas.JCas;

import org.apache.uima.fit.descriptor.ExternalResource;
import org.tarikh.annotate.HeidelTimeViewAnnotator;
import org.tarikh.annotate.HeidelTimeViewText;

/** Base of the post-HeidelTime annotators: hands them a {@link TimexDoc}. */
@SofaCapability(inputSofas = {HeidelTimeViewAnnotator.VIEW, "_InitialView"})
public abstract class RuleAnnotator extends JCasAnnotator_ImplBase {

    /** The view's offset map and words, decoded once per document and pipeline (declared in PipelineStages). */
    @ExternalResource(key = HeidelTimeViewText.KEY)
    private HeidelTimeViewText viewText;

    @Override
    public final void process(JCas jcas) throws AnalysisEngineProcessException {
        try {
            JCas initial = jcas.getView("_InitialView");
            TimexDoc doc = new TimexDoc(jcas, HeidelTimeViewAnnotator.VIEW, viewText.mapping(initial),
                    viewText.words(initial));
            process(doc);
        } catch (CASException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    protected abstract void process(TimexDoc doc);

    /** Tries a phrase starting at word {@code i}; returns the index of the word after it, or {@code i} when none starts there. */
    @FunctionalInterface
    protected interface PhraseMatcher {
        int match(TimexDoc doc, int i);
    }

    /**
     * Scans the words left to right; at each word tries {@code matchers} in order, and the first
     * that matches wins: the scan goes on after its phrase, so phrases never overlap.
     */
    protected static void scan(TimexDoc doc, PhraseMatcher... matchers) {
        for (int i = 0; i < doc.words.size(); i++) {
            for (PhraseMatcher m : matchers) {
                int end = m.match(doc, i);
                if (end > i) {
                    i = end - 1;
                    break;
                }
            }
        }
    }
}
