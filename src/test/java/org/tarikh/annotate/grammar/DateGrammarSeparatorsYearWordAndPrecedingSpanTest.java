package org.tarikh.annotate.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * Issue #9, round twelve (the fourteenth draw's kept errors): a numeric date writes both separators
 * the same, a Gregorian year keeps its year word after a word ending in «في» or «و», and a plural
 * unit with «السابقة» is a span of unstated length. Full pipeline, since HeidelTime's own readings
 * must give way. Self-written sentences.
 */
class DateGrammarSeparatorsYearWordAndPrecedingSpanTest {

    /** A Thursday. */
    private static final LocalDate DCT = LocalDate.of(2015, 7, 30);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static List<String> texts(String sentence) {
        return org.tarikh.annotate.RuleTesting.texts(pipeline, sentence, DCT);
    }

    @Test
    void theGamesOfATennisMatchAreNoDate() {
        assertThat(texts("وفازت اللاعبة على منافستها بنتيجة (6/4 - 3/6 - 7/5) في الدور الثاني.")).isEmpty();
        // the same separators twice still make a date, in either calendar
        assertThat(only(pipeline.tag("وصدر القرار في 5 / 9 / 2014م بعد نقاش طويل.", DCT), "5 / 9 / 2014م").value())
                .isEqualTo("2014-09-05");
        assertThat(only(pipeline.tag("وصدر القرار في 3-8-2014 بعد نقاش طويل.", DCT), "3-8-2014").value()).isEqualTo("2014-08-03");
        assertThat(only(pipeline.tag("وعقد الاجتماع في 1436/10/30 في جدة.", DCT), "1436/10/30").rule())
                .isEqualTo("tarikh:grammar:numeric-date-year-first");
    }

    @Test
    void aYearKeepsItsYearWordAfterAWordEndingInFiOrWaw() {
        Timex afterFi = only(pipeline.tag("وقد غادر الكاتب الصحفي عام 2009 إلى لندن.", DCT), "عام 2009");
        assertThat(afterFi.value()).isEqualTo("2009");
        assertThat(afterFi.rule()).isEqualTo("tarikh:grammar:year-word-gregorian");
        assertThat(only(pipeline.tag("وتوقف النمو عام 2012 بعد الأزمة.", DCT), "عام 2012").value()).isEqualTo("2012");
        // elsewhere HeidelTime's own reading stands, with its rule name
        assertThat(only(pipeline.tag("وتوقف الإنتاج عام 2012 بعد الأزمة.", DCT), "عام 2012").rule()).startsWith("heideltime:");
        assertThat(only(pipeline.tag("توقف الإنتاج في عام 2012 بعد الأزمة.", DCT), "عام 2012").rule()).startsWith("heideltime:");
        // «وفي» is a word ending in «في»: HeidelTime kept only «2012» there too
        assertThat(only(pipeline.tag("وفي عام 2012 توقف الإنتاج بعد الأزمة.", DCT), "عام 2012").rule())
                .isEqualTo("tarikh:grammar:year-word-gregorian");
        // a Hijri year stays Hijri (year-word-hijri): the Gregorian year that holds 1 Rajab 1400
        assertThat(only(pipeline.tag("وتأسس النادي الثقافي عام 1400 في الرياض.", DCT), "عام 1400").value()).isEqualTo("1980");
    }

    @Test
    void aPluralUnitWithTheWordPreviousIsASpanOfUnstatedLength() {
        assertThat(only(pipeline.tag("وجاءت النتائج مختلفة عن الأعوام السابقة في كل المدارس.", DCT), "الأعوام السابقة").value())
                .isEqualTo("PXY");
        assertThat(only(pipeline.tag("وتراجعت المبيعات خلال الأشهر السابقة بسبب الحر.", DCT), "الأشهر السابقة").value())
                .isEqualTo("PXM");
        // a singular unit with it is the one before: not a span
        assertThat(texts("وتختلف عن الدورة السابقة في عدد الفرق.")).isEmpty();
    }
}
