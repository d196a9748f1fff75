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
 * Issue #9, round twelve (acc12b): extents the gold keeps whole and expressions that were missed. Full
 * pipeline; self-written sentences.
 */
class DateGrammarExtentsAndMissesTest {

    private static final LocalDate DCT = LocalDate.of(2015, 7, 31); // a Friday
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static TaggedText tag(String sentence) {
        return pipeline.tag(sentence, DCT);
    }

    private static Timex one(String sentence, String text) {
        return only(tag(sentence), text);
    }

    @Test
    void approximatelyBeforeTheFirstOfTwoCountsIsInsideIt() {
        TaggedText t = tag("يستغرق إنجاز الجسر نحو ثلاثة إلى أربعة أشهر حسب الخطة.");
        Timex first = only(t, "نحو ثلاثة");
        assertThat(first.value()).isEqualTo("P3M");
        assertThat(first.mod()).isEqualTo("APPROX");
        assertThat(only(t, "أربعة أشهر").value()).isEqualTo("P4M");
        assertThat(one("تحتاج الشتلة حوالي خمسة أو ستة أسابيع لتنمو.", "حوالي خمسة").mod()).isEqualTo("APPROX");
    }

    @Test
    void aPreposedFirstOrLastIsInsideTheCountedDuration() {
        assertThat(one("يدرس الطلاب مواد عامة في أول سنتين من البرنامج.", "أول سنتين").value()).isEqualTo("P2Y");
        assertThat(one("لعب الفريق آخر 15 دقيقة بعشرة لاعبين.", "آخر 15 دقيقة").value()).isEqualTo("PT15M");
    }

    @Test
    void theYearWordBeforeABracketedYearIsInside() {
        Timex y = one("ستقام البطولة في عام (2022) في الدوحة.", "عام (2022");
        assertThat(y.value()).isEqualTo("2022");
        assertThat(y.type()).isEqualTo("DATE");
    }

    @Test
    void moreThanOneUnitIsASpan() {
        Timex t = one("جاء الاتفاق بعد ما يزيد عن عام من المفاوضات الشاقة.", "ما يزيد عن عام");
        assertThat(t.value()).isEqualTo("P1Y");
        assertThat(t.mod()).isEqualTo("MORE_THAN");
        assertThat(one("انتظر المسافرون ما يزيد على أسبوع في المطار.", "ما يزيد على أسبوع").mod()).isEqualTo("MORE_THAN");
        // a year number after the unit makes it a year, not a span
        assertThat(tag("ارتفعت المبيعات أكثر من عام 2013 بقليل.").timexes()).noneMatch(x -> x.value().startsWith("P"));
    }

    @Test
    void thousandsAndMillionsOfYearsAreASpan() {
        TaggedText t = tag("تشكلت الصخور عبر ملايين السنين وبقيت آلاف السنين تحت الماء.");
        assertThat(only(t, "ملايين السنين").value()).isEqualTo("PXY");
        assertThat(only(t, "آلاف السنين").value()).isEqualTo("PXY");
    }

    @Test
    void theYearsOfALifeAreASpan() {
        assertThat(one("أمضى الشيخ سني عمره في تعليم الصغار.", "سني عمره").value()).isEqualTo("PXY");
        assertThat(one("تذكر الرجل سنوات عمره الماضية بحنين.", "سنوات عمره الماضية").value()).isEqualTo("PXY");
        // «سني» alone is 'Sunni', no unit
        assertThat(tag("زار الوفد مسجدا سني الطابع في المدينة.").timexes()).isEmpty();
    }

    @Test
    void theSeasonKeepsItsHeadNoun() {
        Timex s = one("تنظم البلدية فعاليات للأطفال خلال فترة الصيف كل عام.", "فترة الصيف");
        assertThat(s.value()).endsWith("-SU");
    }

    @Test
    void deicticAgesAndTheForeseeableFuture() {
        assertThat(one("تزداد أهمية اللغات في هذا العصر بشكل كبير.", "هذا العصر").value()).isEqualTo("PRESENT_REF");
        assertThat(one("تغيرت وسائل التواصل في عصرنا الحالي كثيرا.", "عصرنا الحالي").value()).isEqualTo("PRESENT_REF");
        assertThat(one("لن تتغير الأسعار في المستقبل المنظور كما يتوقع التجار.", "المستقبل المنظور").value())
                .isEqualTo("FUTURE_REF");
        // an age named by its adjective is no deictic reference
        assertThat(tag("نعيش اليوم في هذا العصر الرقمي السريع.").timexes()).noneMatch(x -> x.text().contains("العصر"));
        // the afternoon prayer is no age
        assertThat(tag("أدى المصلون صلاة العصر في المسجد.").timexes()).noneMatch(x -> x.value().equals("PRESENT_REF"));
    }

    @Test
    void aModifierBeforeAnAnaphoricYearIsInside() {
        Timex t = one("افتتح المصنع في عام 2012 وتوقع المدير أن يربح بحلول نهاية ذلك العام.", "نهاية ذلك العام");
        assertThat(t.value()).isEqualTo("2012");
        assertThat(t.mod()).isEqualTo("END");
    }

    @Test
    void pluralVaguePeriods() {
        assertThat(one("ستدفع الشركة الباقي للمقاول في مراحل مقبلة.", "مراحل مقبلة").value()).isEqualTo("FUTURE_REF");
        assertThat(one("عاش الناس في عهود سابقة حياة بسيطة.", "عهود سابقة").value()).isEqualTo("PAST_REF");
    }
}
