package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

/**
 * Issue #9, round twelve (acc12): a month after a noun of delivery or maturity («لتسليم ديسمبر») is a contract's
 * term, ahead of the publication date even in a clause told in the past. Full pipeline; self-written sentences.
 */
class MonthDeliveryTermTest {

    private static final LocalDate DCT = LocalDate.of(2016, 8, 10);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void aDeliveryMonthLiesAhead() {
        assertThat(only(pipeline.tag("وارتفع سعر النحاس في العقود الآجلة لتسليم ديسمبر بنسبة واحد بالمئة.", DCT), "ديسمبر")
                .value()).isEqualTo("2016-12");
        assertThat(only(pipeline.tag("وتراجعت عقود القمح تسليم مارس في بورصة شيكاغو.", DCT), "مارس").value())
                .isEqualTo("2017-03");
    }

    @Test
    void aMonthOfThePastClauseStaysPast() {
        assertThat(only(pipeline.tag("وارتفع سعر النحاس في ديسمبر بنسبة واحد بالمئة.", DCT), "ديسمبر").value())
                .isEqualTo("2015-12");
    }
}
