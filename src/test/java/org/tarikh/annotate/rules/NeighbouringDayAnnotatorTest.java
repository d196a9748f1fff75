package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * «في اليوم التالي/السابق» counts from the day the text names before it, not from the publication
 * ({@link NeighbouringDayAnnotator}, {@code neighbouring-days.txt}). Self-written sentences.
 */
class NeighbouringDayAnnotatorTest {

    /** A Tuesday. */
    private static final LocalDate DCT = LocalDate.of(2015, 8, 4);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void theDayAfterOrBeforeTheDayNamedBeforeIt() {
        Timex next = only(pipeline.tag("وبدأت القوات في الرابع من يوليو الماضي هجوما على المدينة، وتمكنت في اليوم التالي من التقدم.",
                DCT), "اليوم التالي");
        assertThat(next.value()).isEqualTo("2015-07-05");
        assertThat(next.rule()).isEqualTo(NeighbouringDayAnnotator.RULE);
        assertThat(only(pipeline.tag("وقبل المجلس أمس الاستقالة التي تقدم بها في اليوم السابق.", DCT), "اليوم السابق")
                .value()).isEqualTo("2015-08-02");
        // the day may be named in the sentence before
        assertThat(only(pipeline.tag("وصل الوفد إلى جدة يوم الخميس الماضي. وفي اليوم التالي التقى الوزير.", DCT),
                "اليوم التالي").value()).isEqualTo("2015-07-31");
    }

    @Test
    void withNoDayNamedItIsNotTheDayAfterPublication() {
        // HeidelTime read it as the day after publication: a past happening in the future
        assertThat(org.tarikh.annotate.RuleTesting.texts(pipeline, "واعتقل لدى خروجه من المستشفى على أن يعود في اليوم التالي.", DCT))
                .isEmpty();
        // «اليوم» of «اليوم السابق» is not today
        assertThat(org.tarikh.annotate.RuleTesting.texts(pipeline, "وهو ضعف عدد القتلى في اليوم السابق.", DCT)).isEmpty();
    }

    @Test
    void aValueThatIsNoCalendarDayNamesNoDay() {
        // «30 فبراير» reads as 2015-02-30, which no calendar has: the article is still annotated
        assertThat(pipeline.tag("وصل الوفد في 30 فبراير الماضي، وفي اليوم التالي غادر.", DCT).timexes())
                .extracting(Timex::rule).doesNotContain(NeighbouringDayAnnotator.RULE);
    }

    @Test
    void forAFurtherDayIsNoDay() {
        assertThat(pipeline.tag("وتواصلت أمس في الخرطوم لليوم التالي اجتماعات اللجنة.", DCT).timexes())
                .extracting(Timex::rule).doesNotContain(NeighbouringDayAnnotator.RULE);
    }
}
