package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/** Issue #9, round ten (acc10c): «العشر الأواخر من رمضان» is the month's end. Self-written sentences. */
class HijriAnnotatorModifierPhrasesTest {

    /** During Ramadan 1436 (2015-06-18 to 2015-07-16). */
    private static final LocalDate DCT = LocalDate.of(2015, 7, 10);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void theLastOrFirstTenOfAHijriMonth() {
        Timex last = only(pipeline.tag("اعتكف آلاف المصلين في العشر الأواخر من رمضان في المسجد الحرام.", DCT),
                "العشر الأواخر من رمضان");
        assertThat(last.value()).isEqualTo("2015-07");
        assertThat(last.mod()).isEqualTo("END");
        assertThat(only(pipeline.tag("تزدحم مكة في العشر الأواخر من شهر رمضان.", DCT), "العشر الأواخر من شهر رمضان").mod())
                .isEqualTo("END");
        Timex first = only(pipeline.tag("يكثر الحجاج في العشر الأوائل من ذي الحجة.", DCT), "العشر الأوائل من ذي الحجة");
        assertThat(first.value()).isEqualTo("2015-09");
        assertThat(first.mod()).isEqualTo("START");
        // without the month the phrase names nothing here
        assertThat(org.tarikh.annotate.RuleTesting.texts(pipeline, "اعتكف المصلون في العشر الأواخر.", DCT)).isEmpty();
    }
}
