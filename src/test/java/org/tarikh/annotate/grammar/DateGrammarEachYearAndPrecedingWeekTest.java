package org.tarikh.annotate.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * Issue #9, round eleven (acc11b): a Gregorian month, or a day of it, «من كل عام» is one SET (rules
 * month-each-year, day-each-year); «الأسبوع السابق» steps back from the week last named (week-previous); a plural
 * unit that has passed is a span (vague-span-passed). Full pipeline; self-written sentences.
 */
class DateGrammarEachYearAndPrecedingWeekTest {

    private static final LocalDate DCT = LocalDate.of(2015, 7, 21);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static List<String> texts(String sentence) {
        return org.tarikh.annotate.RuleTesting.texts(pipeline, sentence, DCT);
    }

    @Test
    void aPartOfAMonthOfEveryYear() {
        Timex set = only(pipeline.tag("وتغلق الشركة حساباتها بنهاية شهر ديسمبر من كل عام.", DCT), "نهاية شهر ديسمبر من كل عام");
        assertThat(set.type()).isEqualTo("SET");
        assertThat(set.value()).isEqualTo("XXXX-12");
        assertThat(set.mod()).isEqualTo("END");
        assertThat(set.rule()).isEqualTo("tarikh:grammar:month-each-year");
        assertThat(only(pipeline.tag("ويبدأ الموسم في شهر أكتوبر من كل عام.", DCT), "شهر أكتوبر من كل عام").value())
                .isEqualTo("XXXX-10");
    }

    @Test
    void aDayOfAMonthOfEveryYear() {
        Timex set = only(pipeline.tag("ويحتفل الأهالي في 23 سبتمبر من كل عام.", DCT), "23 سبتمبر من كل عام");
        assertThat(set.type()).isEqualTo("SET");
        assertThat(set.value()).isEqualTo("XXXX-09-23");
        assertThat(set.rule()).isEqualTo("tarikh:grammar:day-each-year");
    }

    @Test
    void aHijriMonthOrAnotherPeriodBuildsNoSuchSet() {
        assertThat(texts("وتتضاعف الرحلات في شهر رمضان من كل عام.")).doesNotContain("شهر رمضان من كل عام");
        assertThat(texts("ويصدر التقرير في مارس من العام المقبل.")).doesNotContain("مارس من كل عام");
    }

    @Test
    void thePrecedingWeekStepsBackFromTheLastNamedDay() {
        // DCT Tuesday 2015-07-21 (W30); 10 July 2015 is a Friday of W28
        Timex week = only(pipeline.tag("وتراجعت المبيعات في الأسبوع المنتهي في 10 يوليو مقارنة بالأسبوع السابق.", DCT), "الأسبوع السابق");
        assertThat(week.value()).isEqualTo("2015-W27");
        assertThat(week.rule()).isEqualTo("tarikh:grammar:week-previous");
        // nothing named before: the week before the publication week
        assertThat(only(pipeline.tag("وارتفع المؤشر 2% مقارنة بالأسبوع السابق.", DCT), "الأسبوع السابق").value()).isEqualTo("2015-W29");
    }

    @Test
    void aPluralUnitThatHasPassedIsASpan() {
        Timex span = only(pipeline.tag("وتعود جذور هذه الحرفة إلى قرون مضت في الجزيرة العربية.", DCT), "قرون مضت");
        assertThat(span.type()).isEqualTo("DURATION");
        assertThat(span.value()).isEqualTo("PXCE");
        assertThat(only(pipeline.tag("وتذكر الأهالي سنوات خلت من العطش.", DCT), "سنوات خلت").value()).isEqualTo("PXY");
    }
}
