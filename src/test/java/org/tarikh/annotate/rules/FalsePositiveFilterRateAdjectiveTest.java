package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

/**
 * Issue #9, round nine (accC): a rate adjective after an indefinite noun of change («نموا سنويا»)
 * is attributive, no frequency (not-temporal-phrases.txt). Full pipeline. Self-written sentences.
 */
class FalsePositiveFilterRateAdjectiveTest {

    private static final LocalDate DCT = LocalDate.of(2015, 7, 31);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static List<String> texts(String sentence) {
        return org.tarikh.annotate.RuleTesting.texts(pipeline, sentence, DCT);
    }

    @Test
    void aRateAdjectiveOfAChangeIsNoSet() {
        assertThat(texts("وحققت الصادرات نموا سنويا نسبته 3 في المائة.")).doesNotContain("سنويا");
        assertThat(texts("وسجلت أسعار الغذاء ارتفاعاً شهرياً بنسبة 1 في المائة.")).doesNotContain("شهرياً");
        // a frequency of an amount stays a set
        assertThat(texts("وينتج المصنع 20 ألف طن من الإسمنت سنويا.")).contains("سنويا");
    }
}
