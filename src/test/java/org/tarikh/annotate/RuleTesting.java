package org.tarikh.annotate;

import java.time.LocalDate;
import java.util.List;

import org.apache.uima.analysis_component.AnalysisComponent;

/** Test support: a pipeline of the view rewrite plus some post-annotators, without HeidelTime (fast to build). */
public final class RuleTesting {

    private RuleTesting() {
    }

    @SafeVarargs
    public static TemporalPipeline withoutHeidelTime(Class<? extends AnalysisComponent>... annotators) {
        return TemporalPipeline.build(PipelineStages.withoutHeidelTime(List.of(annotators)));
    }

    /** The single expression whose text is {@code text}, failing if there is not exactly one. */
    public static Timex only(TaggedText tagged, String text) {
        List<Timex> hits = tagged.timexes().stream().filter(t -> t.text().equals(text)).toList();
        if (hits.size() != 1) {
            throw new AssertionError("expected one «" + text + "», got " + tagged.timexes());
        }
        return hits.get(0);
    }

    public static final LocalDate SEED_DCT = LocalDate.of(2021, 4, 7); // a Wednesday
}
