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
 * Issue #9, round nine (accC): classes of the ninth draw — the month last named in a year named
 * after it, an ordinal after a counted span. Full pipeline: HeidelTime's own pieces («عام 2014»)
 * must give way. Self-written sentences.
 */
class DateGrammarNamedYearAndOrdinalTest {

    /** A Friday. */
    private static final LocalDate DCT = LocalDate.of(2015, 7, 31);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static List<String> texts(String sentence) {
        return org.tarikh.annotate.RuleTesting.texts(pipeline, sentence, DCT);
    }

    @Test
    void theMonthLastNamedInAYearNamedAfterIt() {
        String text = "وصدرت الشركة في شهر مارس 2015 نحو ألف سيارة، مقابل 800 سيارة في نفس الشهر من عام 2013.";
        Timex month = only(pipeline.tag(text, DCT), "نفس الشهر من عام 2013");
        assertThat(month.value()).isEqualTo("2013-03");
        assertThat(month.rule()).startsWith("tarikh:grammar:that-month-of-year");
        assertThat(texts(text)).doesNotContain("عام 2013");
        // a bare year number, and the demonstrative after the month word
        Timex bare = only(pipeline.tag("وبلغ الإنتاج في أبريل 2015 مليون برميل مقارنة بالشهر نفسه من 2012.", DCT),
                "الشهر نفسه من 2012");
        assertThat(bare.value()).isEqualTo("2012-04");
        Timex relative = only(pipeline.tag("وارتفعت المبيعات في مايو 2015 بنسبة 5 في المائة عن نفس الشهر من العام الماضي.", DCT),
                "نفس الشهر من العام الماضي");
        assertThat(relative.value()).isEqualTo("2014-05");
    }

    @Test
    void withNoMonthNamedBeforeNothingIsComposed() {
        assertThat(texts("وقال إن نفس الشهر من عام 2013 شهد ارتفاعا.")).doesNotContain("نفس الشهر من عام 2013");
    }

    @Test
    void anOrdinalAfterACountedSpanIsInsideIt() {
        Timex second = only(pipeline.tag("ويتابع الأطباء المرضى خلال الثلاثة أشهر الثانية من العلاج.", DCT),
                "الثلاثة أشهر الثانية");
        assertThat(second.value()).isEqualTo("P3M");
        assertThat(second.rule()).startsWith("tarikh:grammar:duration-first");
        assertThat(only(pipeline.tag("وتحسنت النتائج في السنوات الخمس الثالثة من البرنامج.", DCT), "السنوات الخمس الثالثة")
                .value()).isEqualTo("P5Y");
    }

    @Test
    void aWeekdayWithADayAndMonthTakesTheCalendarWhoseWeekdayFits() {
        LocalDate dct = LocalDate.of(2015, 7, 21); // 5 Shawwal 1436
        Timex hijri = only(pipeline.tag("وتقام المباراة يوم السبت ٢ / ١٠ في ملعب المدينة.", dct), "يوم السبت ٢ / ١٠");
        assertThat(hijri.value()).isEqualTo("2015-07-18"); // 2 Shawwal 1436, a Saturday
        assertThat(hijri.rule()).startsWith("tarikh:grammar:weekday-day-month");
        Timex gregorian = only(pipeline.tag("ويبدأ التسجيل يوم الأحد 2/8 في جميع الفروع.", dct), "يوم الأحد 2/8");
        assertThat(gregorian.value()).isEqualTo("2015-08-02");
        // a score after a weekday fits no calendar and stays outside
        assertThat(texts("وفاز الفريق يوم الخميس 3/1 على ضيفه.")).doesNotContain("يوم الخميس 3/1");
    }
}
