package org.tarikh.annotate;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * The order of the annotators, in one place. Before HeidelTime: what it needs in the CAS
 * (sentences, tokens). After it: Tarikh's own repairs and additions.
 */
final class PipelineStages {

    private PipelineStages() {
    }

    static List<AnalysisEngineDescription> tarikh() {
        try {
            return List.of(
                    stage(ArabicSentenceAnnotator.class),
                    stage(ArabicTokenAnnotator.class),
                    HeidelTimeSetup.heidelTime());
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<AnalysisEngineDescription> heidelTimeOnly() {
        try {
            return List.of(
                    stage(ArabicSentenceAnnotator.class),
                    stage(ArabicTokenAnnotator.class),
                    HeidelTimeSetup.heidelTime());
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AnalysisEngineDescription stage(Class<? extends org.apache.uima.analysis_component.AnalysisComponent> c)
            throws ResourceInitializationException {
        return AnalysisEngineFactory.createEngineDescription(c, HeidelTimeSetup.typeSystem());
    }
}
