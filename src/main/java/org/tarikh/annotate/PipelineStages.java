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

    /**
     * One stage: an engine and the CAS view it works in ({@code null}: the original text).
     * HeidelTime and what it needs run in {@link HeidelTimeViewAnnotator#VIEW}, the rewritten text.
     */
    record Stage(AnalysisEngineDescription description, String view) {
    }

    static List<Stage> tarikh() {
        String hv = HeidelTimeViewAnnotator.VIEW;
        try {
            return List.of(
                    new Stage(stage(HeidelTimeViewAnnotator.class), null),
                    new Stage(stage(ArabicSentenceAnnotator.class), hv),
                    new Stage(stage(ArabicTokenAnnotator.class), hv),
                    new Stage(HeidelTimeSetup.heidelTime(), hv),
                    new Stage(stage(TimexProjector.class), null),
                    new Stage(stage(org.tarikh.annotate.rules.DayPhraseAnnotator.class), null),
                    new Stage(stage(org.tarikh.annotate.rules.HijriAnnotator.class), null),
                    new Stage(stage(org.tarikh.annotate.rules.ClockTimeAnnotator.class), null),
                    new Stage(stage(org.tarikh.annotate.rules.VagueAnnotator.class), null),
                    new Stage(stage(org.tarikh.annotate.rules.DurationAnnotator.class), null),
                    new Stage(stage(org.tarikh.annotate.rules.SetAnnotator.class), null),
                    new Stage(stage(org.tarikh.annotate.rules.MonthAnnotator.class), null),
                    new Stage(stage(org.tarikh.annotate.rules.DecadeAnnotator.class), null),
                    new Stage(stage(org.tarikh.annotate.rules.ModifierAnnotator.class), null),
                    new Stage(stage(org.tarikh.annotate.rules.RangeAnnotator.class), null),
                    new Stage(stage(org.tarikh.annotate.rules.FalsePositiveFilter.class), null),
                    new Stage(stage(org.tarikh.annotate.rules.TimexIdAssigner.class), null));
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Stage> heidelTimeOnly() {
        try {
            return List.of(
                    new Stage(stage(ArabicSentenceAnnotator.class), null),
                    new Stage(stage(ArabicTokenAnnotator.class), null),
                    new Stage(HeidelTimeSetup.heidelTime(), null));
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The stages of {@link #tarikh()} without HeidelTime, followed by the given post-annotators:
     * lets tests exercise one annotator quickly.
     */
    static List<Stage> withoutHeidelTime(List<Class<? extends org.apache.uima.analysis_component.AnalysisComponent>> post) {
        String hv = HeidelTimeViewAnnotator.VIEW;
        try {
            List<Stage> stages = new java.util.ArrayList<>(List.of(
                    new Stage(stage(HeidelTimeViewAnnotator.class), null),
                    new Stage(stage(ArabicSentenceAnnotator.class), hv),
                    new Stage(stage(ArabicTokenAnnotator.class), hv),
                    new Stage(stage(TimexProjector.class), null)));
            for (Class<? extends org.apache.uima.analysis_component.AnalysisComponent> c : post) {
                stages.add(new Stage(stage(c), null));
            }
            return stages;
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AnalysisEngineDescription stage(Class<? extends org.apache.uima.analysis_component.AnalysisComponent> c)
            throws ResourceInitializationException {
        return AnalysisEngineFactory.createEngineDescription(c, HeidelTimeSetup.typeSystem());
    }
}
