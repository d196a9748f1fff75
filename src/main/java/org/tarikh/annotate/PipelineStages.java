package org.tarikh.annotate;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.tarikh.annotate.accel.RuleGate;

/**
 * The order of the annotators, in one place. Before HeidelTime: what it needs in the CAS
 * (sentences, tokens). After it: Tarikh's own repairs and additions.
 */
final class PipelineStages {

    private PipelineStages() {
    }

    static List<AnalysisEngineDescription> tarikh(Acceleration acceleration) {
        try {
            List<AnalysisEngineDescription> stages = new java.util.ArrayList<>();
            stages.add(stage(ArabicSentenceAnnotator.class));
            stages.add(stage(ArabicTokenAnnotator.class));
            // RuleGate must sit right before HeidelTime and its Restore right after it
            if (acceleration.any()) {
                stages.add(AnalysisEngineFactory.createEngineDescription(RuleGate.class, HeidelTimeSetup.typeSystem(),
                        RuleGate.PARAM_SENTENCES, acceleration.skipSentences(),
                        RuleGate.PARAM_RULES, acceleration.selectRules(),
                        RuleGate.PARAM_PER_SENTENCE, acceleration.perSentenceRules()));
            }
            stages.add(HeidelTimeSetup.heidelTime());
            if (acceleration.any()) {
                stages.add(stage(RuleGate.Restore.class));
            }
            return List.copyOf(stages);
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
