package org.tarikh.eval;

import java.time.LocalDate;
import java.util.List;

import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.Timex;

/** Tarikh's full annotation pipeline, as {@code tarikh tag} and the batch job run it. */
public final class TarikhSystem implements EvalSystem {

    private final TemporalPipeline pipeline = TemporalPipeline.create();

    @Override
    public String name() {
        return "tarikh";
    }

    @Override
    public String note() {
        return "TemporalPipeline.create(): Tarikh's full pipeline";
    }

    @Override
    public List<Timex> tag(String text, LocalDate dct) {
        return pipeline.tag(text, dct).timexes();
    }

    @Override
    public List<Timex> tag(String text, LocalDate dct, java.time.LocalTime time) {
        return pipeline.tag(text, dct, time).timexes();
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
