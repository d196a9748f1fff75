package org.tarikh.annotate;

import java.time.LocalDate;
import java.util.List;

/** Test support for the annotator tests; their engines come from {@link TestPipeline}. */
public final class RuleTesting {

    private RuleTesting() {
    }

    /** The single expression whose text is {@code text}, failing if there is not exactly one. */
    public static Timex only(TaggedText tagged, String text) {
        List<Timex> hits = tagged.timexes().stream().filter(t -> t.text().equals(text)).toList();
        if (hits.size() != 1) {
            throw new AssertionError("expected one «" + text + "», got " + tagged.timexes());
        }
        return hits.get(0);
    }

    /** The texts of the expressions {@code pipeline} finds in {@code sentence} published on {@code dct}, in order. */
    public static List<String> texts(TemporalPipeline pipeline, String sentence, LocalDate dct) {
        return pipeline.tag(sentence, dct).timexes().stream().map(Timex::text).toList();
    }

    public static final LocalDate SEED_DCT = LocalDate.of(2021, 4, 7); // a Wednesday
}
