package org.tarikh.annotate;

import org.apache.uima.cas.CASException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.SofaCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.jcas.JCas;

import org.tarikh.annotate.norm.HeidelTimeText;
import org.tarikh.annotate.norm.MappedText;

import de.unihd.dbs.uima.types.heideltime.Dct;

/**
 * Creates the view HeidelTime works on ({@link #VIEW}): the article rewritten by
 * {@link HeidelTimeText} (no diacritics or tatweel, ASCII digits, proclitics separated from
 * temporal words, spelling variants and Maghrebi month names in the form HeidelTime's rules
 * know, twin month names collapsed), plus a copy of the publication date. Sentences, tokens and
 * HeidelTime run in that view; {@link TimexProjector} brings the results back to the original
 * text. One HeidelTime run per article, as before.
 */
@SofaCapability(outputSofas = HeidelTimeViewAnnotator.VIEW)
public class HeidelTimeViewAnnotator extends JCasAnnotator_ImplBase {

    public static final String VIEW = "heideltime";

    /** The last rewrite made on this thread; the projector needs the same offset map. */
    private static final ThreadLocal<MappedText> LAST = new ThreadLocal<>();
    private static final ThreadLocal<String> LAST_SOURCE = new ThreadLocal<>();
    private static final ThreadLocal<java.util.List<org.tarikh.annotate.norm.Words.Word>> LAST_WORDS = new ThreadLocal<>();
    private static final ThreadLocal<MappedText> LAST_WORDS_OF = new ThreadLocal<>();

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String original = jcas.getDocumentText();
        MappedText mapped = mapping(original);
        try {
            JCas view = jcas.createView(VIEW);
            view.setDocumentText(mapped.text());
            view.setDocumentLanguage(jcas.getDocumentLanguage());
            for (Dct d : JCasUtil.select(jcas, Dct.class)) {
                Dct copy = new Dct(view, 0, mapped.text().length());
                copy.setValue(d.getValue());
                copy.addToIndexes();
            }
        } catch (CASException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    /** The words of the rewrite of {@code original}, split once per document and thread. */
    public static java.util.List<org.tarikh.annotate.norm.Words.Word> words(String original) {
        MappedText m = mapping(original);
        if (LAST_WORDS_OF.get() != m) {
            LAST_WORDS.set(java.util.List.copyOf(org.tarikh.annotate.norm.Words.split(m.text())));
            LAST_WORDS_OF.set(m);
        }
        return LAST_WORDS.get();
    }

    /** The rewrite of {@code original}, computed once per document and thread. */
    public static MappedText mapping(String original) {
        if (LAST_SOURCE.get() != original) {
            LAST.set(HeidelTimeText.of(original));
            LAST_SOURCE.set(original);
        }
        return LAST.get();
    }
}
