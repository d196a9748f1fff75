package org.tarikh.annotate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.cas.CAS;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import org.tarikh.annotate.accel.AccelerationState;
import org.tarikh.annotate.accel.HeidelTimeRules;
import org.tarikh.annotate.accel.RuleSelection;

import de.unihd.dbs.uima.types.heideltime.Dct;
import de.unihd.dbs.uima.types.heideltime.Sentence;
import de.unihd.dbs.uima.types.heideltime.Timex3;

/**
 * The annotation stage: one UIMA aggregate engine (sentences → tokens → HeidelTime → Tarikh's
 * own annotators) and one reusable CAS.
 * <p>
 * Building an engine costs seconds, tagging an article well under one: build one pipeline
 * per thread and reuse it. A pipeline is not thread-safe.
 */
public final class TemporalPipeline implements AutoCloseable {

    private final AnalysisEngine engine;
    private final JCas jcas;
    /** The accelerations asked for; {@link #fallback} says why they are not used, if so. */
    private final Acceleration requested;
    private String fallback;
    /** Documents annotated twice because a per-sentence rule plan lost step (expected: none). */
    private long retries;
    /** Sentences HeidelTime re-ran after a NullPointerException (its own recovery; harmless). */
    private long reruns;

    private TemporalPipeline(AnalysisEngine engine, Acceleration requested) throws ResourceInitializationException {
        this.engine = engine;
        this.jcas = engine.newJCas();
        this.requested = requested;
    }

    /** The full Tarikh pipeline, accelerated as the system properties say (default: on). */
    public static TemporalPipeline create() {
        return create(Acceleration.fromSystemProperties());
    }

    /**
     * The full Tarikh pipeline with the given accelerations ({@link Acceleration#OFF}: the reference).
     * An accelerated pipeline checks itself first ({@link AccelerationCheck}): if the accelerator
     * cannot reach HeidelTime's rules, or the probe text comes out differently with and without
     * acceleration, it annotates on the reference path and {@link #fallback()} says why.
     */
    public static TemporalPipeline create(Acceleration acceleration) {
        return create(acceleration, java.util.Set.of());
    }

    /** @param withheldRules test seam: rules the accelerator never selects, to make the self-check fail */
    static TemporalPipeline create(Acceleration acceleration, java.util.Set<String> withheldRules) {
        HeidelTimeResources.install(); // before anything asks HeidelTime for its resources (the accelerator does)
        if (!acceleration.any()) {
            return build(PipelineStages.tarikh(Acceleration.OFF), Acceleration.OFF);
        }
        String unavailable = AccelerationCheck.heidelTimeRulesUnavailable();
        if (unavailable != null) {
            TemporalPipeline p = build(PipelineStages.tarikh(Acceleration.OFF), acceleration);
            p.fallback = unavailable;
            return p;
        }
        TemporalPipeline p = build(PipelineStages.tarikh(acceleration, withheldRules), acceleration);
        p.fallback = AccelerationCheck.mismatch(p);
        return p;
    }

    /** Stock HeidelTime behind our sentence splitter and tokenizer, for comparisons. */
    public static TemporalPipeline heidelTimeOnly() {
        return build(PipelineStages.heidelTimeOnly(), Acceleration.OFF);
    }

    /** Package-private so that tests can run a subset of the stages. */
    static TemporalPipeline build(List<PipelineStages.Stage> stages) {
        return build(stages, Acceleration.OFF);
    }

    private static TemporalPipeline build(List<PipelineStages.Stage> stages, Acceleration requested) {
        HeidelTimeSetup.prepareJvm();
        HeidelTimeResources.install(); // HeidelTime's resource scan in one pass over its jar, not 257 (idempotent)
        try {
            AggregateBuilder builder = new AggregateBuilder();
            for (PipelineStages.Stage s : stages) {
                if (s.view() == null) {
                    builder.add(s.description());
                } else {
                    builder.add(s.description(), CAS.NAME_DEFAULT_SOFA, s.view());
                }
            }
            // the default fixed order, timed per annotator while a flight recording asks for it
            builder.setFlowControllerDescription(
                    org.apache.uima.fit.factory.FlowControllerFactory.createFlowControllerDescription(TimedFlow.class));
            AnalysisEngineDescription aggregate = builder.createAggregateDescription();
            return new TemporalPipeline(AnalysisEngineFactory.createEngine(aggregate), requested);
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException("cannot build the annotation pipeline: " + e.getMessage(), e);
        }
    }

