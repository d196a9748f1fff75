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
 * Issue #9, round twelve (acc12): a season of a year reference is one DATE («صيف العام الماضي»), a part of the
 * anaphoric year is inside with its mod («نهاية ذلك العام»), and a dual unit with a dual 'following/coming' is a
 * length («السنتين التاليتين»). Full pipeline; self-written sentences.
 */
class DateGrammarSeasonOfYearAndThatYearPartTest {

    private static final LocalDate DCT = LocalDate.of(2024, 5, 15);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void aSeasonOfAYearReferenceIsOneDate() {
        TaggedText t = pipeline.tag("وزار الوفد المدينة صيف العام الماضي.", DCT);
        Timex s = only(t, "صيف العام الماضي");
        assertThat(s.value()).isEqualTo("2023-SU");
        assertThat(t.timexes()).hasSize(1);
        assertThat(only(pipeline.tag("ويكتمل البناء في شتاء عام 2026.", DCT), "شتاء عام 2026").value()).isEqualTo("2026-WI");
        assertThat(only(pipeline.tag("وتبدأ الحملة في خريف هذا العام.", DCT), "خريف هذا العام").value()).isEqualTo("2024-FA");
    }

    @Test
    void aPartOfThatYearIsInsideWithItsMod() {
        TaggedText t = pipeline.tag("وتوقع البنك نموا في عام 2026، على أن يبلغ ذروته في نهاية ذلك العام.", DCT);
        Timex end = only(t, "نهاية ذلك العام");
        assertThat(end.value()).isEqualTo("2026");
        assertThat(end.mod()).isEqualTo("END");
        Timex start = only(pipeline.tag("وأسس المصنع عام 2019، ومع مطلع العام ذاته بدأ التصدير.", DCT), "مطلع العام ذاته");
        assertThat(start.value()).isEqualTo("2019");
        assertThat(start.mod()).isEqualTo("START");
    }

    @Test
    void aDualWithADualFollowingIsALength() {
        Timex d = only(pipeline.tag("يدرس الطالب عامين في الجامعة، ثم يقضي السنتين التاليتين في التدريب.", DCT), "السنتين التاليتين");
        assertThat(d.type()).isEqualTo("DURATION");
        assertThat(d.value()).isEqualTo("P2Y");
        assertThat(only(pipeline.tag("وستنفذ الخطة خلال السنتين المقبلتين.", DCT), "السنتين المقبلتين").value()).isEqualTo("P2Y");
    }
}
