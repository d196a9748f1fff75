package org.tarikh.annotate.accel;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;

import de.unihd.dbs.uima.types.heideltime.Sentence;

/**
 * The accelerator's per-document state, kept in the CAS (type {@value #TYPE}, one per document in
 * the original view): what the caller asks for (the reference path, or no per-sentence plans),
 * the sentences hidden from HeidelTime, and whether a plan lost step. Nothing of it outlives the
 * document.
 */
public final class AccelerationState {

    public static final String TYPE = "org.tarikh.annotate.AccelerationState";

    private final AnnotationFS fs;
    private final Type type;

    private AccelerationState(CAS cas, AnnotationFS fs) {
        this.fs = fs;
        this.type = fs.getType();
    }

    /** The state of the document in {@code initialView}, created (all false) if the caller set none. */
    public static AccelerationState of(JCas initialView) {
        CAS cas = initialView.getCas();
        Type type = cas.getTypeSystem().getType(TYPE);
        var it = cas.getAnnotationIndex(type).iterator();
        if (it.hasNext()) {
            return new AccelerationState(cas, it.next());
        }
        AnnotationFS fs = cas.createAnnotation(type, 0, 0);
        cas.addFsToIndexes(fs);
        return new AccelerationState(cas, fs);
    }

    private Feature f(String name) {
        return type.getFeatureByBaseName(name);
    }

    public boolean reference() {
        return fs.getBooleanValue(f("reference"));
    }

    public AccelerationState reference(boolean on) {
        fs.setBooleanValue(f("reference"), on);
        return this;
    }

    public boolean noSentencePlans() {
        return fs.getBooleanValue(f("noSentencePlans"));
    }

    public AccelerationState noSentencePlans(boolean on) {
        fs.setBooleanValue(f("noSentencePlans"), on);
        return this;
    }

    public boolean misaligned() {
        return fs.getBooleanValue(f("misaligned"));
    }

    void misaligned(boolean on) {
        fs.setBooleanValue(f("misaligned"), on);
    }

    void hide(JCas view, List<Sentence> sentences) {
        FSArray a = new FSArray(view, sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            a.set(i, sentences.get(i));
        }
        fs.setFeatureValue(f("hidden"), a);
    }

    /** The hidden sentences (and forgets them). */
    List<Sentence> takeHidden() {
        FeatureStructure v = fs.getFeatureValue(f("hidden"));
        fs.setFeatureValue(f("hidden"), null);
        List<Sentence> out = new ArrayList<>();
        if (v instanceof FSArray a) {
            for (int i = 0; i < a.size(); i++) {
                out.add((Sentence) a.get(i));
            }
        }
        return out;
    }
}
