package org.tarikh.annotate.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * Issue #9, round nine (accB): missed and spurious expressions of real news, as classes. Full pipeline:
 * HeidelTime's own readings must give way or stay. Self-written sentences.
 */
class DateGrammarEralessHijriAndAgeTest {

    /** 22 Shawwal 1436. */
    private static final LocalDate DCT = LocalDate.of(2015, 8, 7);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void anEralessDayMonthYearIsHijriOnlyUpToAFewYearsAhead() {
        // the news's own Hijri year and a past one written without their era stay Hijri
        Timex now = only(pipeline.tag("وصدر القرار بتاريخ 19/10/1436 بعد اجتماع اللجنة.", DCT), "19/10/1436");
        assertThat(now.value()).isEqualTo(LocalDate.from(HijrahDate.of(1436, 10, 19)).toString());
        Timex past = only(pipeline.tag("ولد الفنان في 11/3/1412 في مدينة الطائف.", DCT), "11/3/1412");
        assertThat(past.value()).isEqualTo(LocalDate.from(HijrahDate.of(1412, 3, 11)).toString());
        // a year far past the news's Hijri year is no Hijri date (Hijri 1453 is 2031): the Gregorian reading
        Timex far = only(pipeline.tag("وسقطت القسطنطينية في 29/5/1453 بعد حصار طويل.", DCT), "29/5/1453");
        assertThat(far.value()).isEqualTo("1453-05-29");
        assertThat(far.rule()).isEqualTo("tarikh:grammar:numeric-date");
    }

    @Test
    void anAgeAsTheNthYearOfLifeIsADuration() {
        // the article glued to the number is inside, as the gold writes it (d148 «الـ29 من العمر»; round ten, acc10)
        Timex t = only(pipeline.tag("وأوضحت الشرطة أن الموقوف في الـ34 من العمر ويقيم في المدينة.", DCT), "الـ34 من العمر");
        assertThat(t.value()).isEqualTo("P34Y");
        assertThat(t.rule()).isEqualTo("tarikh:grammar:age-in-years");
        assertThat(only(pipeline.tag("توفي الشاعر وهو في الـ45 من عمره.", DCT), "الـ45 من عمره").value()).isEqualTo("P45Y");
        // a day of a month is no age
        assertThat(only(pipeline.tag("تبدأ الدورة في الـ15 من الشهر الجاري.", DCT), "الـ15 من الشهر الجاري").value())
                .isEqualTo("2015-08-15");
    }

    @Test
    void anAgeToldByAFeminineOrdinalIsADuration() {
        // «في السابعة من عمرها»: the seventh (year) of her life, «في» outside (round thirteen, age-ordinals.txt)
        Timex t = only(pipeline.tag("التقطت الصورة والأميرة في السابعة من عمرها مع شقيقتها.", DCT), "السابعة من عمرها");
        assertThat(t.value()).isEqualTo("P7Y");
        assertThat(t.rule()).isEqualTo("tarikh:grammar:age-in-years-ordinal");
        // a two-word ordinal is one number, not «عشرة» alone
        assertThat(only(pipeline.tag("هاجر إلى المدينة وهو في الثامنة عشرة من العمر.", DCT), "الثامنة عشرة من العمر").value())
                .isEqualTo("P18Y");
        assertThat(only(pipeline.tag("رحل الفنان عن الخامسة والستين من عمره.", DCT), "الخامسة والستين من عمره").value())
                .isEqualTo("P65Y");
        // an ordinal of something else is no age
        assertThat(org.tarikh.annotate.RuleTesting.texts(pipeline, "فاز الفريق بالمرتبة السابعة من البطولة.", DCT)).isEmpty();
    }
}
