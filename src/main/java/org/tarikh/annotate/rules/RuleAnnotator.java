package org.tarikh.annotate.rules;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.SofaCapability;
import org.apache.uima.jcas.JCas;

import org.tarikh.annotate.HeidelTimeViewAnnotator;

/** Base of the post-HeidelTime annotators: hands them a {@link TimexDoc}. */
@SofaCapability(inputSofas = {HeidelTimeViewAnnotator.VIEW, "_InitialView"})
public abstract class RuleAnnotator extends JCasAnnotator_ImplBase {

    @Override
    public final void process(JCas jcas) throws AnalysisEngineProcessException {
        try {
            JCas initial = jcas.getView("_InitialView");
            String text = initial.getDocumentText();
            TimexDoc doc = new TimexDoc(jcas, HeidelTimeViewAnnotator.VIEW,
                    HeidelTimeViewAnnotator.mapping(text), HeidelTimeViewAnnotator.words(text));
            process(doc);
        } catch (CASException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    protected abstract void process(TimexDoc doc);
}
