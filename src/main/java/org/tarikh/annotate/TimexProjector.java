package org.tarikh.annotate;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.SofaCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

import org.tarikh.annotate.norm.MappedText;

import de.unihd.dbs.uima.types.heideltime.Sentence;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import de.unihd.dbs.uima.types.heideltime.Token;

/**
 * Copies HeidelTime's results (and the sentences and tokens) from the rewritten view back to the
 * original text, mapping every offset through the rewrite's offset map. Expressions then cover
 * the original characters: «أمسِ» with its kasra, «7 أبريل نيسان» with its twin name, never
 * the proclitic that was split off.
 */
@SofaCapability(inputSofas = HeidelTimeViewAnnotator.VIEW)
public class TimexProjector extends JCasAnnotator_ImplBase {

    @org.apache.uima.fit.descriptor.ExternalResource(key = HeidelTimeViewText.KEY)
    private HeidelTimeViewText viewText;

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        JCas view;
        try {
            view = jcas.getView(HeidelTimeViewAnnotator.VIEW);
        } catch (CASException e) {
            throw new AnalysisEngineProcessException(e);
        }
        MappedText map = viewText.mapping(jcas);
        for (Sentence s : JCasUtil.select(view, Sentence.class)) {
            new Sentence(jcas, map.toOriginalBegin(s.getBegin()), map.toOriginalEnd(s.getEnd())).addToIndexes();
        }
        for (Token t : JCasUtil.select(view, Token.class)) {
            Token c = new Token(jcas, map.toOriginalBegin(t.getBegin()), map.toOriginalEnd(t.getEnd()));
            c.setPos(t.getPos());
            c.addToIndexes();
        }
        List<Timex3> found = new ArrayList<>(JCasUtil.select(view, Timex3.class));
        for (Timex3 t : found) {
            Timex3 c = new Timex3(jcas, map.toOriginalBegin(t.getBegin()), map.toOriginalEnd(t.getEnd()));
            c.setTimexId(t.getTimexId());
            c.setTimexType(t.getTimexType());
            c.setTimexValue(t.getTimexValue());
            c.setTimexMod(t.getTimexMod());
            c.setTimexQuant(t.getTimexQuant());
            c.setTimexFreq(t.getTimexFreq());
            c.setFoundByRule(t.getFoundByRule());
            c.addToIndexes();
        }
    }
}
