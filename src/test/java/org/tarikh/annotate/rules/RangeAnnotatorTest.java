package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;



/**
 * The bare first day of a range takes the month and year of the second endpoint in the second
 * endpoint's calendar (annotation guidelines: each endpoint gets its full value). Full pipeline,
 * since the second endpoint may be HeidelTime's, a rule's or only the grammar's. Self-written sentences.
 */
class RangeAnnotatorTest {

    /** 22 Shawwal 1436. */
    private static final LocalDate DCT = LocalDate.of(2015, 8, 7);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static TaggedText tag(String sentence) {
        return pipeline.tag(sentence, DCT);
    }

    @Test
    void aGregorianFirstDayTakesTheGregorianMonth() {
        TaggedText t = tag("ويستمر المعرض من 2 إلى 4 يونيو 2015 في جدة.");
        assertThat(only(t, "2").value()).isEqualTo("2015-06-02");
        assertThat(only(t, "2").rule()).isEqualTo("tarikh:range");
        assertThat(only(tag("ويستمر المعرض من 2 - 4 يونيو 2015 في جدة."), "2").value()).isEqualTo("2015-06-02");
    }

    @Test
    void twoDaysOfOneMonthGiveTheFirstItsMonth() {
        // «يومي 4 و5 أغسطس 2015»: the first day was missed, and what it dates fell on the second
        TaggedText t = tag("ويعقد اجتماع اللجنة الفنية يومي 4 و5 أغسطس 2015 في الدوحة.");
        assertThat(only(t, "4").value()).isEqualTo("2015-08-04");
        assertThat(only(t, "4").rule()).isEqualTo("tarikh:range");
        assertThat(only(tag("وتقام مباريات الذهاب في 18 و19 أغسطس الجاري."), "18").value()).isEqualTo("2015-08-18");
        // a count before a day is no first day
        assertThat(org.tarikh.annotate.RuleTesting.texts(pipeline, "وفاز الفريق في 3 و4 مباريات متتالية.", DCT)).isEmpty();
    }

    @Test
    void aFirstDayInOrdinalWordsTakesTheSecondEndpointsMonth() {
        TaggedText t = tag("ونظم النادي معرضا في الفترة من العاشر إلى العشرين من شهر شوال الجاري.");
        assertThat(only(t, "العاشر").value()).isEqualTo("2015-07-26"); // 10 Shawwal 1436
        assertThat(only(t, "العاشر").rule()).isEqualTo("tarikh:range");
        // an ordinal that is no day («من الثاني إلى الأول» in a table) gives nothing
        assertThat(tag("وتقدم الفريق من الثاني إلى الأول في الترتيب.").timexes()).isEmpty();
    }

    @Test
    void aHijriFirstDayIsADayOfTheHijriMonth() {
        // 10 and 15 Shawwal 1436 = 2015-07-26 and 2015-07-31: not July 10th
        assertThat(only(tag("تقام البطولة من 10 إلى 15 شوال 1436هـ في جدة."), "10").value()).isEqualTo("2015-07-26");
    }

    @Test
    void aNumericHijriDateThatOnlyTheGrammarReadsGivesItsFirstDayToo() {
        TaggedText t = tag("تقام الدورة في الفترة من 8 إلى 29/ 11/ 1433هـ في الرياض.");
        assertThat(only(t, "29/ 11/ 1433هـ").value()).isEqualTo("2012-10-15");
        assertThat(only(t, "8").value()).as("8 Dhu al-Qa'dah 1433").isEqualTo("2012-09-24");
        assertThat(only(tag("ويستمر المعرض من 2 - 4/ 6/ 1436هـ في جدة."), "2").value()).isEqualTo("2015-03-22");
    }

    @Test
    void aNumericDateWithDashesIsOneDateNotARange() {
        TaggedText t = tag("وصدر القرار في 2 - 4 - 2015 في جدة.");
        assertThat(t.timexes()).extracting(x -> x.text()).containsExactly("2 - 4 - 2015");
    }

    @Test
    void aFirstDayTheMonthDoesNotHaveGetsNoValue() {
        assertThat(RangeAnnotator.firstDay(LocalDate.of(2015, 2, 5), 30, false)).isNull();
        assertThat(RangeAnnotator.firstDay(LocalDate.of(2015, 7, 31), 10, true)).isEqualTo(LocalDate.of(2015, 7, 26));
    }
}
