package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

/**
 * Issue #9, round twelve (acc13): numbers read as years that are ids («رقم 1780», number-labels.txt) or counts of a
 * group («نحو 1600 من الحجاج», count-approximators.txt). Full pipeline; self-written sentences.
 */
class FalsePositiveFilterIdsAndGroupCountsTest {

    /** A Tuesday. */
    private static final LocalDate DCT = LocalDate.of(2015, 7, 21);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static List<String> texts(String sentence) {
        return org.tarikh.annotate.RuleTesting.texts(pipeline, sentence, DCT);
    }

    @Test
    void aNumberAfterRaqmIsAnId() {
        assertThat(texts("وطالب الوزير بتطبيق القرار رقم 1780 الذي أصدرته اللجنة.")).isEmpty();
        assertThat(texts("ويمكن الاتصال على الرقم 1912 للاستفسار.")).isEmpty();
        assertThat(texts("وصدر التعميم برقم (1650) إلى جميع الفروع.")).isEmpty();
        // a year with its cue stays
        assertThat(texts("وصدر القرار رقم 12 في عام 2013 بعد دراسة طويلة.")).contains("عام 2013");
    }

    @Test
    void anApproximateCountOfAGroupIsNoYear() {
        assertThat(texts("وشارك في الحملة نحو 1600 من المتطوعين في المدينة.")).isEmpty();
        assertThat(texts("واستقبل المستشفى ما يقارب 1350 من المراجعين خلال العيد.")).doesNotContain("1350");
        assertThat(texts("وتخرج في الجامعة أكثر من 1200 من الطلاب والطالبات.")).isEmpty();
        // a year after «في» and before «من» stays
        assertThat(texts("وانسحبت القوات في 2012 من القاعدة الجوية.")).contains("2012");
    }
}
