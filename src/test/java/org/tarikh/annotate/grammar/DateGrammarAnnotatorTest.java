package org.tarikh.annotate.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/** {@link DateGrammarAnnotator} among the other annotators of the full pipeline, HeidelTime included. */
class DateGrammarAnnotatorTest {

    private static final LocalDate DCT = LocalDate.of(2015, 7, 24);
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
}
