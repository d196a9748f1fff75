package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;
import static org.tarikh.annotate.RuleTesting.texts;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

/**
 * Round thirteen (acc14): a part of the day after a word of a stretch of time («خلال», «أثناء», «فترة», «وقت»,
 * «أوقات», «عتمة»; standalone-parts-of-day.txt, lines "lead:") is a TIME; after «أوقات» and «عتمة» a generic one.
 * Self-written sentences.
 */
class DayPhrasePartAfterLeadTest {

    private static final LocalDate DCT = LocalDate.of(2015, 8, 3);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void duringTheNightIsTheDaysNight() {
        assertThat(only(pipeline.tag("وقصفت المدفعية مواقع المسلحين خلال الليل في الريف الشمالي.", DCT), "الليل").value())
                .isEqualTo("2015-08-03TNI");
        assertThat(only(pipeline.tag("وتتواصل التمارين في فترة المساء على الملعب الرئيسي.", DCT), "المساء").value())
                .isEqualTo("2015-08-03TEV");
        assertThat(only(pipeline.tag("ويجتمع الشباب على الشاطئ بوقت العصرية قبل المغرب.", DCT), "العصرية").value())
                .isEqualTo("2015-08-03TAF");
        assertThat(only(pipeline.tag("وأجرى اللاعبون تمارين خفيفة في فترة الظهيرة داخل الصالة.", DCT), "الظهيرة").value())
                .isEqualTo("2015-08-03TMI");
    }

    @Test
    void timesOfTheNightAreAHabit() {
        assertThat(only(pipeline.tag("ويخشى السائقون الطريق الجبلي في أوقات الليل لغياب الإنارة.", DCT), "الليل").value())
                .isEqualTo("XXXX-XX-XXTNI");
        assertThat(only(pipeline.tag("وتتسلل القطعان إلى الطريق تحت عتمة الليل دون أن يراها أحد.", DCT), "الليل").value())
                .isEqualTo("XXXX-XX-XXTNI");
    }

    @Test
    void anEraOrAModernThingIsNoTime() {
        assertThat(texts(pipeline, "ازدهرت التجارة خلال العصر العباسي في بغداد.", DCT)).isEmpty();
        assertThat(texts(pipeline, "وتبنت المدينة العمارة العصرية في أحيائها الجديدة.", DCT)).isEmpty();
        assertThat(texts(pipeline, "وجلس الرجال تحت شمس الظهيرة ينتظرون.", DCT)).isEmpty();
    }
}
