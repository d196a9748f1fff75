package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

/**
 * Issue #9, round twelve (acc12): a plural unit of time before «في اليوم» makes it "per day", as a count does
 * («يتوقف الضخ لساعات طويلة في اليوم»). Full pipeline; self-written sentences.
 */
class SetDistributiveSpanTest {

    private static final LocalDate DCT = LocalDate.of(2016, 3, 9);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void hoursADayIsASet() {
        assertThat(only(pipeline.tag("ويتوقف ضخ المياه لساعات طويلة في اليوم في بعض الأحياء.", DCT), "اليوم").type()).isEqualTo("SET");
        assertThat(only(pipeline.tag("ويقضي الأطفال ساعات أمام الشاشات في اليوم.", DCT), "اليوم").value()).isEqualTo("P1D");
    }

    @Test
    void aParticularDayStays() {
        assertThat(only(pipeline.tag("وانتظر المسافرون ساعات في المطار اليوم.", DCT), "اليوم").value()).isEqualTo("2016-03-09");
    }
}
