package org.tarikh.annotate;

import java.util.List;

import org.apache.uima.cas.CASException;
import org.apache.uima.fit.component.Resource_ImplBase;
import org.apache.uima.jcas.JCas;

import org.tarikh.annotate.norm.MappedText;
import org.tarikh.annotate.norm.Words;

/**
 * The current document's HeidelTime view as the annotators after HeidelTime use it: its offset
 * map (stored in the CAS by {@link HeidelTimeViewAnnotator}) and its words. A UIMA shared
 * resource, declared once per pipeline and bound to {@link TimexProjector} and every
 * {@code RuleAnnotator} ({@code PipelineStages}), so that the map is decoded and the words are
 * split once per document instead of once per annotator. A pipeline is used by one thread at a
 * time, and so is this.
 * <p>
 * The memo is keyed by the identity of the view's text string, which UIMA hands out unchanged
 * within one document; a new document (or a reset CAS) has a new string, and the rewrite is a
 * pure function of the text, so a stale answer is impossible.
 */
public class HeidelTimeViewText extends Resource_ImplBase {

    /** The key under which annotators declare this resource. */
    public static final String KEY = "heidelTimeViewText";

    private String decodedFor;
    private MappedText mapping;
    private List<Words.Word> words;

    /** The offset map of the document in {@code jcas}'s CAS (any view). */
    public MappedText mapping(JCas jcas) {
        refresh(jcas);
        return mapping;
    }

    /** The words of the rewritten text ({@link Words#split}). */
    public List<Words.Word> words(JCas jcas) {
        refresh(jcas);
        if (words == null) {
            words = List.copyOf(Words.split(mapping.text()));
        }
        return words;
    }

    private void refresh(JCas jcas) {
        String text;
        try {
            text = jcas.getView(HeidelTimeViewAnnotator.VIEW).getDocumentText();
        } catch (CASException e) {
            throw new IllegalStateException("no " + HeidelTimeViewAnnotator.VIEW + " view in this CAS", e);
        }
        if (text != decodedFor || mapping == null) {
            mapping = HeidelTimeViewAnnotator.offsetMap(jcas);
            words = null;
            decodedFor = text;
        }
    }
}
