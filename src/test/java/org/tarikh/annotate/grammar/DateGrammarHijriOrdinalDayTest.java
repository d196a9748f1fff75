package org.tarikh.annotate.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * Issue #9, round ten (acc10c): classes of the remaining dev errors and everyday phrases. Full pipeline, since
 * HeidelTime's own readings must give way. Self-written sentences.
 */
class DateGrammarHijriOrdinalDayTest {

    /** A Wednesday; Hijri 1445-11-07. */
    private static final LocalDate DCT = LocalDate.of(2024, 5, 15);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void anOrdinalDayOfAHijriMonthWithoutAYearIsADate() {
        Timex ahead = only(pipeline.tag("يصل الحجاج إلى منى في العاشر من ذي الحجة.", DCT), "العاشر من ذي الحجة");
        assertThat(ahead.value()).isEqualTo("2024-06-16"); // 10 Dhu al-Hijja 1445
        assertThat(ahead.rule()).startsWith("tarikh:grammar:day-of-named-month-hijri");
        // a two-word ordinal and a two-word month: «ربيع» is not the spring here
        Timex two = only(pipeline.tag("يُفتتح المعرض في الثاني عشر من ربيع الأول.", DCT), "الثاني عشر من ربيع الأول");
        assertThat(two.value()).isEqualTo("2024-09-15"); // 12 Rabi' al-Awwal 1446
        // told in the past: the one before publication
        assertThat(only(pipeline.tag("وصل الوفد في الثاني عشر من رمضان.", DCT), "الثاني عشر من رمضان").value())
                .isEqualTo("2024-03-22"); // 12 Ramadan 1445
        // a Gregorian month's day stays HeidelTime's
        assertThat(only(pipeline.tag("وصل الوفد في الثاني عشر من مارس.", DCT), "الثاني عشر من مارس").rule())
                .startsWith("heideltime:");
    }
}
