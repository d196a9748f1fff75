package org.tarikh.annotate.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.RuleTesting;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * Issue #9, round ten (acc10). Full pipeline: HeidelTime's own pieces must give way. Self-written
 * sentences.
 */
class DateGrammarBeforeChristAndSpansTest {

    private static final LocalDate DCT = LocalDate.of(2015, 8, 1);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static Timex one(String sentence, String text) {
        return only(pipeline.tag(sentence, DCT), text);
    }

    @Test
    void aYearBeforeTheCommonEraKeepsItsEraInside() {
        Timex y = one("توحدت الممالك نحو عام 3100 قبل الميلاد على ضفاف النهر.", "نحو عام 3100 قبل الميلاد");
        assertThat(y.value()).isEqualTo("BC3100");
        assertThat(y.mod()).isEqualTo("APPROX");
        assertThat(y.rule()).startsWith("tarikh:grammar:year-bc");
        assertThat(one("صنعت الجرة سنة 650 ق.م في بابل.", "سنة 650 ق.م").value()).isEqualTo("BC0650");
        assertThat(one("حكم الملك (1303 ق. م. - 1213 ق. م.) مدة طويلة.", "1303 ق. م").value()).isEqualTo("BC1303");
    }

    @Test
    void theFirstOfTwoYearsTakesTheEraWrittenAfterTheSecond() {
        TaggedText t = pipeline.tag("حكم الفرعون البلاد بين عامي 1482 و1450 قبل الميلاد.", DCT);
        Timex first = only(t, "عامي 1482");
        assertThat(first.value()).isEqualTo("BC1482"); // not a Hijri 1482
        assertThat(first.rule()).startsWith("tarikh:grammar:year-bc-first");
        assertThat(only(t, "1450 قبل الميلاد").value()).isEqualTo("BC1450");
        TaggedText s = pipeline.tag("يعود التمثال إلى الأسرة الخامسة (نحو 2494-2345 قبل الميلاد).", DCT);
        assertThat(only(s, "نحو 2494").value()).isEqualTo("BC2494");
    }

    @Test
    void yearsCountedBackFromTheEraAreAYear() {
        assertThat(one("وجدت الرسوم (1900 عام قبل الميلاد) في كهف.", "1900 عام قبل الميلاد").value()).isEqualTo("BC1900");
        assertThat(one("يعود الهيكل إلى 35 ألف سنة قبل الميلاد.", "35 ألف سنة قبل الميلاد").value()).isEqualTo("BC35000");
        Timex more = one("سكن الإنسان الوادي منذ أكثر من 10 آلاف سنة قبل الميلاد.", "أكثر من 10 آلاف سنة قبل الميلاد");
        assertThat(more.value()).isEqualTo("BC10000");
        assertThat(more.mod()).isEqualTo("BEFORE");
    }

    @Test
    void aCenturyBeforeTheCommonEra() {
        TaggedText t = pipeline.tag("امتد نفوذ المملكة من القرن السادس قبل الميلاد إلى القرن الأول قبل الميلاد.", DCT);
        assertThat(only(t, "القرن السادس قبل الميلاد").value()).isEqualTo("BC05");
        assertThat(only(t, "القرن الأول قبل الميلاد").value()).isEqualTo("BC00");
        // round eighteen: a Hijri century, «الهجري» inside, valued as the Gregorian century of its middle (550 AH → 1156)
        assertThat(one("بني الجامع في القرن السادس الهجري.", "القرن السادس الهجري").value()).isEqualTo("11");
    }

    @Test
    void aPluralUnitWithASizeWordIsASpan() {
        TaggedText t = pipeline.tag("قاد الحزب ثماني سنوات وأشهراً قليلة قبل أن يستقيل.", DCT);
        assertThat(only(t, "ثماني سنوات").value()).isEqualTo("P8Y");
        Timex few = only(t, "أشهراً قليلة");
        assertThat(few.value()).isEqualTo("PXM");
        assertThat(few.rule()).isEqualTo("tarikh:grammar:vague-span-few");
        assertThat(one("بقي الجريح في المستشفى ساعات قليلة ثم غادر.", "ساعات قليلة").value()).isEqualTo("PTXH");
        assertThat(one("وقع الحادث قبل أيام قليلة في جدة.", "قبل أيام قليلة").value()).isEqualTo("PAST_REF");
        assertThat(RuleTesting.texts(pipeline, "كانت من الليالي القليلة الهادئة في المدينة.", DCT)).isEmpty();
    }

    @Test
    void withinIsASpanCue() {
        assertThat(one("تصل السفن إلى الميناء في غضون ساعات.", "ساعات").value()).isEqualTo("PTXH");
    }

    @Test
    void aBareYearAfterASpanCueIsAYearsSpan() {
        Timex y = one("حصلت الأم على بطاقة ركوب مجانية لمدة عام.", "عام");
        assertThat(y.type()).isEqualTo("DURATION");
        assertThat(y.value()).isEqualTo("P1Y");
        assertThat(one("تراجعت الأسعار منذ عام 2009 وما زالت.", "عام 2009").value()).isEqualTo("2009");
        assertThat(one("ستنفذ الخطة خلال العام الجاري.", "العام الجاري").value()).isEqualTo("2015");
    }

    @Test
    void twoConsecutiveYearsWithASlashAreTwoYears() {
        TaggedText t = pipeline.tag("توج الفريق بطلا للموسم الرياضي 2013/2014 في الرياض.", DCT);
        assertThat(only(t, "2013").value()).isEqualTo("2013");
        assertThat(only(t, "2014").value()).isEqualTo("2014");
        TaggedText s = pipeline.tag("ارتفعت الميزانية من 194 مليونا عام 2013 / 2014 إلى 208 ملايين.", DCT);
        assertThat(only(s, "2014").rule()).isEqualTo("tarikh:grammar:year-pair-gregorian-second");
        assertThat(RuleTesting.texts(pipeline, "صدر الحكم في القضية رقم 2019/1985 أمس.", DCT)).doesNotContain("2019", "1985");
    }

    @Test
    void theArticleGluedToTheFirstNumberIsInside() {
        Timex d = one("ويبدأ التسجيل في الـ12 من سبتمبر المقبل.", "الـ12 من سبتمبر المقبل");
        assertThat(d.value()).isEqualTo("2015-09-12");
        assertThat(one("الموقوف في الـ29 من العمر.", "الـ29 من العمر").value()).isEqualTo("P29Y");
        assertThat(one("ويقام الحفل في 15 من الشهر الجاري.", "15 من الشهر الجاري").value()).isEqualTo("2015-08-15");
    }

    @Test
    void aCountWithTheArticleIsACount() {
        assertThat(one("شهدت الـ100 يوم الأولى من عمر الحكومة قرارات كثيرة.", "الـ100 يوم الأولى").value()).isEqualTo("P100D");
        assertThat(one("تضاعف عدد السكان خلال الـ50 عاما الماضية.", "الـ50 عاما الماضية").value()).isEqualTo("P50Y");
        assertThat(RuleTesting.texts(pipeline, "احتفلت الجامعة بالذكرى الـ85 لتأسيسها.", DCT)).isEmpty();
    }
}
