package org.tarikh.annotate.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * «نصف قرن», «ربع قرن»: a fraction of a century is a count of years (grammar/words.txt, FRACTION), not
 * HeidelTime's calendar quarter «قبل ربع» and a one-century «قرن»; and a quarter or half of an hour or of
 * a century is no part of the publication year. Self-written sentences, whole pipeline.
 */
class FractionOfAUnitTest {

    private static final LocalDate DCT = LocalDate.of(2015, 8, 1);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void aFractionOfACenturyIsYears() {
        Timex ago = only(pipeline.tag("وتأسست الشركة قبل ربع قرن في جدة.", DCT), "قبل ربع قرن");
        assertThat(ago.value()).isEqualTo("1990");
        assertThat(only(pipeline.tag("ويعمل في المهنة منذ نصف قرن.", DCT), "نصف قرن").value()).isEqualTo("P50Y");
        Timex more = only(pipeline.tag("وظل في منصبه أكثر من نصف قرن.", DCT), "أكثر من نصف قرن");
        assertThat(more.value()).isEqualTo("P50Y");
        assertThat(more.mod()).isEqualTo("MORE_THAN");
    }

    @Test
    void aQuarterOfAnHourOrAHalfOfACenturyIsNoPartOfTheYear() {
        assertThat(pipeline.tag("ووصل الإسعاف بعد ربع ساعة من البلاغ.", DCT).timexes())
                .noneMatch(t -> t.value().matches("\\d{4}-Q\\d"));
        assertThat(pipeline.tag("وازدهرت المدينة في النصف الثاني من القرن الخامس الهجري.", DCT).timexes())
                .noneMatch(t -> t.value().matches("\\d{4}-H\\d"));
        // the year's quarters stay
        assertThat(only(pipeline.tag("وارتفعت الأرباح في الربع الأول من العام الجاري.", DCT), "الربع الأول من العام الجاري")
                .value()).isEqualTo("2015-Q1");
    }
}
