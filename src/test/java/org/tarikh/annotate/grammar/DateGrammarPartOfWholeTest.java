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
 * Issue #9, round seven (acc6): «X من Y» kept as one expression (a decade of a century, a day of
 * the month just named, a day of every month), «مضت» inside an offset, a proclitic on «هذا» and
 * Arabic presentation forms. Full pipeline: HeidelTime's own pieces must give way. Self-written sentences.
 */
class DateGrammarPartOfWholeTest {

    private static final LocalDate DCT = LocalDate.of(2015, 8, 7);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void aDecadeOfACenturyIsOneExpression() {
        Timex d = only(pipeline.tag("ولد الشاعر في العقد الثاني من القرن العشرين في قرية صغيرة.", DCT),
                "العقد الثاني من القرن العشرين");
        assertThat(d.value()).isEqualTo("191");
        assertThat(d.rule()).startsWith("tarikh:grammar:nth-decade-of-century");
        Timex s = only(pipeline.tag("اشتهرت الفرقة في الستينات من القرن الماضي ثم تفرقت.", DCT),
                "الستينات من القرن الماضي");
        assertThat(s.value()).isEqualTo("196");
        assertThat(s.rule()).startsWith("tarikh:grammar:decade-of-century");
    }

    @Test
    void aDayOfTheSameMonthIsADayOfTheMonthJustNamed() {
        TaggedText t = pipeline.tag("ويقام المعرض في الرابع من سبتمبر القادم وحتى 16 من نفس الشهر في جدة.", DCT);
        Timex d = only(t, "16 من نفس الشهر");
        assertThat(d.value()).isEqualTo("2015-09-16");
        assertThat(only(pipeline.tag("افتتح المعرض في 3 مارس 2014 وأغلق في 20 من الشهر نفسه.", DCT),
                "20 من الشهر نفسه").value()).isEqualTo("2014-03-20");
    }

    @Test
    void aDayOfEveryMonthIsASet() {
        Timex s = only(pipeline.tag("تصرف الرواتب في الثامن والعشرين من كل شهر.", DCT),
                "الثامن والعشرين من كل شهر");
        assertThat(s.type()).isEqualTo("SET");
        assertThat(s.value()).isEqualTo("XXXX-XX-28");
    }

    @Test
    void aSpanSaidToHavePassedKeepsItsVerb() {
        Timex y = only(pipeline.tag("افتتح المصنع قبل 6 أعوام مضت في المنطقة الصناعية.", DCT), "قبل 6 أعوام مضت");
        assertThat(y.value()).isEqualTo("2009");
        Timex d = only(pipeline.tag("كانت المدينة قرية صغيرة قبل عقدين مضت.", DCT), "قبل عقدين مضت");
        assertThat(d.value()).isEqualTo("199");
    }

    @Test
    void aProcliticBeforeThisLeavesTheYearFound() {
        Timex y = only(pipeline.tag("وأعلنت الوزارة خطتها لهذا العام أمس.", DCT), "هذا العام");
        assertThat(y.value()).isEqualTo("2015");
    }

    @Test
    void presentationFormsAreReadAsTheirLettersWithExactOffsets() {
        // U+FEF7 (lam-alef with hamza above): «اﻷحد» is «الأحد»; in «ﻷربع» the ligature holds the
        // proclitic ل and the alef, so the extent includes it
        String text = "ويعقد الاجتماع يوم اﻷحد المقبل ويستمر العمل ﻷربع سنوات.";
        TaggedText t = pipeline.tag(text, LocalDate.of(2015, 7, 18));
        Timex day = only(t, "يوم اﻷحد المقبل");
        assertThat(day.value()).isEqualTo("2015-07-19");
        assertThat(text.substring(day.begin(), day.end())).isEqualTo("يوم اﻷحد المقبل");
        Timex span = only(t, "ﻷربع سنوات");
        assertThat(span.value()).isEqualTo("P4Y");
        assertThat(text.substring(span.begin(), span.end())).isEqualTo("ﻷربع سنوات");
    }
}
