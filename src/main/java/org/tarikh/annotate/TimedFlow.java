package org.tarikh.annotate;

import org.apache.uima.analysis_engine.metadata.FixedFlow;
import org.apache.uima.flow.FinalStep;
import org.apache.uima.flow.Flow;
import org.apache.uima.flow.FlowControllerContext;
import org.apache.uima.flow.JCasFlowController_ImplBase;
import org.apache.uima.flow.JCasFlow_ImplBase;
import org.apache.uima.flow.SimpleStep;
import org.apache.uima.flow.Step;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.tarikh.StageEvent;

/**
 * The aggregate's flow: its annotators in their fixed order, exactly as UIMA's default
 * {@code FixedFlowController} runs them, and one {@link StageEvent} per annotator and document
 * while a flight recording wants them, so that a profile shows how the annotation time divides
 * between preparing the text, HeidelTime (with its accelerator's gate) and Tarikh's own layers.
 */
public final class TimedFlow extends JCasFlowController_ImplBase {

    private String[] keys;
    private String[] stages;

    @Override
    public void initialize(FlowControllerContext context) throws ResourceInitializationException {
        super.initialize(context);
        if (!(context.getAggregateMetadata().getFlowConstraints() instanceof FixedFlow fixed)) {
            throw new ResourceInitializationException(new IllegalStateException("TimedFlow needs a fixed flow"));
        }
        keys = fixed.getFixedFlow();
        stages = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            stages[i] = stageOf(keys[i]);
        }
    }

    /** The stage an annotator belongs to, by its key in the aggregate (its class name, then a number). */
    static String stageOf(String key) {
        if (key.startsWith("de.unihd.dbs.uima.annotator.heideltime.HeidelTime") || key.contains(".accel.RuleGate")) {
            return StageEvent.ANNOTATE_HEIDELTIME;
        }
        if (key.startsWith(HeidelTimeViewAnnotator.class.getName()) || key.startsWith(ArabicSentenceAnnotator.class.getName())
                || key.startsWith(ArabicTokenAnnotator.class.getName())) {
            return StageEvent.ANNOTATE_PREPARE;
        }
        return StageEvent.ANNOTATE_TARIKH;
    }

    @Override
    public Flow computeFlow(JCas jcas) {
        return new DocumentFlow();
    }

    /** One document's way through the annotators. */
    private final class DocumentFlow extends JCasFlow_ImplBase {
        private int next;
        private StageEvent running;

        @Override
        public Step next() {
            StageEvent.end(running);
            running = null;
            if (next >= keys.length) {
                return new FinalStep();
            }
            int i = next++;
            running = StageEvent.start(stages[i], keys[i]);
            return new SimpleStep(keys[i]);
        }
    }
}
