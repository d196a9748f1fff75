package org.tarikh.annotate.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * Issue #9, round nine (accA): value and extent classes of the development set — a relative year
 * with its number in apposition, a half of a month, a week or year placed from the one before it,
 * tens of years. Full pipeline: HeidelTime's own pieces must give way. Self-written sentences.
 */
class DateGrammarRoundNineTest {

    /** A Friday, in ISO week 2015-W32. */
    private static final LocalDate DCT = LocalDate.of(2015, 8, 7);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void aRelativeYearWithItsNumberIsOneExpression() {
        Timex start = only(pipeline.tag("وتبدأ المرحلة الثانية من المشروع بداية العام المقبل 2016 في الرياض.", DCT),
                "بداية العام المقبل 2016");
        assertThat(start.value()).isEqualTo("2016");
        assertThat(start.mod()).isEqualTo("START");
        assertThat(start.rule()).startsWith("tarikh:grammar:modified-year+year-relative-named");
        Timex year = only(pipeline.tag("ستفتتح الحديقة أبوابها العام المقبل 2016 للزوار.", DCT), "العام المقبل 2016");
        assertThat(year.value()).isEqualTo("2016");
        assertThat(year.rule()).startsWith("tarikh:grammar:year-relative-named-date");
        // a number that is not the year the relative word says is not in apposition with it
        assertThat(pipeline.tag("وزار المعرض العام الماضي 2016 زائر.", DCT).timexes())
                .noneMatch(t -> t.text().contains("2016") && t.text().contains("الماضي"));
    }

    @Test
    void aHalfOfAMonthIsTheMonthWithItsStartOrEnd() {
        Timex second = only(pipeline.tag("وتنخفض درجات الحرارة في النصف الثاني من الشهر الجاري.", DCT),
                "النصف الثاني من الشهر الجاري");
        assertThat(second.value()).isEqualTo("2015-08");
        assertThat(second.mod()).isEqualTo("END");
        Timex first = only(pipeline.tag("وتراجعت المبيعات خلال النصف الأول من يوليو.", DCT), "النصف الأول من يوليو");
        assertThat(first.value()).isEqualTo("2015-07");
        assertThat(first.mod()).isEqualTo("START");
    }

    @Test
    void aWeekOrYearBeforeTheOneNamedIsPlacedFromIt() {
        Timex week = only(pipeline.tag("وأغلق المؤشر مرتفعا مقارنة بإغلاق الأسبوع الذي سبقه عند مستوى أدنى.", DCT),
                "الأسبوع الذي سبقه");
        assertThat(week.value()).isEqualTo("2015-W31");
        assertThat(week.rule()).startsWith("tarikh:grammar:week-step");
        Timex year = only(pipeline.tag("وارتفعت المبيعات في عام 2012 مقارنة بالعام الذي سبقه.", DCT), "العام الذي سبقه");
        assertThat(year.value()).isEqualTo("2011");
    }

    @Test
    void tensOfYearsAreASpanOfUnstatedLength() {
        Timex span = only(pipeline.tag("بقيت القرية مهجورة عشرات السنين قبل أن تعود إليها الحياة.", DCT), "عشرات السنين");
        assertThat(span.type()).isEqualTo("DURATION");
        assertThat(span.value()).isEqualTo("PXY");
    }
}
