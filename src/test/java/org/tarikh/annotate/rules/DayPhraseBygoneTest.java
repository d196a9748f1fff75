package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * Issue #9, round eleven (acc11b): «أعداء الأمس», «حلفاء اليوم» (bygone-nouns.txt) are the past and the present,
 * and «اليوم» contrasted with «وبالأمس» is "nowadays". Full pipeline; self-written sentences.
 */
class DayPhraseBygoneTest {

    private static final LocalDate DCT = LocalDate.of(2015, 8, 7);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void yesterdaysEnemiesAreThePast() {
        Timex past = only(pipeline.tag("ولم يستبعد الزعيم التفاهم مع خصوم الأمس من أجل الانتخابات.", DCT), "الأمس");
        assertThat(past.value()).isEqualTo("PAST_REF");
        assertThat(past.rule()).isEqualTo("tarikh:day-phrase-bygone");
        assertThat(only(pipeline.tag("وأصبح أصدقاء الأمس أعداء، وحلفاء اليوم لا يثقون ببعضهم.", DCT), "اليوم").value())
                .isEqualTo("PRESENT_REF");
        // another noun keeps the day
        assertThat(only(pipeline.tag("وشهدت مباراة الأمس حضورا كبيرا.", DCT), "الأمس").value()).isEqualTo("2015-08-06");
    }

    @Test
    void todayAgainstAGluedYesterdayIsNowadays() {
        Timex now = only(pipeline.tag("وبالأمس كانوا يجتمعون في الساحات، واليوم نراهم في كل مكان.", DCT), "اليوم");
        assertThat(now.value()).isEqualTo("PRESENT_REF");
        assertThat(now.rule()).isEqualTo("tarikh:day-phrase-nowadays");
    }

    @Test
    void todayOpeningAClauseBeforeAVerbOfBecomingIsNowadays() {
        // nowadays-becoming.txt (round thirteen): how things have come to be
        Timex now = only(pipeline.tag("كانت المعاملات تستغرق شهورا، واليوم أصبحت تنجز في أيام.", DCT), "اليوم");
        assertThat(now.value()).isEqualTo("PRESENT_REF");
        assertThat(now.rule()).isEqualTo("tarikh:day-phrase-nowadays");
        // a happening of the day keeps the day
        assertThat(only(pipeline.tag("واليوم يبدأ الاجتماع في مقر الوزارة.", DCT), "اليوم").value()).isEqualTo("2015-08-07");
    }

    @Test
    void todayBesideTurningThePageOfThePastIsNowadays() {
        // «طي صفحة الماضي» sets the present against the past (nowadays-contrasts.txt, round thirteen)
        assertThat(only(pipeline.tag("وقال إن المنطقة تحتاج اليوم إلى طي صفحة الماضي والبناء من جديد.", DCT), "اليوم").value())
                .isEqualTo("PRESENT_REF");
    }
}
