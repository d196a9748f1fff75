package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * A part of the day before a day-precise date is one TIME with it ({@link PartOfDayDateAnnotator}).
 * Full pipeline, since the day phrase is a rule's or HeidelTime's and the date the grammar's.
 * Self-written sentences.
 */
class PartOfDayDateAnnotatorTest {

    /** A Friday; 8 Shawwal 1436. */
    private static final LocalDate DCT = LocalDate.of(2015, 7, 24);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static TaggedText tag(String sentence) {
        return pipeline.tag(sentence, DCT);
    }

    @Test
    void aDayPhraseWithAPartOfTheDayAndItsHijriDateAreOneTime() {
        Timex t = only(tag("وتقام الأمسية مساء يوم الاثنين المقبل 11 شوال الجاري في النادي الأدبي."),
                "مساء يوم الاثنين المقبل 11 شوال الجاري");
        assertThat(t.type()).isEqualTo("TIME");
        assertThat(t.value()).isEqualTo("2015-07-27TEV");
        assertThat(t.rule()).startsWith("tarikh:part-of-day-date+");
    }

    @Test
    void thePartOfTheDayDecidesTheCodeAndTheDateTheDay() {
        // «مساء الأحد» alone is last Sunday; before its date it is that date's evening
        assertThat(only(tag("ويبدأ المعرض مساء الأحد 10/10/1436هـ في جدة."), "مساء الأحد 10/10/1436هـ").value())
                .isEqualTo("2015-07-26TEV");
        assertThat(only(tag("ويصل الوفد صباح يوم الأحد 26 يوليو إلى المطار."), "صباح يوم الأحد 26 يوليو").value())
                .isEqualTo("2015-07-26TMO");
    }

    @Test
    void theNightBeforeAFeastIsItsEve() {
        // Eid al-Fitr 1436 fell on 2015-07-17; «ليلة العيد» is the night before it
        Timex eve = only(tag("وتوفي الرجل ليلة العيد في المستشفى."), "ليلة العيد");
        assertThat(eve.value()).isEqualTo("2015-07-16TNI");
        assertThat(eve.rule()).contains("(eve)");
        assertThat(only(tag("واحتفل الأطفال ليلة عيد الفطر في الحي."), "ليلة عيد الفطر").value()).isEqualTo("2015-07-16TNI");
        // another part of the day is on the feast's own day
        assertThat(only(tag("وزار الأمير المرضى صباح العيد في الرياض."), "صباح العيد").value()).isEqualTo("2015-07-17TMO");
    }

    @Test
    void aWeekdayThatIsNotTheDatesStaysApart() {
        // Sunday is not 28 July (a Tuesday): two expressions, as written
        TaggedText t = tag("وعقد الاجتماع مساء الأحد، 28 يوليو موعد الجلسة الثانية.");
        assertThat(t.timexes()).noneMatch(x -> x.text().startsWith("مساء الأحد") && x.text().contains("28"));
    }
}
