package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * Issue #9, round twelve (acc12): more cues that a bare «اليوم» means "nowadays" (PRESENT_REF): a definite
 * topic and a copula pronoun, a standing verb with its object pronoun, an imperfect set against an earlier
 * year. The day of publication stays where these cues are absent. Full pipeline; self-written sentences.
 */
class DayPhraseNowadaysCuesTest {

    private static final LocalDate DCT = LocalDate.of(2016, 3, 9);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void aTopicBeforeACopulaIsNowadays() {
        Timex now = only(pipeline.tag("ويرى الباحث أن المدارس اليوم هي مراكز تدريب أكثر منها مراكز تعليم.", DCT), "اليوم");
        assertThat(now.value()).isEqualTo("PRESENT_REF");
        assertThat(now.rule()).isEqualTo("tarikh:day-phrase-nowadays");
        assertThat(only(pipeline.tag("وقال إن الشباب اليوم هم عماد الاقتصاد.", DCT), "اليوم").value()).isEqualTo("PRESENT_REF");
    }

    @Test
    void todayAsTheSubjectStaysTheDay() {
        assertThat(only(pipeline.tag("ولكن اليوم هو يوم الحسم بالنسبة للفريق.", DCT), "اليوم").value()).isEqualTo("2016-03-09");
        assertThat(only(pipeline.tag("اليوم هو موعد افتتاح المعرض.", DCT), "اليوم").value()).isEqualTo("2016-03-09");
    }

    @Test
    void aStandingVerbWithItsObjectPronounIsNowadays() {
        assertThat(only(pipeline.tag("ولا يعرف أحد عدد الطائرات التي تملكها اليوم، لكن التقديرات كثيرة.", DCT), "اليوم").value())
                .isEqualTo("PRESENT_REF");
    }

    @Test
    void anImperfectSetAgainstAnEarlierYearIsNowadays() {
        assertThat(only(pipeline.tag("تأسس النادي عام 1998 وكان أعضاؤه عشرين، لكنه يضم اليوم أكثر من ألف عضو.", DCT), "اليوم")
                .value()).isEqualTo("PRESENT_REF");
        assertThat(only(pipeline.tag("تأسست الجمعية عام 2004 وعدد أعضائها يتجاوز اليوم ثلاثمئة.", DCT), "اليوم").value())
                .isEqualTo("PRESENT_REF");
        // without an earlier year, or with a weekday after it, the day stays
        assertThat(only(pipeline.tag("وتبدأ اللجنة اليوم مناقشة الميزانية.", DCT), "اليوم").value()).isEqualTo("2016-03-09");
        assertThat(only(pipeline.tag("وفي عام 2010 بدأ المشروع، ويفتتح الوزير اليوم الأربعاء مرحلته الثالثة.", DCT),
                "اليوم الأربعاء")
                .value()).isEqualTo("2016-03-09");
    }
}
