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
        // «الاثنين 4-10-1436» overlaps «مساء الاثنين» (HeidelTime's, reaching before it): the date alone
        Timex d = only(pipeline.tag("وعند مساء الاثنين 4-10-1436 ورد بلاغ للشرطة.", AFTER_EID), "4-10-1436");
        assertThat(d.value()).isEqualTo(LocalDate.from(HijrahDate.of(1436, 10, 4)).toString());
        assertThat(d.rule()).isEqualTo("tarikh:grammar:numeric-date");
        // «عيد الفطر هذا العام» overlaps HeidelTime's «هذا العام 1436»: the Eid and the Hijri year each on their own
        TaggedText t = pipeline.tag("فمن الملاحظ في عيد الفطر هذا العام 1436 غياب الزيارات.", AFTER_EID);
        assertThat(only(t, "هذا العام 1436").value()).isEqualTo("2015");
        assertThat(only(t, "عيد الفطر").value()).isEqualTo(LocalDate.from(HijrahDate.of(1436, 10, 1)).toString());
    }
}
