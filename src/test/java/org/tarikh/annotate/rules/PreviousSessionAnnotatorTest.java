package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * «في الجلسة السابقة» of market news is the trading session before the day its sentence names
 * ({@link PreviousSessionAnnotator}, {@code previous-session.txt}). Self-written sentences.
 */
class PreviousSessionAnnotatorTest {

    /** A Tuesday. */
    private static final LocalDate DCT = LocalDate.of(2015, 8, 4);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void theSessionBeforeTheDayTheSentenceNames() {
        Timex monday = only(pipeline.tag("ارتفعت أسعار النفط في آسيا يوم الثلاثاء بعد هبوطها بنسبة 5 بالمئة في الجلسة السابقة.",
                DCT), "الجلسة السابقة");
        assertThat(monday.value()).isEqualTo("2015-08-03");
        assertThat(monday.type()).isEqualTo("DATE");
        assertThat(monday.rule()).isEqualTo(PreviousSessionAnnotator.RULE);
        // «اليوم» names the publication day; «أمس» the day before it (a Wednesday, published on Thursday 6 August)
        assertThat(only(pipeline.tag("ارتفع النفط فوق 50 دولارا للبرميل اليوم بعدما لامس أدنى مستوياته في الجلسة السابقة.",
                DCT), "الجلسة السابقة").value()).isEqualTo("2015-08-03");
        assertThat(only(pipeline.tag("وزاد المؤشر 0.2 في المئة أمس بعدما انخفض 3.2 في المئة في الجلسة السابقة.",
                LocalDate.of(2015, 8, 6)), "الجلسة السابقة").value()).isEqualTo("2015-08-04");
    }

    @Test
    void aSundaySessionFollowsTheThursdayOne() {
        assertThat(only(pipeline.tag("وارتفع مؤشر السوق يوم الأحد بعد تراجعه في الجلسة السابقة.", DCT), "الجلسة السابقة")
                .value()).isEqualTo("2015-07-30");
    }

    @Test
    void aValueThatIsNoCalendarDayNamesNoDay() {
        // «30 فبراير» reads as 2015-02-30, which no calendar has: the article is still annotated
        assertThat(org.tarikh.annotate.RuleTesting.texts(pipeline, "ارتفع النفط يوم 30 فبراير بعد هبوطه في الجلسة السابقة.", DCT))
                .doesNotContain("الجلسة السابقة");
    }

    @Test
    void leftUntaggedWhenTheSessionIsUnsure() {
        // after a Monday: Friday on Western exchanges, Sunday on Gulf ones
        assertThat(org.tarikh.annotate.RuleTesting.texts(pipeline, "وهبط خام برنت يوم الاثنين بعدما ارتفع في الجلسة السابقة.", DCT))
                .doesNotContain("الجلسة السابقة");
        // no day named in the sentence
        assertThat(org.tarikh.annotate.RuleTesting.texts(pipeline, "وهبط خام برنت 15 سنتا بعدما ارتفع في الجلسة السابقة.", DCT))
                .doesNotContain("الجلسة السابقة");
        // not market news: a cabinet's previous session
        assertThat(org.tarikh.annotate.RuleTesting.texts(pipeline, "واعتذر رئيس الحكومة يوم الثلاثاء عما حصل في الجلسة السابقة.", DCT))
                .doesNotContain("الجلسة السابقة");
    }
}
