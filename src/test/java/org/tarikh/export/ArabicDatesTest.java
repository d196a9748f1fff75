package org.tarikh.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class ArabicDatesTest {

    @Test
    void centuriesAndDecadesInWordsAndFourDigitYears() {
        assertThat(ArabicDates.plain("CENTURY", LocalDateTime.of(1800, 1, 1, 0, 0), "18", null)).isEqualTo("القرن التاسع عشر");
        assertThat(ArabicDates.plain("CENTURY", LocalDateTime.of(2000, 1, 1, 0, 0), "20", null))
                .isEqualTo("القرن الحادي والعشرون");
        assertThat(ArabicDates.plain("DECADE", LocalDateTime.of(1990, 1, 1, 0, 0), "199", null))
                .isEqualTo("تسعينيات القرن العشرين");
        assertThat(ArabicDates.plain("DECADE", LocalDateTime.of(2000, 1, 1, 0, 0), "200", null))
                .isEqualTo("العقد الأول من القرن الحادي والعشرين");
        assertThat(ArabicDates.plain("YEAR", LocalDateTime.of(803, 1, 1, 0, 0), "0803", null)).isEqualTo("0803");
        assertThat(ArabicDates.plain("MONTH", LocalDateTime.of(2021, 3, 1, 0, 0), "2021-03", "END")).isEqualTo("أواخر مارس 2021");
        assertThat(ArabicDates.plain("PART_OF_DAY", LocalDateTime.of(2021, 4, 7, 0, 0), "2021-04-07TEV", null))
                .isEqualTo("مساء 7 أبريل 2021");
        assertThat(ArabicDates.plain("QUARTER", LocalDateTime.of(2021, 4, 1, 0, 0), "2021-Q2", null)).isEqualTo("الربع الثاني من 2021");
    }

    @Test
    void hijriBesideGregorianUmmAlQura() {
        assertThat(ArabicDates.hijri(LocalDate.of(2015, 8, 6), LocalDate.of(2015, 8, 6))).isEqualTo("21 شوال 1436 هـ");
        assertThat(ArabicDates.hijri(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31))).isEqualTo("1436–1437 هـ");
        assertThat(ArabicDates.hijri(LocalDate.of(2020, 8, 1), LocalDate.of(2020, 8, 31))).isEqualTo("ذو الحجة 1441 – محرم 1442 هـ");
        // outside the Umm al-Qura tables: nothing rather than a wrong date
        assertThat(ArabicDates.hijri(LocalDate.of(1800, 1, 1), LocalDate.of(1800, 12, 31))).isEmpty();
    }

    @Test
    void hijriExpressionsAreRecognised() {
        assertThat(ArabicDates.hijriExpression("21 شوال 1436 هـ")).isTrue();
        assertThat(ArabicDates.hijriExpression("في رمضان")).isTrue();
        assertThat(ArabicDates.hijriExpression("يوم الأربعاء 7 أبريل 2021")).isFalse();
        assertThat(ArabicDates.hijriExpression(null)).isFalse();
    }
}
