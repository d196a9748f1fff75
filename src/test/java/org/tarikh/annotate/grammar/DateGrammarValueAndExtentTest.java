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
class DateGrammarValueAndExtentTest {

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

    @Test
    void aBracketedOrSlashedCountLeavesItsOpeningMarkOutside() {
        TaggedText t = pipeline.tag("وتستمر الدورة (خمسة) أيام في جدة، ويبلغ المتهم من العمر 26/ عاما/ حسب المصدر.", DCT);
        assertThat(only(t, "خمسة) أيام").value()).isEqualTo("P5D");
        assertThat(only(t, "26/ عاما").value()).isEqualTo("P26Y");
        Timex more = only(pipeline.tag("عمل في الشركة منذ أكثر من (40) عاماً دون انقطاع.", DCT), "أكثر من (40) عاماً");
        assertThat(more.value()).isEqualTo("P40Y");
        assertThat(more.mod()).isEqualTo("MORE_THAN");
    }

    @Test
    void theFirstOfANamedMonthIsItsFirstDay() {
        // DCT 2015-07-22: the nearest 1 August
        Timex d = only(pipeline.tag("وتبدأ الرحلات الجوية أول أغسطس إلى عدة مدن.", LocalDate.of(2015, 7, 22)), "أول أغسطس");
        assertThat(d.value()).isEqualTo("2015-08-01");
        assertThat(d.rule()).startsWith("tarikh:grammar:first-of-named-month");
    }

    @Test
    void aWeekdayWithItsRelativeWordBeforeItsDateIsOneExpression() {
        // DCT 2015-08-07 (Friday); 24 Shawwal 1436 is Sunday 2015-08-09
        Timex d = only(pipeline.tag("وتبدأ المؤسسة الأحد المقبل 24/10/1436هـ صرف المستحقات.", DCT), "الأحد المقبل 24/10/1436هـ");
        assertThat(d.value()).isEqualTo("2015-08-09");
        assertThat(d.rule()).startsWith("tarikh:grammar:weekday-rel-date");
    }

    @Test
    void aDayWithItsHeadOrASeparatorBeforeItsMonth() {
        Timex head = only(pipeline.tag("وكانت المؤسسة قد اشترت القمح في مناقصة أعلنت يوم السادس من أبريل لشراء 780 ألف طن.", DCT),
                "يوم السادس من أبريل");
        assertThat(head.value()).isEqualTo("2015-04-06");
        Timex sep = only(pipeline.tag("صدر القرار بتاريخ 29 - شعبان 1436هـ في الرياض.", DCT), "29 - شعبان 1436هـ");
        assertThat(sep.value()).isEqualTo("2015-06-16");
    }

    @Test
    void aNumericDateGluedToTheWordBeforeItIsReadWhole() {
        Timex d = only(pipeline.tag("عقدت الجلسة الأولى للمجلس بتاريخ16/10/1436هـ في الرياض.", DCT), "16/10/1436هـ");
        assertThat(d.value()).isEqualTo("2015-08-01");
    }
}
