package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * Issue #9, round ten (acc10c): spoken «it has been» before one unit, the Egyptian «this» after a part of a
 * month or year, and a year before «ب» + a verbal noun. Sentences written by the team from the language.
 */
class EverydayPhrasesDialectSpanTest {

    /** A Wednesday. */
    private static final LocalDate DCT = LocalDate.of(2024, 5, 15);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void itHasBeenBeforeOneUnitIsASpanOfOne() {
        assertThat(only(pipeline.tag("صرلي أسبوع عم دوّر عشغل.", DCT), "أسبوع").value()).isEqualTo("P1W");
        assertThat(only(pipeline.tag("بقالي شهر بدور على شقة.", DCT), "شهر").value()).isEqualTo("P1M");
        assertThat(only(pipeline.tag("صرلنا ساعة ناطرين الباص.", DCT), "ساعة").value()).isEqualTo("PT1H");
        assertThat(only(pipeline.tag("بقالنا سنين مستنيين الشقة.", DCT), "سنين").value()).isEqualTo("PXY");
    }

    @Test
    void aPartOfThisMonthOrYearWithTheEgyptianDemonstrative() {
        Timex end = only(pipeline.tag("آخر الشهر ده هسافر الغردقة.", DCT), "آخر الشهر ده");
        assertThat(end.value()).isEqualTo("2024-05");
        assertThat(end.mod()).isEqualTo("END");
        Timex start = only(pipeline.tag("أول السنة دي كنا في إسكندرية.", DCT), "أول السنة دي");
        assertThat(start.value()).isEqualTo("2024");
        assertThat(start.mod()).isEqualTo("START");
        assertThat(only(pipeline.tag("نص الشهر ده هنقبض المرتب.", DCT), "نص الشهر ده").mod()).isEqualTo("MID");
    }

    @Test
    void aYearBeforeAVerbalNounOfCircumstance() {
        assertThat(only(pipeline.tag("أقيمت البطولة في 2019 بمشاركة أربعة وعشرين منتخباً.", DCT), "2019").value())
                .isEqualTo("2019");
        assertThat(only(pipeline.tag("افتتح المستشفى في 2012 بحضور الأمير.", DCT), "2012").value()).isEqualTo("2012");
        // a count stays a count
        assertThat(org.tarikh.annotate.RuleTesting.texts(pipeline, "شارك في الحملة 2070 شخصاً.", DCT)).isEmpty();
    }

    @Test
    void aYearBeforeAPrepositionOfPlaceOrSide() {
        // a count is followed by what it counts, never by «قرب», «أمام», «باسم» (round thirteen, year-followers.txt)
        assertThat(only(pipeline.tag("تحطمت الطائرة في 2009 قرب الساحل.", DCT), "2009").value()).isEqualTo("2009");
        assertThat(only(pipeline.tag("ترشح في الانتخابات البرلمانية 2014 باسم حزبه الجديد.", DCT), "2014").value())
                .isEqualTo("2014");
        // «بين» is not among them: «2000 بين لاعب ومدرب» counts people
        assertThat(org.tarikh.annotate.RuleTesting.texts(pipeline, "وشارك في البطولة 2000 بين لاعب ومدرب.", DCT)).isEmpty();
    }
}
