package org.tarikh.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.order.TimeInterval;
import org.tarikh.order.TimexIntervals;

class PrecisionTest {

    static final LocalDate DCT = LocalDate.of(2021, 4, 7);

    /** An event "text" whose expression sits at [exprBegin, exprEnd) of an article, the event at [10, 40). */
    static SourceEvent event(String expression, String value, String mod, int exprBegin) {
        TimeInterval i = TimexIntervals.of(value, mod, DCT).orElseThrow();
        return new SourceEvent("x", 0, 10, 40, "-".repeat(30), i.start(), i.end(), i.granularity().name(), i.vague(),
                expression, "DATE", value, mod, exprBegin, exprBegin + expression.length(), DCT, null, null, null, List.of());
    }

    @Test
    void vaguePastIsBeforeThePublicationDay() {
        Precision p = event("سابقاً", "PAST_REF", null, 12).precision();
        assertThat(p.label()).isEqualTo("before 2021-04-07");
        assertThat(p.display()).isEqualTo("before 2021-04-07");
        assertThat(p.vague()).isTrue();
        assertThat(p.relative()).isTrue();
    }

    @Test
    void presentIsThePublicationDate() {
        Precision p = event("حالياً", "PRESENT_REF", null, 12).precision();
        assertThat(p.provenance()).isEqualTo(Precision.Provenance.PUBLICATION_DATE);
        assertThat(p.display()).isEqualTo("2021-04-07");
    }

    @Test
    void anExpressionOutsideTheEventIsInherited() {
        Precision p = event("في 5 أبريل 2021", "2021-04-05", null, 2).precision();
        assertThat(p.provenance()).isEqualTo(Precision.Provenance.INHERITED);
        assertThat(p.relative()).isFalse();
    }

    @Test
    void monthWithModAndYearDigitsInArabicIndic() {
        Precision p = event("أواخر مارس ٢٠٢١", "2021-03", "END", 12).precision();
        assertThat(p.label()).isEqualTo("month (END)");
        assertThat(p.display()).isEqualTo("2021-03 END");
        assertThat(p.relative()).isFalse();
        assertThat(p.provenance()).isEqualTo(Precision.Provenance.EXPLICIT);
        Precision year = event("العام الماضي", "2020", null, 12).precision();
        assertThat(year.label()).isEqualTo("year");
        assertThat(year.display()).isEqualTo("2020");
        assertThat(year.relative()).isTrue();
    }
}
