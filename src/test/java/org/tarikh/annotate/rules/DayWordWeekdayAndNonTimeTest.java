package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * Issue #9, round ten (acc10b): classes of the tenth draw that the rule annotators read — a day word with a
 * weekday that contradicts it (DayPhraseAnnotator), «اليوم» after a verb of having (nowadays), «لكل يوم»
 * (SetAnnotator through the view), «أي وقت مضى» and «عقداً» 'a contract' (FalsePositiveFilter). Full pipeline.
 * Self-written sentences.
 */
class DayWordWeekdayAndNonTimeTest {

    /** A Friday. */
    private static final LocalDate DCT = LocalDate.of(2015, 8, 7);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static List<String> texts(String sentence) {
        return org.tarikh.annotate.RuleTesting.texts(pipeline, sentence, DCT);
    }

    @Test
    void theNamedWeekdayDecidesOverTheDayWord() {
        Timex wednesday = only(pipeline.tag("وكانت اللجنة قد أنهت اجتماعها أمس الأربعاء دون قرار.", DCT), "أمس الأربعاء");
        assertThat(wednesday.value()).isEqualTo("2015-08-05");
        assertThat(wednesday.rule()).isEqualTo("tarikh:day-phrase-named-weekday");
        // a publication date a day early: «مساء أمس الجمعة» in a Friday issue is that Friday
        assertThat(only(pipeline.tag("وأعلن الفريق مساء أمس الجمعة تعاقده مع المدرب.", DCT), "مساء أمس الجمعة").value())
                .isEqualTo("2015-08-07TEV");
        assertThat(only(pipeline.tag("ويلتقي الوزيران غدا الأحد في جدة.", DCT), "غدا الأحد").value()).isEqualTo("2015-08-09");
        // an agreeing weekday changes nothing
        Timex thursday = only(pipeline.tag("وقال المتحدث أمس الخميس إن العمل مستمر.", DCT), "أمس الخميس");
        assertThat(thursday.value()).isEqualTo("2015-08-06");
        assertThat(thursday.rule()).isEqualTo("tarikh:day-phrase");
    }

    @Test
    void nearestWeekdayIsAtMostThreeDaysAway() {
        LocalDate thursday = LocalDate.of(2015, 8, 6);
        assertThat(DayPhraseAnnotator.nearestWeekday(thursday, 3)).isEqualTo(LocalDate.of(2015, 8, 5));
        assertThat(DayPhraseAnnotator.nearestWeekday(thursday, 5)).isEqualTo(LocalDate.of(2015, 8, 7));
        assertThat(DayPhraseAnnotator.nearestWeekday(thursday, 7)).isEqualTo(LocalDate.of(2015, 8, 9));
        assertThat(DayPhraseAnnotator.nearestWeekday(thursday, 1)).isEqualTo(LocalDate.of(2015, 8, 3));
    }

    @Test
    void todayAfterAVerbOfHavingIsNowadays() {
        Timex now = only(pipeline.tag("وتملك المحافظة اليوم من المرافق ما يجعلها وجهة للسياح.", DCT), "اليوم");
        assertThat(now.value()).isEqualTo("PRESENT_REF");
        assertThat(now.rule()).isEqualTo("tarikh:day-phrase-nowadays");
        assertThat(only(pipeline.tag("ويعيش اليوم في الحي أكثر من ألفي أسرة.", DCT), "اليوم").value()).isEqualTo("PRESENT_REF");
        // a happening of the day stays the day
        assertThat(only(pipeline.tag("ويصل الوزير اليوم إلى أبها.", DCT), "اليوم").value()).isEqualTo("2015-08-07");
    }

    @Test
    void everyDayAfterAGluedPrepositionIsASet() {
        Timex perDay = only(pipeline.tag("وتفرض البلدية غرامة قدرها 200 ريال لكل يوم تأخير.", DCT), "كل يوم");
        assertThat(perDay.value()).isEqualTo("P1D");
        assertThat(perDay.type()).isEqualTo("SET");
        assertThat(only(pipeline.tag("ويحصل المتدرب على مكافأة لكل شهر.", DCT), "كل شهر").value()).isEqualTo("P1M");
        assertThat(texts("ولكل منهم رأيه في المسألة.")).isEmpty();
    }

    @Test
    void thanEverNamesNoTime() {
        assertThat(texts("وأصبح الطلب على المياه أكبر من أي وقت مضى.")).isEmpty();
        assertThat(only(pipeline.tag("وكان السوق في وقت مضى مركزا للتجارة.", DCT), "وقت مضى").value()).isEqualTo("PAST_REF");
    }

    @Test
    void aSignedContractIsNoDecade() {
        assertThat(texts("ووقّعت البلدية عقداً مع مؤسسة وطنية لصيانة الحدائق.")).isEmpty();
        assertThat(texts("وأبرم النادي أمس عقدين مع لاعبين محليين.")).containsExactly("أمس");
        assertThat(texts("وحصلت الشركة على عقد لتنفيذ الطريق.")).isEmpty();
        // a decade after a duration cue stays one, whatever verb is near
        assertThat(only(pipeline.tag("ووقعت الحرب منذ عقد ولم تنته.", DCT), "عقد").value()).isEqualTo("P1DE");
        assertThat(only(pipeline.tag("وأمضى اللاعب عقدا في النادي قبل اعتزاله.", DCT), "عقدا").value()).isEqualTo("P1DE");
    }
}
