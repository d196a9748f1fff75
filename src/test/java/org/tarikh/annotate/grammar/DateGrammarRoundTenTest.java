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
 * Issue #9, round ten (acc10). Full pipeline: HeidelTime's own pieces must give way. Self-written
 * sentences.
 */
class DateGrammarRoundTenTest {

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
        assertThat(one("بني الجامع في القرن السادس الهجري.", "القرن السادس").value()).doesNotStartWith("BC");
    }
}
