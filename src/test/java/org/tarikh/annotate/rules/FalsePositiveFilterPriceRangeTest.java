package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

/**
 * Issue #9, round eleven (acc11): a range of two year-like numbers that a currency or measure follows is two
 * amounts. Full pipeline, since HeidelTime proposes the years the filter judges. Self-written sentences.
 */
class FalsePositiveFilterPriceRangeTest {

    private static final LocalDate DCT = LocalDate.of(2015, 8, 7);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static List<String> texts(String sentence) {
        return org.tarikh.annotate.RuleTesting.texts(pipeline, sentence, DCT);
    }

    @Test
    void aPriceRangeIsNoPairOfYears() {
        assertThat(texts("ويتراوح سعر الأونصة ما بين 1250 ـ 1280 دولارا في السوق.")).doesNotContain("1250", "1280");
        assertThat(texts("وتباع الشقة بين 1800 و1950 ريالا شهريا.")).doesNotContain("1800", "1950");
        assertThat(texts("ويبلغ طول الطريق بين 1100 - 1300 كيلومتر.")).doesNotContain("1100", "1300");
        // a range of years before any other word stays two years
        assertThat(texts("ارتفعت الصادرات بين 2010 و2014 بنسبة كبيرة.")).contains("2010", "2014");
    }
}
