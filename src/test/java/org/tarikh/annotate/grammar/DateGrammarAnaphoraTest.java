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
 * «ذلك العام», «العام نفسه», «ذلك الشهر»: the grammar's anaphora rules read the last dated
 * expression before them, which HeidelTime and the annotators before the grammar found; so the
 * whole pipeline.
 */
class DateGrammarAnaphoraTest {

    private static final LocalDate DCT = LocalDate.of(2015, 8, 3);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void thatYearIsTheYearTheTextLastNamed() {
        TaggedText t = pipeline.tag("تقاتل الحركة منذ عام 2011 وانفصل الجنوب في ذلك العام عن السودان.", DCT);
        Timex that = only(t, "ذلك العام");
        assertThat(that.value()).isEqualTo("2011");
        assertThat(that.rule()).isEqualTo("tarikh:grammar:that-year-before");
        assertThat(only(pipeline.tag("وقعت الحادثة في مارس 2009، وفي الشهر نفسه استقال الوزير.", DCT), "الشهر نفسه")
                .value()).isEqualTo("2009-03");
    }

    @Test
    void withNothingNamedBeforeItThereIsNoValue() {
        assertThat(pipeline.tag("وفي ذلك العام انفصل الجنوب عن السودان.", DCT).timexes())
                .noneMatch(x -> x.text().contains("ذلك العام"));
    }
}
