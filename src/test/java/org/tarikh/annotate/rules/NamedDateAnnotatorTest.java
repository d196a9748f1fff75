package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * A day and month after the head noun of a historical event is that event's day
 * ({@link NamedDateAnnotator}, {@code named-dates.txt}); anywhere else the month rules place it.
 * Self-written sentences.
 */
class NamedDateAnnotatorTest {

    private static final LocalDate DCT = LocalDate.of(2015, 8, 4);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void theDayOfAHistoricalEventAfterItsHeadNoun() {
        Timex attacks = only(pipeline.tag("وغيرت واشنطن سياستها بعد أحداث 11 سبتمبر في المنطقة.", DCT), "11 سبتمبر");
        assertThat(attacks.value()).isEqualTo("2001-09-11");
        assertThat(attacks.rule()).isEqualTo(NamedDateAnnotator.RULE);
        assertThat(only(pipeline.tag("وشارك الشاب في ثورة 25 يناير ثم سافر.", DCT), "25 يناير").value())
                .isEqualTo("2011-01-25");
        // a proclitic before the head noun, a second name of the month
        assertThat(pipeline.tag("وطالب بالتحقيق في علاقتهم بهجمات 11 سبتمبر أيلول في نيويورك.", DCT).timexes())
                .extracting(Timex::value).containsExactly("2001-09-11");
        assertThat(only(pipeline.tag("واحتفلت القوات بذكرى حرب 6 أكتوبر في القاهرة.", DCT), "6 أكتوبر").value())
                .isEqualTo("1973-10-06");
    }

    @Test
    void anyOtherDayAndMonthKeepsItsReading() {
        // no head noun: the month rules' occurrence (in 2015, for a publication in August 2015)
        Timex after = only(pipeline.tag("وستعقد القمة في 11 سبتمبر في الرياض.", DCT), "11 سبتمبر");
        assertThat(after.value()).isEqualTo("2015-09-11");
        assertThat(after.rule()).isNotEqualTo(NamedDateAnnotator.RULE);
        // a relative word, another day of the month, a year of its own
        assertThat(pipeline.tag("وتبدأ أحداث 11 سبتمبر المقبل بمهرجان.", DCT).timexes()).extracting(Timex::value)
                .containsExactly("2015-09-11");
        assertThat(only(pipeline.tag("وتعرضت المدينة لهجمات 12 سبتمبر.", DCT), "12 سبتمبر").value()).startsWith("2015-");
        assertThat(pipeline.tag("وقعت هجمات 11 سبتمبر 2001 في نيويورك.", DCT).timexes()).extracting(Timex::value)
                .containsExactly("2001-09-11");
    }

    @Test
    void aDayAndMonthInsideAProperNameIsNoTime() {
        assertThat(pipeline.tag("واستعادت القوات قصر 22 مايو الرئاسي في عدن.", DCT).timexes()).isEmpty();
        assertThat(pipeline.tag("أما قوى 14 آذار فرفضت البيان.", DCT).timexes()).isEmpty();
        assertThat(pipeline.tag("ووقع الحادث في مدينة 6 أكتوبر غرب القاهرة.", DCT).timexes()).isEmpty();
        // the same day and month after any other word is a day
        assertThat(pipeline.tag("ووصلت القوات في 22 مايو إلى عدن.", DCT).timexes()).extracting(Timex::value)
                .containsExactly("2015-05-22");
    }

    @Test
    void theHeadNounWithItsProclitics() {
        assertThat(NamedDateAnnotator.named("وبهجمات", 11, 9)).isNotNull();
        assertThat(NamedDateAnnotator.named("لثوره", 25, 1).value()).isEqualTo("2011-01-25");
        assertThat(NamedDateAnnotator.named("قمه", 11, 9)).isNull();
        assertThat(NamedDateAnnotator.named("ثوره", 26, 1)).isNull();
    }
}
