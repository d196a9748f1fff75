package org.tarikh.annotate;

import java.time.LocalDate;
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

    private static final java.util.concurrent.atomic.AtomicLong RETRIES = new java.util.concurrent.atomic.AtomicLong();

    private final AnalysisEngine engine;
    private final JCas jcas;

    private TemporalPipeline(AnalysisEngine engine) throws ResourceInitializationException {
        this.engine = engine;
        this.jcas = engine.newJCas();
    }

    /** The full Tarikh pipeline, accelerated as the system properties say (default: on). */
    public static TemporalPipeline create() {
        return create(Acceleration.fromSystemProperties());
    }

    /** The full Tarikh pipeline with the given accelerations ({@link Acceleration#OFF}: the reference). */
    public static TemporalPipeline create(Acceleration acceleration) {
        return build(PipelineStages.tarikh(acceleration));
    }

    /** Stock HeidelTime behind our sentence splitter and tokenizer, for comparisons. */
    public static TemporalPipeline heidelTimeOnly() {
        return build(PipelineStages.heidelTimeOnly());
    }

    /** Package-private so that tests can run a subset of the stages. */
    static TemporalPipeline build(List<PipelineStages.Stage> stages) {
        HeidelTimeSetup.prepareJvm();
        try {
            AggregateBuilder builder = new AggregateBuilder();
            for (PipelineStages.Stage s : stages) {
                if (s.view() == null) {
                    builder.add(s.description());
                } else {
                    builder.add(s.description(), CAS.NAME_DEFAULT_SOFA, s.view());
                }
            }
            AnalysisEngineDescription aggregate = builder.createAggregateDescription();
            return new TemporalPipeline(AnalysisEngineFactory.createEngine(aggregate));
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException("cannot build the annotation pipeline: " + e.getMessage(), e);
        }
    }

    /** Annotates one text; {@code dct} is the publication day relative expressions refer to. */
    public TaggedText tag(String text, LocalDate dct) {
        RuleSelection.takeMisalignment();
        TaggedText result = tagOnce(text, dct);
        if (RuleSelection.takeMisalignment()) {
            // a per-sentence rule plan lost step with HeidelTime: do the document again without one
            RETRIES.incrementAndGet();
            result = RuleSelection.withoutPerSentencePlans(() -> tagOnce(text, dct));
        }
        return result;
    }

    private TaggedText tagOnce(String text, LocalDate dct) {
        jcas.reset();
        jcas.setDocumentText(text);
        jcas.setDocumentLanguage("ar");
        Dct d = new Dct(jcas, 0, text.length());
        d.setValue(dct.toString());
        d.addToIndexes();
        try {
            // what HeidelTime prints on stderr while it works goes to the log file, not the terminal
            HeidelTimeOutput.during(() -> {
                try {
                    engine.process(jcas);
                    return null;
                } catch (UIMAException e) {
                    throw new AnnotationException("annotation failed: " + e.getMessage(), e);
                }
            });
        } finally {
            RuleSelection.clear(); // never let a failed document's rule choice leak into the next
            HeidelTimeSetup.quietDebugOutput();
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

    /** Documents annotated twice because a per-sentence rule plan lost step (expected: none). */
    public static long retries() {
        return RETRIES.get();
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
