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
 * Issue #9, round twelve (acc12b): days, nights, clock times and Hijri years the gold keeps as one
 * expression (DayPhraseAnnotator, ClockTimeAnnotator, HijriAnnotator). Full pipeline; self-written sentences.
 */
class DayClockHijriExtentsTest {

    private static final LocalDate DCT = LocalDate.of(2015, 7, 31); // a Friday
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static TaggedText tag(String sentence) {
        return pipeline.tag(sentence, DCT);
    }

    private static Timex one(String sentence, String text) {
        return only(tag(sentence), text);
    }

    @Test
    void anEarlyHijriYearWithItsEraIsTheGregorianYearOfItsRajab() {
        Timex a = one("كتب المخطوط في عام 700 للهجرة في دمشق.", "عام 700 للهجرة");
        assertThat(a.value()).isEqualTo("1301");
        assertThat(one("توفي الفقيه سنة 500 هـ في بغداد.", "سنة 500 هـ").value()).isEqualTo("1107");
        // a number after a year noun without an era is no Hijri year
        assertThat(tag("بلغ عدد الزوار في العام 700 زائر.").timexes()).noneMatch(x -> x.value().equals("1301"));
    }

    @Test
    void theLatePartOfAPartOfDayIsInsideWithEnd() {
        Timex t = one("وقع الحادث في وقت متأخر من مساء يوم الأحد الماضي قرب الجسر.", "وقت متأخر من مساء يوم الأحد الماضي");
        assertThat(t.value()).isEqualTo("2015-07-26TEV");
        assertThat(t.mod()).isEqualTo("END");
        Timex n = one("اندلع الحريق في ساعة متأخرة من ليل أمس.", "ساعة متأخرة من ليل أمس");
        assertThat(n.value()).isEqualTo("2015-07-30TNI");
        assertThat(n.mod()).isEqualTo("END");
    }

    @Test
    void aClockTimeWithItsMultiWordDayIsOneTime() {
        TaggedText t = tag("وقع الانفجار عند الساعة العاشرة والنصف من مساء أول من أمس في السوق.");
        assertThat(t.timexes()).hasSize(1);
        Timex c = only(t, "الساعة العاشرة والنصف من مساء أول من أمس");
        assertThat(c.value()).isEqualTo("2015-07-29T22:30");
    }

    @Test
    void aNightNamedByItsTwoDaysIsOneTimeOnTheFirst() {
        TaggedText t = tag("رشق محتجون المبنى بالحجارة ليلة الأربعاء - الخميس الماضية.");
        assertThat(t.timexes()).hasSize(1);
        assertThat(t.timexes().get(0).text()).startsWith("ليلة الأربعاء - الخميس");
        assertThat(t.timexes().get(0).value()).isEqualTo("2015-07-29TNI");
        TaggedText u = tag("قصفت الطائرات المواقع ليل الثلاثاء الأربعاء.");
        assertThat(only(u, "ليل الثلاثاء الأربعاء").value()).isEqualTo("2015-07-28TNI");
        // two days that do not follow each other stay two expressions
        assertThat(tag("زار الوزير المدينة ليلة الأحد - الخميس.").timexes()).hasSizeGreaterThan(1);
    }
}