    /** Annotates one text; {@code dct} is the publication day relative expressions refer to. */
    public TaggedText tag(String text, LocalDate dct) {
        return tag(text, dct, null);
    }

    /**
     * Annotates one text published on day {@code dct} at {@code time} (null when unknown: then
     * this is {@link #tag(String, LocalDate)}). The time only places hour and minute offsets
     * («بعد ساعتين») on the clock; HeidelTime still gets the day.
     */
    public TaggedText tag(String text, LocalDate dct, LocalTime time) {
        return tag(text, dct, time, fallback != null);
    }

    /** @param reference annotate without acceleration (the reference path), whatever this pipeline's accelerations */
    TaggedText tag(String text, LocalDate dct, boolean reference) {
        return tag(text, dct, null, reference);
    }

    private TaggedText tag(String text, LocalDate dct, LocalTime time, boolean reference) {
        TaggedText result = tagOnce(text, dct, time, reference, false);
        if (result == null) {
            // a per-sentence rule plan lost step with HeidelTime: do the document again without one
            retries++;
            result = tagOnce(text, dct, time, reference, true);
        }
        return result;
    }

    /** The result, or null if a per-sentence rule plan lost step (the result cannot be trusted). */
    private TaggedText tagOnce(String text, LocalDate dct, LocalTime time, boolean reference, boolean noSentencePlans) {
        jcas.reset();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("ar");
        Dct d = new Dct(jcas, 0, text.length());
        d.setValue(dct.toString());
        d.addToIndexes();
        if (time != null) {
            PublicationTime.write(jcas, time);
        }
        // the accelerator's per-document state (only a pipeline with a RuleGate reads it)
        // per-sentence plans follow HeidelTime's re-runs by its messages, which only the router sees
        AccelerationState state = requested.any() ? AccelerationState.of(jcas).reference(reference)
                .noSentencePlans(noSentencePlans || !HeidelTimeOutput.routing()) : null;
        HeidelTimeRules rules = state != null && fallback == null ? RuleSelection.get().heidelTime() : null;
        try {
            // what HeidelTime prints on stderr while it works goes to the log, not the terminal
            HeidelTimeOutput.during(line -> {
                if (line.endsWith(HeidelTimeOutput.RERUN)) {
                    reruns++;
                }
                if (rules != null) {
                    rules.heidelTimePrinted(line);
                }
            }, () -> {
                try {
                    engine.process(jcas);
                    return null;
                } catch (UIMAException e) {
                    throw new AnnotationException("annotation failed: " + e.getMessage(), e);
                }
            });
        } finally {
            HeidelTimeSetup.quietDebugOutput();
        }
        if (state != null && state.misaligned() && !noSentencePlans) {
            return null;
        }
        List<Span> sentences = new ArrayList<>();
        for (Sentence s : JCasUtil.select(jcas, Sentence.class)) {
            sentences.add(new Span(s.getBegin(), s.getEnd()));
        }
        List<Timex> timexes = new ArrayList<>();
        for (Timex3 t : JCasUtil.select(jcas, Timex3.class)) {
            timexes.add(new Timex(t.getTimexId(), t.getBegin(), t.getEnd(), t.getCoveredText(),
                    t.getTimexType(), t.getTimexValue(), blankToNull(t.getTimexMod()),
                    blankToNull(t.getTimexQuant()), blankToNull(t.getTimexFreq()), rule(t.getFoundByRule())));
        }
        return new TaggedText(List.copyOf(sentences), List.copyOf(timexes));
    }

    /** Documents this pipeline annotated twice because a per-sentence rule plan lost step (expected: none). */
    public long retries() {
        return retries;
    }

    /** Sentences HeidelTime re-ran in this pipeline after a NullPointerException (its own recovery, harmless). */
    public long reruns() {
        return reruns;
    }

    /** The accelerations this pipeline was asked to use. */
    public Acceleration requested() {
        return requested;
    }

    /** The accelerations it uses: {@link Acceleration#OFF} after a fallback. */
    public Acceleration acceleration() {
        return fallback == null ? requested : Acceleration.OFF;
    }

    /** Why this pipeline annotates on the reference path although accelerations were asked for; null if it does not. */
    public String fallback() {
        return fallback;
    }

    /** HeidelTime's rule names get its prefix, so that every rule names where it lives. */
    static String rule(String foundByRule) {
        if (foundByRule == null || foundByRule.isBlank()) {
            return null;
        }
        return foundByRule.startsWith("tarikh:") ? foundByRule : "heideltime:" + foundByRule;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public void close() {
        engine.destroy();
    }
}
