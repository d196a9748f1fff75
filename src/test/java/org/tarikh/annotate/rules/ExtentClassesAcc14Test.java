package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;
import static org.tarikh.annotate.RuleTesting.texts;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

/**
 * Round thirteen (acc14): general extent classes of the development set. The school holiday «إجازة الصيف»
 * without a year is no season (case 44); a year after a cited author in Latin letters is a year; «نفس اليوم»,
 * «الأسبوع ذاته» take the day or week last named; «منذ أيام فيصل» is an era. Self-written sentences.
 */
class ExtentClassesAcc14Test {

    private static final LocalDate DCT = LocalDate.of(2015, 8, 5);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void theSummerHolidayIsNoSeason() {
        assertThat(texts(pipeline, "وتزدحم المطارات بالمسافرين خلال إجازة الصيف من كل المدن.", DCT)).isEmpty();
        assertThat(texts(pipeline, "ويقضي كثير من الطلاب عطلة الصيف في القرى.", DCT)).isEmpty();
        assertThat(texts(pipeline, "وترتفع درجات الحرارة في الصيف إلى الخمسين.", DCT)).containsExactly("الصيف");
    }

    @Test
    void aCitedAuthorsYearIsAYear() {
        assertThat(only(pipeline.tag("ويرى الباحثون كما ذكر smith 2011 أن التعليم يرفع الدخل.", DCT), "2011").value())
                .isEqualTo("2011");
    }

    @Test
    void theSameDayAndWeekAreTheOnesLastNamed() {
        assertThat(only(pipeline.tag("وصل الوفد إلى جدة في 2 أغسطس، ثم غادر إلى الرياض في نفس اليوم بعد اللقاء.", DCT),
                "نفس اليوم").value()).isEqualTo("2015-08-02");
        assertThat(only(pipeline.tag("افتتح المعرض في 20 يوليو، وزاره خلال الأسبوع ذاته آلاف الزوار.", DCT),
                "الأسبوع ذاته").value()).isEqualTo("2015-W30");
    }

    @Test
    void theDaysOfAPersonAreAnEra() {
        assertThat(texts(pipeline, "ظلت المدينة مزدهرة منذ أيام فيصل الأول حتى الحرب.", DCT)).isEmpty();
        assertThat(only(pipeline.tag("وتضغط الهيئة منذ شهور على المصنع لإصلاح العيب.", DCT), "شهور").value()).isEqualTo("PXM");
    }
}
