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
 * month-each-year, day-each-year). Full pipeline; self-written sentences.
 */
class DateGrammarEachYearTest {

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
}
