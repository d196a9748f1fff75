package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * Issue #9, round twelve (acc12): the indefinite «غد» after «من أجل», «نحو», «لبناء» is 'a tomorrow', the future
 * (FUTURE_REF); «صباح غد», «بعد غد» and «غدا» stay days. Full pipeline; self-written sentences.
 */
class DayPhraseTomorrowIdiomTest {

    private static final LocalDate DCT = LocalDate.of(2016, 3, 9);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void aTomorrowIsTheFuture() {
        Timex t = only(pipeline.tag("وطالب الشباب بالعمل معا من أجل غد أفضل لبلادهم.", DCT), "غد");
        assertThat(t.value()).isEqualTo("FUTURE_REF");
        assertThat(t.rule()).isEqualTo("tarikh:day-phrase-future");
        assertThat(only(pipeline.tag("وتسعى المبادرة لبناء غد مشرق للأطفال.", DCT), "غد").value()).isEqualTo("FUTURE_REF");
    }

    @Test
    void tomorrowsDaysStay() {
        assertThat(only(pipeline.tag("وتبدأ الامتحانات صباح غد في المدارس.", DCT), "صباح غد").value()).isEqualTo("2016-03-10TMO");
        assertThat(only(pipeline.tag("وتعقد اللجنة اجتماعها غدا.", DCT), "غدا").value()).isEqualTo("2016-03-10");
    }
}
