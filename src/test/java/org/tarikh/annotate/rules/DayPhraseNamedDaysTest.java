package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;
import static org.tarikh.annotate.RuleTesting.texts;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

/**
 * Round ten (acc10): «اليوم» before an adjective that names a day of its own («اليوم الوطني»,
 * «اليوم العالمي للشعر», «اليوم المفتوح») is not the day of publication. Full pipeline: HeidelTime
 * tags the bare «اليوم» too. Self-written sentences.
 */
class DayPhraseNamedDaysTest {

    private static final LocalDate DCT = LocalDate.of(2015, 8, 1);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void aNamedDayIsNotToday() {
        assertThat(texts(pipeline, "وهنأ الأمير رئيس الدولة بذكرى اليوم الوطني لبلاده.", DCT)).isEmpty();
        assertThat(texts(pipeline, "احتفل النادي الأدبي باليوم العالمي للشعر.", DCT)).isEmpty();
        assertThat(texts(pipeline, "وفي نهاية اليوم المفتوح كرمت المدرسة الطلاب.", DCT)).isEmpty();
        assertThat(texts(pipeline, "ويطالب المعلمون بتقصير اليوم الدراسي في المدارس.", DCT)).isEmpty();
    }

    @Test
    void todayBeforeItsSubjectStaysToday() {
        assertThat(only(pipeline.tag("وصلت اليوم الطائرة الإغاثية إلى عدن.", DCT), "اليوم").value())
                .isEqualTo("2015-08-01");
    }
}
