package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * Issue #9, round nine (accB): spurious expressions of HeidelTime that the filter removes, and pairs
 * of numbers sharing one unit. Full pipeline, since HeidelTime proposes what the filter
 * judges. Self-written sentences.
 */
class FalsePositiveFilterCountsAndAdjectivesTest {

    private static final LocalDate DCT = LocalDate.of(2015, 8, 7);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static List<String> texts(String sentence) {
        return org.tarikh.annotate.RuleTesting.texts(pipeline, sentence, DCT);
    }

    @Test
    void aBracketedCountIsReadThroughItsBrackets() {
        assertThat(texts("وضبطت الهيئة (1870) كيلوجراما من المواد المخالفة.")).doesNotContain("1870");
        assertThat(texts("وبلغ عدد المستفيدين أكثر من (2450) أسرة في المنطقة.")).doesNotContain("2450");
        // a bracketed year before a verb stays a year
        assertThat(texts("وأشار تقرير البنك (2013) إلى ارتفاع الأسعار.")).contains("2013");
    }

    @Test
    void adjectivesTakenForDurationsAreRemoved() {
        assertThat(texts("أصدر الرئيس عفوا عاما عن المعارضين.")).doesNotContain("عاما");
        assertThat(texts("وقع اللاعب عقدا يحصل بموجبه على راتب أسبوعي كبير.")).doesNotContain("أسبوعي");
        // a duration after a verb of lasting stays
        assertThat(texts("استؤنف الضخ بعد إغلاق دام عاما كاملا.")).anyMatch(s -> s.contains("عاما"));
    }

    @Test
    void theMinuteOfAMatchNamedByAnOrdinalIsNoTime() {
        assertThat(texts("سجل المهاجم هدفا في الدقيقة الخامسة من المباراة.")).isEmpty();
    }

    @Test
    void twoCountsSharingOneUnitAreTwoDurations() {
        Timex first = only(pipeline.tag("يحتاج الفريق إلى 3 أو 4 سنوات لبناء جيل جديد.", DCT), "3");
        assertThat(first.value()).isEqualTo("P3Y");
        assertThat(first.rule()).isEqualTo("tarikh:grammar:duration-shared-unit");
        assertThat(only(pipeline.tag("حين يبلغ الطفل 11 أو 12 عاما يتغير سلوكه.", DCT), "11").value()).isEqualTo("P11Y");
        assertThat(only(pipeline.tag("تستمر الدورة من 3 إلى 5 أيام.", DCT), "3").value()).isEqualTo("P3D");
        // a year before «أو» is no count
        assertThat(pipeline.tag("انتقل إلى الشركة عام 2010 أو 3 سنوات بعد تخرجه.", DCT).timexes())
                .noneMatch(t -> "P2010Y".equals(t.value()));
    }
}
