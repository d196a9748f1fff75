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
 * Issue #9, round ten (acc10b): classes of the tenth draw that the date grammar reads — era-less Hijri numeric
 * dates with tatweel separators, a day of the publication month named with «المقبل/الماضي», the noun «الماضي»,
 * working days, one unit after «خلال», following years, and «عدة» that counts the noun after it. Full pipeline,
 * since HeidelTime's own readings must give way. Self-written sentences.
 */
class DateGrammarPastNounAndWorkingDaysTest {

    /** A Friday; Hijri 1436-10-22. */
    private static final LocalDate DCT = LocalDate.of(2015, 8, 7);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static List<String> texts(String sentence) {
        return org.tarikh.annotate.RuleTesting.texts(pipeline, sentence, DCT);
    }

    @Test
    void anEralessNumericDateWithTatweelSeparatorsIsHijri() {
        Timex spaced = only(pipeline.tag("وكانت المحكمة قد عقدت أولى جلساتها في 10 ـ 3 ـ 1433 بحضور المتهمين.", DCT),
                "10 ـ 3 ـ 1433");
        assertThat(spaced.value()).isEqualTo("2012-02-02"); // 10 Rabi' al-Awwal 1433
        assertThat(spaced.rule()).startsWith("tarikh:grammar:numeric-date");
        Timex glued = only(pipeline.tag("وصدر الحكم الابتدائي بتاريخ 5ـ 11ـ 1434 ثم استأنفه المحامي.", DCT), "5ـ 11ـ 1434");
        assertThat(glued.value()).isEqualTo("2013-09-11"); // 5 Dhu al-Qa'da 1434
        // a Gregorian year with the same separators stays Gregorian
        assertThat(only(pipeline.tag("وافتتح المركز في 3 ـ 5 ـ 2012 بحضور المحافظ.", DCT), "3 ـ 5 ـ 2012").value())
                .isEqualTo("2012-05-03");
    }

    @Test
    void aTatweelBetweenWordsIsNoSeparator() {
        assertThat(texts("الرياض ـ واس: افتتح الأمير المعرض في 3 ـ 5 ـ 2012.")).containsExactly("3 ـ 5 ـ 2012");
    }

    @Test
    void aDayOfThePublicationMonthWithItsRelativeWordIsTheNearOne() {
        Timex ahead = only(pipeline.tag("ويتواصل المعرض حتى الثاني عشر من أغسطس المقبل في مركز المعارض.", DCT),
                "الثاني عشر من أغسطس المقبل");
        assertThat(ahead.value()).isEqualTo("2015-08-12"); // five days ahead, not a year and five days
        Timex back = only(pipeline.tag("وكانت الدورة قد بدأت في الثالث من أغسطس الماضي.", DCT), "الثالث من أغسطس الماضي");
        assertThat(back.value()).isEqualTo("2015-08-03");
        // a day already past with «المقبل» is next year's, as before
        assertThat(only(pipeline.tag("وتقام البطولة في الثاني من أغسطس المقبل.", DCT), "الثاني من أغسطس المقبل").value())
                .isEqualTo("2016-08-02");
        // another month is placed as before
        assertThat(only(pipeline.tag("وتبدأ الدراسة في العشرين من سبتمبر المقبل.", DCT), "العشرين من سبتمبر المقبل").value())
                .isEqualTo("2015-09-20");
    }

    @Test
    void theNounThePastIsPastRef() {
        Timex glued = only(pipeline.tag("وقال إن الحي القديم يربط السكان بالماضي ويحفظ ذاكرتهم.", DCT), "الماضي");
        assertThat(glued.value()).isEqualTo("PAST_REF");
        assertThat(glued.rule()).isEqualTo("tarikh:grammar:past-noun");
        assertThat(only(pipeline.tag("وأضاف أن المتحف يروي الماضي العريق للمنطقة.", DCT), "الماضي").value()).isEqualTo("PAST_REF");
        assertThat(only(pipeline.tag("ودعا الكاتب إلى التعلم من الماضي.", DCT), "الماضي").value()).isEqualTo("PAST_REF");
    }

    @Test
    void theAdjectiveAndTheSurnameAreNotThePast() {
        assertThat(texts("وفاز الفريق في اللقاء الماضي على ضيفه.")).doesNotContain("الماضي");
        assertThat(texts("وقال الماضي إن المشروع سيكتمل.")).isEmpty();
        assertThat(only(pipeline.tag("وارتفعت الأسعار في تموز الماضي.", DCT), "تموز الماضي").value()).isEqualTo("2015-07");
    }

    @Test
    void workingDaysAreACountedDurationWithTheirQualifier() {
        Timex days = only(pipeline.tag("وتلتزم الجهة بالرد خلال 15 يوم عمل من استلام الطلب.", DCT), "15 يوم عمل");
        assertThat(days.value()).isEqualTo("P15D");
        assertThat(days.rule()).startsWith("tarikh:grammar:duration-working");
        assertThat(only(pipeline.tag("وتصدر البطاقة خلال خمسة أيام عمل.", DCT), "خمسة أيام عمل").value()).isEqualTo("P5D");
        // 'a working day' alone is no span
        assertThat(texts("وبدأ الموظف أول يوم عمل في الوزارة.")).isEmpty();
    }

    @Test
    void oneUnitAfterDuringIsASpanEvenBeforeANumber() {
        Timex week = only(pipeline.tag("وباع المتجر خلال أسبوع 300 جهاز.", DCT), "أسبوع");
        assertThat(week.value()).isEqualTo("P1W");
        assertThat(only(pipeline.tag("وجمعت الجمعية لمدة شهر 40 ألف ريال.", DCT), "شهر").value()).isEqualTo("P1M");
        // a definite unit, a year and a month in construct are not spans
        assertThat(texts("وارتفعت المبيعات خلال عام 2014 بنسبة كبيرة.")).doesNotContain("عام");
        assertThat(texts("وتزداد الحركة خلال شهر رمضان من كل عام.")).doesNotContain("شهر");
    }

    @Test
    void followingYearsAreASpanOfUnstatedLength() {
        Timex years = only(pipeline.tag("وأبقى البنك تقديراته للسنوات التالية دون تعديل.", DCT), "لسنوات التالية");
        assertThat(years.value()).isEqualTo("PXY");
        assertThat(years.rule()).isEqualTo("tarikh:grammar:vague-span-following");
        assertThat(only(pipeline.tag("وستتضح الصورة في الأشهر اللاحقة.", DCT), "الأشهر اللاحقة").value()).isEqualTo("PXM");
    }

    @Test
    void severalBeforeItsOwnNounIsNoSpan() {
        assertThat(texts("وعرفت البلدة في تلك الأيام عدة مهرجانات.")).isEmpty();
        assertThat(only(pipeline.tag("وعاش في القرية سنوات عدة.", DCT), "سنوات عدة").value()).isEqualTo("PXY");
    }
}
