package org.tarikh.annotate.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * {@link DateGrammarAnnotator} among the other annotators of the full pipeline, HeidelTime included:
 * an expression of the grammar yields to one found before it that reaches beyond its extent (unless
 * the false-positive filter will remove that one), and the shorter expressions inside a yielding one
 * are still written.
 */
class DateGrammarAnnotatorTest {

    private static final LocalDate DCT = LocalDate.of(2015, 7, 24);
    /** A day of Shawwal 1436, four days after Eid al-Fitr. */
    private static final LocalDate AFTER_EID = LocalDate.of(2015, 7, 21);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void anExpressionTheFalsePositiveFilterWillRemoveDoesNotBlockALongerOne() {
        // HeidelTime reads «العام 32» (a year word, then a percentage) and «لعام 297» (then a count);
        // the filter removes both, so the grammar's part of the year is not held back by them
        Timex q = only(pipeline.tag("ورغم ارتفاع أرباح الربع الثاني من العام 32 في المائة تراجع السهم.", DCT),
                "الربع الثاني من العام");
        assertThat(q.value()).isEqualTo("2015-Q2");
        assertThat(q.rule()).isEqualTo("tarikh:grammar:part-of-this-year");
        Timex h = only(pipeline.tag("فيما ولد خلال النصف الأول للعام 297 مولوداً في المستشفى.", DCT),
                "النصف الأول للعام");
        assertThat(h.value()).isEqualTo("2015-H1");
        assertThat(h.rule()).isEqualTo("tarikh:grammar:part-of-this-year-glued");
        // the same with a no-break space before the count, as news sites write it
        assertThat(only(pipeline.tag("فيما ولد خلال النصف الأول للعام \u00a0297 مولوداً في المستشفى.", DCT),
                "النصف الأول للعام").value()).isEqualTo("2015-H1");
    }

    @Test
    void aDateInsideAYieldingExpressionIsStillWritten() {
        // «الاثنين 4-10-1436» overlaps «مساء الاثنين» (HeidelTime's, reaching before it): the grammar writes the date
        // alone, and since round twelve the part of the day before it joins it (PartOfDayDateAnnotator): one TIME on
        // the grammar's day, 4 Shawwal 1436, a Monday
        Timex d = only(pipeline.tag("وعند مساء الاثنين 4-10-1436 ورد بلاغ للشرطة.", AFTER_EID), "مساء الاثنين 4-10-1436");
        assertThat(d.value()).isEqualTo(LocalDate.from(HijrahDate.of(1436, 10, 4)) + "TEV");
        assertThat(d.rule()).isEqualTo("tarikh:part-of-day-date+numeric-date");
        // «عيد الفطر هذا العام» overlaps HeidelTime's «هذا العام 1436»: the Eid and the Hijri year each on their own
        TaggedText t = pipeline.tag("فمن الملاحظ في عيد الفطر هذا العام 1436 غياب الزيارات.", AFTER_EID);
        assertThat(only(t, "هذا العام 1436").value()).isEqualTo("2015");
        assertThat(only(t, "عيد الفطر").value()).isEqualTo(LocalDate.from(HijrahDate.of(1436, 10, 1)).toString());
    }

    @Test
    void aClockTimeAfterAnEralessHijriDateTakesItsGregorianDay() {
        // HeidelTime reads «4-10-1436» as the Gregorian year 1436; the clock takes the day it names, 4 Shawwal 1436
        TaggedText t = pipeline.tag("وفي يوم 4-10-1436 تلقت الشرطة بلاغا في الساعة 7:06 مساء عن الحادث.", AFTER_EID);
        assertThat(only(t, "الساعة 7:06 مساء").value())
                .isEqualTo(LocalDate.from(HijrahDate.of(1436, 10, 4)) + "T19:06");
    }

    @Test
    void afterAPerfectVerbBadCountsFromTheEventItTells() {
        // «ماتت بعد أسبوعين»: two weeks after the event, a duration; announced, it is a date from publication
        TaggedText past = pipeline.tag("ونقلت الطفلة إلى المستشفى وماتت بعد أسبوعين في العناية المركزة.", DCT);
        Timex d = only(past, "أسبوعين");
        assertThat(d.type()).isEqualTo("DURATION");
        assertThat(d.value()).isEqualTo("P2W");
        TaggedText returned = pipeline.tag("أصيبت اللاعبة في الركبة ثم عادت بعد ثلاثة أشهر إلى الملاعب.", DCT);
        assertThat(only(returned, "ثلاثة أشهر").value()).isEqualTo("P3M");
        assertThat(only(returned, "ثلاثة أشهر").rule()).isEqualTo("tarikh:grammar:event-offset-past");
        // a verb of saying reports what comes: the offset counts from publication (the verb within the window)
        assertThat(only(pipeline.tag("أعلنت الوزارة فتح التسجيل بعد أسبوعين.", DCT), "بعد أسبوعين").type())
                .isEqualTo("DATE");
        assertThat(only(pipeline.tag("ستفتح الوزارة باب التسجيل بعد أسبوعين.", DCT), "بعد أسبوعين").type())
                .isEqualTo("DATE");
    }

    @Test
    void aShortPerfectAfterAVerbParticleCountsFromTheEventItTells() {
        // «رفع» (three letters, masculine) is a verb after «عندما»: six days after the ban was lifted
        Timex d = only(pipeline.tag("وعندما رفع الحظر بعد ستة أيام عادت الحركة إلى الشوارع.", DCT), "ستة أيام");
        assertThat(d.type()).isEqualTo("DURATION");
        assertThat(d.value()).isEqualTo("P6D");
        assertThat(d.rule()).isEqualTo("tarikh:grammar:event-offset-past");
        // the same word as a noun ("lifting"), with no particle before it, is the content of a plan: a date
        assertThat(only(pipeline.tag("وقالت الوزارة إن رفع الحظر بعد ستة أيام ممكن.", DCT), "بعد ستة أيام").type())
                .isEqualTo("DATE");
    }

    @Test
    void anApproximateOffsetAfterAPerfectVerbIsADurationFromTheEvent() {
        // «بعد نحو شهرين» after «توفي»: about two months after the event; announced, it stays a date
        Timex d = only(pipeline.tag("وأصيب الرجل في الحادث وتوفي بعد نحو شهرين في المستشفى.", DCT), "نحو شهرين");
        assertThat(d.type()).isEqualTo("DURATION");
        assertThat(d.value()).isEqualTo("P2M");
        assertThat(d.mod()).isEqualTo("APPROX");
        assertThat(d.rule()).isEqualTo("tarikh:grammar:event-offset-past");
        assertThat(only(pipeline.tag("ستعود البعثة إلى البلاد بعد نحو شهرين.", DCT), "بعد نحو شهرين").type())
                .isEqualTo("DATE");
    }

    @Test
    void aFemininePluralIsNoPerfectVerbBeforeAnOffset() {
        // «محادثات، مفاوضات» end in ـت like «ماتت», but they are nouns: the offset counts from publication
        Timex talks = only(pipeline.tag("ومن المنتظر عقد جولة محادثات بعد أسبوعين في العاصمة.", DCT), "بعد أسبوعين");
        assertThat(talks.type()).isEqualTo("DATE");
        assertThat(talks.value()).isEqualTo("2015-W32"); // the week of 7 August, two weeks after 24 July
        assertThat(only(pipeline.tag("وتستأنف الأطراف جولة مفاوضات بعد ثلاثة أيام.", DCT), "بعد ثلاثة أيام").type())
                .isEqualTo("DATE");
    }
}
