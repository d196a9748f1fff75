package org.tarikh.annotate.norm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

/**
 * Issue #9, round nine (accC): «آوت» in a borrowed name («نوك آوت») names no time: the Maghrebi
 * August is ambiguous (months.txt) and a month only in a date context. Full pipeline. Self-written
 * sentences.
 */
class AmbiguousMonthInNamesTest {

    private static final LocalDate DCT = LocalDate.of(2015, 7, 31);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static List<String> texts(String sentence) {
        return org.tarikh.annotate.RuleTesting.texts(pipeline, sentence, DCT);
    }

    @Test
    void outInABorrowedNameIsNoMonth() {
        assertThat(texts("وتشمل الفعاليات مسابقة نوك آوت التي تقام لأول مرة في المدينة.")).doesNotContain("آوت");
        assertThat(texts("وطلب المدرب وقتا مستقطعا (تايم آوت) قبل نهاية المباراة.")).doesNotContain("آوت");
        // in a date context it is still August
        assertThat(texts("وتستمر العروض إلى نهاية أوت الماضي.")).anyMatch(t -> t.contains("أوت"));
        assertThat(only(pipeline.tag("وولد في 12 أوت 2014 بالجزائر.", DCT), "12 أوت 2014").value()).isEqualTo("2014-08-12");
    }
}
