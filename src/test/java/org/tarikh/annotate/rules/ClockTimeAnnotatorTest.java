package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.SEED_DCT;
import static org.tarikh.annotate.RuleTesting.only;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

class ClockTimeAnnotatorTest {

    @TestPipeline(rules = {DayPhraseAnnotator.class, ClockTimeAnnotator.class})
    private static TemporalPipeline pipeline;

    private static TaggedText tag(String s) {
        return pipeline.tag(s, SEED_DCT);
    }

    @Test
    void digitsWithPeriodWords() {
        assertThat(only(tag("بدأت الجلسة الساعة 7.30 صباحا."), "الساعة 7.30 صباحا").value()).isEqualTo("2021-04-07T07:30");
        assertThat(only(tag("صدر البيان 3:20 عصرا."), "3:20 عصرا").value()).isEqualTo("2021-04-07T15:20");
        assertThat(only(tag("تفتح الأبواب الساعة 8."), "الساعة 8").value()).isEqualTo("2021-04-07T08:00");
    }

    @Test
    void ordinalHoursAndFractions() {
        assertThat(only(tag("تبدأ الصلاة الثانية عشرة ظهرا."), "الثانية عشرة ظهرا").value()).isEqualTo("2021-04-07T12:00");
        assertThat(only(tag("يبدأ الحفل السادسة والنصف مساء."), "السادسة والنصف مساء").value()).isEqualTo("2021-04-07T18:30");
        assertThat(only(tag("وصل الوفد الساعة العاشرة صباحا."), "الساعة العاشرة صباحا").value()).isEqualTo("2021-04-07T10:00");
        assertThat(only(tag("تنتهي المهلة الساعة الحادية عشرة وتسع وخمسين دقيقة مساء."),
                "الساعة الحادية عشرة وتسع وخمسين دقيقة مساء").value()).isEqualTo("2021-04-07T23:59");
        assertThat(only(tag("يبدأ الاجتماع الساعة الرابعة وعشر دقائق عصرا."),
                "الساعة الرابعة وعشر دقائق عصرا").value()).isEqualTo("2021-04-07T16:10");
    }

    @Test
    void theDayComesFromTheSentence() {
        TaggedText t = tag("وصل الوزير أمس عند الساعة 2:45 بعد الظهر.");
        assertThat(only(t, "الساعة 2:45 بعد الظهر").value()).isEqualTo("2021-04-06T14:45");
        assertThat(only(tag("يبدأ الحظر الساعة الثامنة من مساء الخميس."), "الساعة الثامنة من مساء الخميس").value())
                .isEqualTo("2021-04-08T20:00");
        assertThat(only(tag("وقع الزلزال الساعة 1.59 صباح الثلاثاء."), "الساعة 1.59 صباح الثلاثاء").value())
                .isEqualTo("2021-04-06T01:59");
    }

    @Test
    void aScoreBeforeAnEveningIsNotAClock() {
        TaggedText t = tag("فاز الفريق 3 مقابل 1 مساء الأحد.");
        assertThat(only(t, "مساء الأحد").value()).isEqualTo("2021-04-04TEV");
        assertThat(t.timexes()).hasSize(1);
    }

    @Test
    void aDailyScheduleHasNoDay() {
        TaggedText t = tag("يتم تقديم عرضين للسيرك يوميا: الأول في تمام الساعة التاسعة مساء والثاني في تمام الساعة 11 مساء.");
        assertThat(only(t, "الساعة التاسعة مساء").value()).isEqualTo("XXXX-XX-XXT21:00");
        assertThat(only(t, "الساعة 11 مساء").value()).isEqualTo("XXXX-XX-XXT23:00");
        // a day named in the sentence still decides
        assertThat(only(tag("تعمل الفرق يوميا، وبدأت أمس الساعة التاسعة مساء."), "أمس الساعة التاسعة مساء").value())
                .isEqualTo("2021-04-06T21:00");
    }

    @Test
    void aWeekdayInAppositionAfterTheDayWordIsInside() {
        assertThat(only(tag("هبطت الطائرة في الساعة 8 مساء اليوم الأربعاء في المطار."), "الساعة 8 مساء اليوم الأربعاء")
                .value()).isEqualTo("2021-04-07T20:00");
    }

    @Test
    void wireCopyWritesTheMinutesFirstAroundRa() {
        assertThat(only(tag("وصعد خام برنت 79 سنتًا عند الساعة 55ر09 بتوقيت جرينتش."), "الساعة 55ر09").value())
                .isEqualTo("2021-04-07T09:55");
        assertThat(only(tag("وتراجع الذهب أمس بحلول الساعة 15ر05 بتوقيت جرينتش."), "الساعة 15ر05").value())
                .isEqualTo("2021-04-06T05:15");
        // a price written the same way is no clock
        assertThat(tag("وارتفع الخام إلى 58ر54 دولار للبرميل.").timexes()).isEmpty();
    }
}
