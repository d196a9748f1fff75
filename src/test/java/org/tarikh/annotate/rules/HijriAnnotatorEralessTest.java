package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

/**
 * Issue #9, round nine (accC): a bare year without its era is Hijri when the text marks its other
 * years Hijri (adjudication case 46's proposal). Self-written sentences.
 */
class HijriAnnotatorEralessTest {

    /** 1436 AH. */
    private static final LocalDate DCT = LocalDate.of(2015, 7, 31);
    @TestPipeline
    private static TemporalPipeline pipeline;

    @Test
    void aBareYearAmongHijriYearsIsHijri() {
        String text = "تأسست المدرسة عام 1352 هـ، ثم انتقلت إلى مبناها الجديد 1406 بعد توسعة الحي.";
        assertThat(only(pipeline.tag(text, DCT), "1406").value()).isEqualTo("1986"); // 1 Rajab 1406 = 1986-03
        assertThat(only(pipeline.tag(text, DCT), "1406").rule()).isEqualTo("tarikh:hijri");
    }

    @Test
    void withoutAMarkedHijriYearItStaysAsRead() {
        assertThat(pipeline.tag("وفتحت القسطنطينية 1453 بعد حصار طويل.", DCT).timexes())
                .noneMatch(t -> "1453".equals(t.text()) && !"1453".equals(t.value()));
        // a count in a text with Hijri years is no year
        assertThat(pipeline.tag("وفي عام 1436 هـ خصصت الوزارة 1420 حافلة لنقل الزوار.", DCT).timexes())
                .noneMatch(t -> "1420".equals(t.text()));
        assertThat(pipeline.tag("وانتقلت المدرسة إلى مبناها الجديد 1406 بعد توسعة الحي.", DCT).timexes())
                .noneMatch(t -> "1406".equals(t.text()) && "1986".equals(t.value()));
    }
}
