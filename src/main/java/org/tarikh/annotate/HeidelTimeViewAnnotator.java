package org.tarikh.annotate;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASException;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.SofaCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.IntegerArray;

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
 * <p>
 * The offset map that leads back to the original text is in the CAS too: an
 * {@value #OFFSET_MAP} annotation over the whole view ({@link #offsetMap(JCas)} reads it back;
 * {@link HeidelTimeViewText} keeps the decoded form once per document and pipeline).
 */
@SofaCapability(outputSofas = HeidelTimeViewAnnotator.VIEW)
public class HeidelTimeViewAnnotator extends JCasAnnotator_ImplBase {

    public static final String VIEW = "heideltime";
    /** The CAS type holding the offset map (TarikhTypes.xml). */
    public static final String OFFSET_MAP = "org.tarikh.annotate.OffsetMap";

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String original = jcas.getDocumentText();
        MappedText mapped = HeidelTimeText.of(original);
        try {
            JCas view = jcas.createView(VIEW);
            view.setDocumentText(mapped.text());
            view.setDocumentLanguage(jcas.getDocumentLanguage());
            for (Dct d : JCasUtil.select(jcas, Dct.class)) {
                Dct copy = new Dct(view, 0, mapped.text().length());
                copy.setValue(d.getValue());
                copy.addToIndexes();
            }
            write(view, mapped);
        } catch (CASException e) {
            throw new AnalysisEngineProcessException(e);
        }
    }

    private static void write(JCas view, MappedText mapped) {
        CAS cas = view.getCas();
        Type type = cas.getTypeSystem().getType(OFFSET_MAP);
        AnnotationFS map = cas.createAnnotation(type, 0, mapped.text().length());
        map.setFeatureValue(type.getFeatureByBaseName("originalBegins"), array(view, mapped.originalBegins()));
        map.setFeatureValue(type.getFeatureByBaseName("originalEnds"), array(view, mapped.originalEnds()));
        map.setIntValue(type.getFeatureByBaseName("originalLength"), mapped.originalLength());
        cas.addFsToIndexes(map);
    }

    private static IntegerArray array(JCas view, int[] values) {
        IntegerArray a = new IntegerArray(view, values.length);
        a.copyFromArray(values, 0, 0, values.length);
        return a;
    }

    /**
     * The rewrite this annotator stored in {@code jcas}'s CAS (any of its views): the text of
     * {@link #VIEW} and its offset map.
     *
     * @throws IllegalStateException if this annotator has not run on the CAS
     */
    public static MappedText offsetMap(JCas jcas) {
        try {
            JCas view = jcas.getView(VIEW);
            CAS cas = view.getCas();
            Type type = cas.getTypeSystem().getType(OFFSET_MAP);
            FeatureStructure map = cas.getAnnotationIndex(type).iterator().get();
            return MappedText.of(view.getDocumentText(), ints(map, type.getFeatureByBaseName("originalBegins")),
                    ints(map, type.getFeatureByBaseName("originalEnds")),
                    map.getIntValue(type.getFeatureByBaseName("originalLength")));
        } catch (CASException | java.util.NoSuchElementException e) {
            throw new IllegalStateException("no " + VIEW + " view with its offset map in this CAS"
                    + " (HeidelTimeViewAnnotator must run first)", e);
        }
    }

    private static int[] ints(FeatureStructure fs, Feature f) {
        return ((IntegerArray) fs.getFeatureValue(f)).toArray();
    }
}
