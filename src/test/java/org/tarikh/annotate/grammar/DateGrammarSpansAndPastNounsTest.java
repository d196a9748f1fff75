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
 * Issue #9, round eleven (acc11): classes of the development errors. Full pipeline, since HeidelTime's own
 * readings must give way. Self-written sentences.
 */
class DateGrammarSpansAndPastNounsTest {

    /** A Wednesday; Hijri 1445-11-07. */
    private static final LocalDate DCT = LocalDate.of(2024, 5, 15);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void aNamedMonthOfEveryYearIsOneSet() {
        TaggedText t = pipeline.tag("يغلق الموسم بنهاية شهر مارس من كل عام.", DCT);
        Timex set = only(t, "نهاية شهر مارس من كل عام");
        assertThat(set.type()).isEqualTo("SET");
        assertThat(set.value()).isEqualTo("XXXX-03");
        assertThat(set.mod()).isEqualTo("END");
        assertThat(set.rule()).isEqualTo("tarikh:grammar:month-each-year");
        assertThat(t.timexes()).hasSize(1); // no separate «كل عام»
        Timex bare = only(pipeline.tag("يقام المهرجان في أغسطس من كل سنة.", DCT), "أغسطس من كل سنة");
        assertThat(bare.value()).isEqualTo("XXXX-08");
        assertThat(bare.mod()).isNull();
    }

    @Test
    void aCountWrittenApartFromItsArticleIsInsideTheSpan() {
        Timex t = only(pipeline.tag("تضاعف عدد الزوار خلال السنوات الـ 4 الماضية.", DCT), "السنوات الـ 4 الماضية");
        assertThat(t.type()).isEqualTo("DURATION");
        assertThat(t.value()).isEqualTo("P4Y");
    }

    @Test
    void aDualQualifierIsInsideTheDuration() {
        Timex t = only(pipeline.tag("تراجعت المبيعات في الأسبوعين الأخيرين من الموسم.", DCT), "الأسبوعين الأخيرين");
        assertThat(t.value()).isEqualTo("P2W");
        assertThat(t.rule()).isEqualTo("tarikh:grammar:duration-last");
    }

    @Test
    void aPluralUnitWithAFewIsASpanOfUnstatedLength() {
        Timex days = only(pipeline.tag("وستنتهي الأعمال خلال أيام قلائل.", DCT), "أيام قلائل");
        assertThat(days.value()).isEqualTo("PXD");
        assertThat(days.rule()).isEqualTo("tarikh:grammar:vague-span-few");
        assertThat(only(pipeline.tag("انتظر المسافرون ساعات معدودة في المطار.", DCT), "ساعات معدودة").value()).isEqualTo("PTXH");
    }

    @Test
    void thePastPairedWithTheFutureOrPresentAreNouns() {
        TaggedText heading = pipeline.tag("3 - الماضي أو المستقبل: أيهما يشغلك أكثر؟", DCT);
        Timex past = only(heading, "الماضي");
        assertThat(past.value()).isEqualTo("PAST_REF");
        assertThat(past.rule()).isEqualTo("tarikh:grammar:past-noun-paired-or");
        Timex future = only(heading, "المستقبل");
        assertThat(future.value()).isEqualTo("FUTURE_REF");
        assertThat(future.rule()).isEqualTo("tarikh:grammar:time-noun-paired-or");
        Timex present = only(pipeline.tag("تمزج الرواية بين الماضي والحاضر ببراعة.", DCT), "الحاضر");
        assertThat(present.value()).isEqualTo("PRESENT_REF");
        assertThat(present.rule()).isEqualTo("tarikh:grammar:time-noun-paired");
        // the adjective «الحاضر» alone, and «الماضي» after a definite noun, build nothing here
        assertThat(pipeline.tag("صفق الجمهور الحاضر طويلا.", DCT).timexes()).isEmpty();
    }

    @Test
    void theFutureIsANounUnderThePastNounsConditions() {
        Timex t = only(pipeline.tag("يتطلع الشباب إلى المستقبل بثقة.", DCT), "المستقبل");
        assertThat(t.value()).isEqualTo("FUTURE_REF");
        assertThat(t.rule()).isEqualTo("tarikh:grammar:past-noun");
        assertThat(only(pipeline.tag("نستعد للمستقبل بخطط واضحة.", DCT), "لمستقبل").value()).isEqualTo("FUTURE_REF");
        // after a noun it is a name or a construct: «تيار المستقبل», «قادة المستقبل»
        assertThat(pipeline.tag("وأعلن تيار المستقبل موقفه.", DCT).timexes()).isEmpty();
        assertThat(pipeline.tag("انطلق برنامج قادة المستقبل في الجامعة.", DCT).timexes()).isEmpty();
    }
}
