package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

/**
 * {@link ClockTimeAnnotator} in the full pipeline: a clock time that takes its day from a numeric
 * date earlier in its sentence takes the day the date grammar reads there ({@link
 * ClockTimeAnnotator.GrammarDay}), not a calendar the clock rule would guess from the year.
 */
class ClockTimeGrammarDayTest {

    private static final LocalDate DCT = LocalDate.of(2015, 12, 28);

    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void aClockAfterAnEralessHijriDateTakesTheGrammarsGregorianDay() {
        TaggedText t = pipeline.tag("وفي 12/3/1437 وصل الوفد إلى المطار الساعة 8:30 صباحا وسط إجراءات أمنية.", DCT);
        String day = LocalDate.from(HijrahDate.of(1437, 3, 12)).toString();
        assertThat(only(t, "12/3/1437").value()).isEqualTo(day);
        assertThat(only(t, "الساعة 8:30 صباحا").value()).isEqualTo(day + "T08:30");
    }

    @Test
    void theHeadDayWordBeforeAnEralessHijriDateIsInsideAndTheClockFollows() {
        // HeidelTime reads «يوم 4-10-1436» as the Gregorian year 1436; the grammar's numeric-date takes «يوم» in
        TaggedText t = pipeline.tag("وفي يوم 4-10-1436 تلقت الشرطة بلاغا في الساعة 7:06 مساء عن الحادث.", LocalDate.of(2015, 7, 21));
        String day = LocalDate.from(HijrahDate.of(1436, 10, 4)).toString();
        assertThat(only(t, "يوم 4-10-1436").value()).isEqualTo(day);
        assertThat(only(t, "الساعة 7:06 مساء").value()).isEqualTo(day + "T19:06");
    }

    @Test
    void aClockAfterAHistoricGregorianDateKeepsItsGregorianDay() {
        // a Gregorian year in 1300-1600 is no Hijri year when its era says so
        TaggedText t = pipeline.tag("وفي 29/5/1453م دخل الجيش العثماني المدينة في الساعة السادسة صباحا بعد حصار طويل.", DCT);
        assertThat(only(t, "29/5/1453م").value()).isEqualTo("1453-05-29");
        assertThat(only(t, "الساعة السادسة صباحا").value()).isEqualTo("1453-05-29T06:00");
    }
}
