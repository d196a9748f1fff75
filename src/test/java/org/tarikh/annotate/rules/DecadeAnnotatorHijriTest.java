package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * Issue #9, round nine (accC): a decade marked Hijri («الثمانينيات الهجرية») is the Gregorian decade
 * holding 1 Rajab of its middle year (adjudication case 47). Self-written sentences.
 */
class DecadeAnnotatorHijriTest {

    /** 1436 AH. */
    private static final LocalDate DCT = LocalDate.of(2015, 7, 31);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void aHijriDecadeIsTheGregorianDecadeOfItsMiddle() {
        Timex late = only(pipeline.tag("وتأسست الجمعية في نهاية الثمانينيات الهجرية بمبادرة من الأهالي.", DCT),
                "نهاية الثمانينيات الهجرية");
        assertThat(late.value()).isEqualTo("196"); // 1385 AH → 1965
        assertThat(late.mod()).isEqualTo("END");
        assertThat(only(pipeline.tag("وانتشرت المدارس في التسعينيات الهجرية في القرى.", DCT), "التسعينيات الهجرية").value())
                .isEqualTo("197"); // 1395 AH → 1975
        // without the adjective it stays Gregorian
        assertThat(only(pipeline.tag("وانتشرت المدارس في التسعينيات في القرى.", DCT), "التسعينيات").value()).isEqualTo("199");
    }

    @Test
    void anEarlierCenturyByItsOrdinalKeepsItsModifierAndAHijriOneIsTheGregorianCenturyOfItsMiddle() {
        Timex late = only(pipeline.tag("وظهرت الرواية في نهاية القرن السابع عشر في أوروبا.", DCT), "نهاية القرن السابع عشر");
        assertThat(late.value()).isEqualTo("16");
        assertThat(late.mod()).isEqualTo("END");
        assertThat(only(pipeline.tag("وبنيت المئذنة في القرن السابع الهجري ثم رممت.", DCT), "القرن السابع الهجري").value())
                .isEqualTo("12"); // 650 AH → 1252
        Timex early = only(pipeline.tag("ويعود تاريخ القرية إلى أوائل القرن الثالث الهجري كما تظهر النقوش.", DCT),
                "أوائل القرن الثالث الهجري");
        assertThat(early.value()).isEqualTo("08"); // 250 AH → 865
        assertThat(early.mod()).isEqualTo("START");
        assertThat(only(pipeline.tag("ودمر الهيكل في القرن الأول الميلادي.", DCT), "القرن الأول").value()).isEqualTo("00");
    }

    @Test
    void theDecadesOfTheCurrentHijriCenturyThatHaveCome() {
        assertThat(DecadeAnnotator.hijriDecade(3, DCT)).isEqualTo("201"); // 1435 AH → 2014
        assertThat(DecadeAnnotator.hijriDecade(4, DCT)).isEqualTo("192"); // 1440s still to come: 1345 AH → 1926
    }
}
