package org.tarikh.annotate;

import java.util.List;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.ExternalResourceFactory;
import org.apache.uima.resource.ExternalResourceDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.tarikh.annotate.accel.RuleGate;

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

    /** Tarikh's own annotators after HeidelTime, in order: repairs, additions, filters (docs/annotators.md). */
    private static final List<Class<? extends org.apache.uima.analysis_component.AnalysisComponent>> POST_HEIDELTIME = List.of(
            org.tarikh.annotate.rules.DayPhraseAnnotator.class,
            org.tarikh.annotate.rules.HijriAnnotator.class,
            org.tarikh.annotate.rules.ClockTimeAnnotator.class,
            org.tarikh.annotate.rules.VagueAnnotator.class,
            org.tarikh.annotate.rules.DurationAnnotator.class,
            org.tarikh.annotate.rules.SetAnnotator.class,
            org.tarikh.annotate.rules.MonthAnnotator.class,
            org.tarikh.annotate.rules.DecadeAnnotator.class,
            org.tarikh.annotate.rules.ModifierAnnotator.class,
            org.tarikh.annotate.rules.RangeAnnotator.class,
            org.tarikh.annotate.grammar.DateGrammarAnnotator.class,
            org.tarikh.annotate.rules.RangeAnnotator.AfterGrammar.class,
            org.tarikh.annotate.rules.ClockTimeAnnotator.GrammarDay.class,
            org.tarikh.annotate.rules.PartOfDayDateAnnotator.class,
            org.tarikh.annotate.rules.NamedDateAnnotator.class,
            org.tarikh.annotate.rules.PreviousSessionAnnotator.class,
            org.tarikh.annotate.rules.NeighbouringDayAnnotator.class,
            org.tarikh.annotate.rules.FalsePositiveFilter.class,
            org.tarikh.annotate.rules.TimexIdAssigner.class);

    static List<Stage> tarikh(Acceleration acceleration) {
        return tarikh(acceleration, java.util.Set.of());
    }

    /** @param withheldRules rule names the accelerator never selects: a test seam for the start-up self-check */
    static List<Stage> tarikh(Acceleration acceleration, java.util.Set<String> withheldRules) {
        String hv = HeidelTimeViewAnnotator.VIEW;
        try {
            ExternalResourceDescription viewText = viewText();
            List<Stage> stages = new java.util.ArrayList<>();
            stages.add(new Stage(stage(HeidelTimeViewAnnotator.class), null));
            stages.add(new Stage(stage(ArabicSentenceAnnotator.class), hv));
            stages.add(new Stage(stage(ArabicTokenAnnotator.class), hv));
            // RuleGate must sit right before HeidelTime and its Restore right after it (both read the
            // document's AccelerationState in the original view and work on HeidelTime's view)
            if (acceleration.any()) {
                stages.add(new Stage(AnalysisEngineFactory.createEngineDescription(RuleGate.class,
                        HeidelTimeSetup.typeSystem(),
                        RuleGate.PARAM_SENTENCES, acceleration.skipSentences(),
                        RuleGate.PARAM_RULES, acceleration.selectRules(),
                        RuleGate.PARAM_PER_SENTENCE, acceleration.perSentenceRules(),
                        RuleGate.PARAM_WITHHELD, withheldRules.toArray(new String[0])), null));
            }
            stages.add(new Stage(HeidelTimeSetup.heidelTime(), hv));
            if (acceleration.any()) {
                stages.add(new Stage(stage(RuleGate.Restore.class), null));
            }
            stages.add(new Stage(reader(TimexProjector.class, viewText), null));
            for (Class<? extends org.apache.uima.analysis_component.AnalysisComponent> post : POST_HEIDELTIME) {
                stages.add(new Stage(post == org.tarikh.annotate.grammar.DateGrammarAnnotator.class ? dateGrammar(viewText)
                        : reader(post, viewText), null));
            }
            return List.copyOf(stages);
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
     * The stages of {@link #tarikh(Acceleration)} without HeidelTime, followed by the given post-annotators:
     * lets tests exercise one annotator quickly.
     */
    static List<Stage> withoutHeidelTime(List<Class<? extends org.apache.uima.analysis_component.AnalysisComponent>> post) {
        String hv = HeidelTimeViewAnnotator.VIEW;
        try {
            ExternalResourceDescription viewText = viewText();
            List<Stage> stages = new java.util.ArrayList<>(List.of(
                    new Stage(stage(HeidelTimeViewAnnotator.class), null),
                    new Stage(stage(ArabicSentenceAnnotator.class), hv),
                    new Stage(stage(ArabicTokenAnnotator.class), hv),
                    new Stage(reader(TimexProjector.class, viewText), null)));
            for (Class<? extends org.apache.uima.analysis_component.AnalysisComponent> c : post) {
                stages.add(new Stage(c == org.tarikh.annotate.grammar.DateGrammarAnnotator.class ? dateGrammar(viewText)
                        : reader(c, viewText), null));
            }
            return stages;
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The date grammar, after the other annotators (its compositions replace what they found
     * inside them) and before the false-positive filter; its rules are a declared shared resource.
     */
    static AnalysisEngineDescription dateGrammar(ExternalResourceDescription viewText)
            throws ResourceInitializationException {
        return AnalysisEngineFactory.createEngineDescription(org.tarikh.annotate.grammar.DateGrammarAnnotator.class,
                HeidelTimeSetup.typeSystem(), org.tarikh.annotate.grammar.DateGrammarAnnotator.RES_GRAMMAR,
                ExternalResourceFactory.createExternalResourceDescription(
                        org.tarikh.annotate.grammar.DateGrammarResource.class),
                HeidelTimeViewText.KEY, viewText);
    }

    /**
     * The pipeline's {@link HeidelTimeViewText}: one description, bound to every stage that reads
     * the view after HeidelTime, so that they share one instance (UIMA shares an aggregate's
     * resources by name).
     */
    private static ExternalResourceDescription viewText() {
        return ExternalResourceFactory.createExternalResourceDescription(HeidelTimeViewText.class);
    }

    /** A stage that reads HeidelTime's view through the pipeline's {@link HeidelTimeViewText}. */
    private static AnalysisEngineDescription reader(Class<? extends org.apache.uima.analysis_component.AnalysisComponent> c,
            ExternalResourceDescription viewText) throws ResourceInitializationException {
        return AnalysisEngineFactory.createEngineDescription(c, HeidelTimeSetup.typeSystem(), HeidelTimeViewText.KEY,
                viewText);
    }

    private static AnalysisEngineDescription stage(Class<? extends org.apache.uima.analysis_component.AnalysisComponent> c)
            throws ResourceInitializationException {
        return AnalysisEngineFactory.createEngineDescription(c, HeidelTimeSetup.typeSystem());
    }
}
