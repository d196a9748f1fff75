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
 * An expression of the grammar yields to one found before it that reaches beyond its extent; the
 * shorter expressions inside it are then still written. The expressions found before the grammar
 * come from HeidelTime and the other annotators, so the whole pipeline.
 */
class DateGrammarAnnotatorTest {

    private static final LocalDate DCT = LocalDate.of(2015, 7, 21);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void aDateInsideAYieldingExpressionIsStillWritten() {
        // «الاثنين 4-10-1436» overlaps «مساء الاثنين» (HeidelTime's, reaching before it): the date alone
        Timex d = only(pipeline.tag("وعند مساء الاثنين 4-10-1436 ورد بلاغ للشرطة.", DCT), "4-10-1436");
        assertThat(d.value()).isEqualTo(LocalDate.from(HijrahDate.of(1436, 10, 4)).toString());
        assertThat(d.rule()).isEqualTo("tarikh:grammar:numeric-date");
        // «عيد الفطر هذا العام» overlaps HeidelTime's «هذا العام 1436»: the Eid and the Hijri year each on their own
        TaggedText t = pipeline.tag("فمن الملاحظ في عيد الفطر هذا العام 1436 غياب الزيارات.", DCT);
        assertThat(only(t, "هذا العام 1436").value()).isEqualTo("2015");
        assertThat(only(t, "عيد الفطر").value()).isEqualTo(LocalDate.from(HijrahDate.of(1436, 10, 1)).toString());
    }
}
