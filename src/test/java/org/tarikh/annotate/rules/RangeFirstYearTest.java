package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

/**
 * Issue #9, round twelve (acc12): a first endpoint with its own day and month but no year takes the year the
 * second endpoint writes («من 3 فبراير إلى 28 مايو 2015»), the year before when it would fall after the second.
 * Full pipeline; self-written sentences.
 */
class RangeFirstYearTest {

    private static final LocalDate DCT = LocalDate.of(2015, 8, 7);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void theFirstEndpointTakesTheSecondsYear() {
        assertThat(only(pipeline.tag("وسجلت الهيئة خلال الفترة من 3 فبراير إلى 28 مايو 2015 نحو ألف مخالفة.", DCT), "3 فبراير")
                .value()).isEqualTo("2015-02-03");
        assertThat(only(pipeline.tag("وتمتد الدورة من 5 يناير إلى 20 مارس من العام 2015م.", DCT), "5 يناير").value())
                .isEqualTo("2015-01-05");
    }

    @Test
    void aFirstDayAfterTheSecondIsTheYearBefore() {
        assertThat(only(pipeline.tag("وأغلق المتحف من 20 ديسمبر إلى 5 يناير 2015 للصيانة.", DCT), "20 ديسمبر").value())
                .isEqualTo("2014-12-20");
    }
}
