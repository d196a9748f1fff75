package org.tarikh.annotate.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

/**
 * A named month with a relative word, then the year that word names, is one expression
 * (`named-month-relative-year`, round twelve). Full pipeline, since the year alone is HijriAnnotator's
 * or HeidelTime's. Self-written sentences.
 */
class DateGrammarRelativeMonthYearTest {

    /** A Monday; 11 Shawwal 1436. */
    private static final LocalDate DCT = LocalDate.of(2015, 7, 27);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static TaggedText tag(String sentence) {
        return pipeline.tag(sentence, DCT);
    }

    @Test
    void theYearAfterARelativeHijriMonthIsInsideItsDay() {
        TaggedText t = tag("وتبدأ الإجازة من اليوم الأول من شهر ذو الحجة القادم 1436هـ لجميع الموظفين.");
        assertThat(only(t, "اليوم الأول من شهر ذو الحجة القادم 1436هـ").value())
                .isEqualTo(LocalDate.from(HijrahDate.of(1436, 12, 1)).toString());
        assertThat(t.timexes()).hasSize(1);
    }

    @Test
    void aGregorianMonthTakesItsYearToo() {
        assertThat(only(tag("وتصدر النتائج في أغسطس المقبل 2015 للطلاب."), "أغسطس المقبل 2015").value()).isEqualTo("2015-08");
    }

    @Test
    void aYearThatTheRelativeWordDoesNotNameStaysApart() {
        TaggedText t = tag("ويعقد المؤتمر في ذي الحجة القادم 1440هـ في مكة.");
        assertThat(t.timexes()).noneMatch(x -> x.text().contains("القادم 1440"));
    }
}
