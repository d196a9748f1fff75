package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.SEED_DCT;
import static org.tarikh.annotate.RuleTesting.only;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/** {@link VagueAnnotator} with the filter after it (not-temporal.txt, not-temporal-phrases.txt). */
class VagueAnnotatorTest {

    @TestPipeline(rules = {VagueAnnotator.class, FalsePositiveFilter.class})
    private static TemporalPipeline pipeline;

    private static TaggedText tag(String s) {
        return pipeline.tag(s, SEED_DCT);
    }

    @Test
    void recentlyIsThePast() {
        Timex t = only(tag("تحدث اللاعب المنتقل حديثاً إلى النادي عن أهدافه."), "حديثاً");
        assertThat(t.value()).isEqualTo("PAST_REF");
        assertThat(t.rule()).isEqualTo("tarikh:vague");
    }

    @Test
    void closeToIsNotSoon() {
        assertThat(tag("بات الفريق قريبًا من حسم الصفقة.").timexes()).isEmpty();
        assertThat(only(tag("يحسم الفريق الصفقة قريبًا."), "قريبًا").value()).isEqualTo("FUTURE_REF");
    }

    // acc11 (issue #9, round eleven): vague words of real news, self-written sentences

    @Test
    void laterPointsAheadOutsideANarrative() {
        Timex t = only(tag("ستعلن اللجنة موعد الحفل لاحقا بعد اجتماعها."), "لاحقا");
        assertThat(t.value()).isEqualTo("FUTURE_REF");
        assertThat(t.rule()).isEqualTo("tarikh:vague");
        assertThat(only(tag("نأمل أن يضيف التطبيق لغات أخرى لاحقاً."), "لاحقاً").value()).isEqualTo("FUTURE_REF");
        // 'afterwards' in a told story: a verb of saying or a perfect before it, a perfect after it, «ثم», a bracketed title
        assertThat(tag("وأكد المتحدث لاحقا أن الحريق أخمد.").timexes()).isEmpty();
        assertThat(tag("بدأ الحريق في المخزن وانتقلت النيران لاحقا إلى المصنع.").timexes()).isEmpty();
        assertThat(tag("وصل القائد (الوزير لاحقا) إلى المدينة.").timexes()).isEmpty();
        assertThat(tag("انتقل اللاعب إلى الدوحة ثم لاحقا إلى دبي.").timexes()).isEmpty();
    }

    @Test
    void formerlyAndThanBeforeAreThePast() {
        Timex formerly = only(tag("كانت القرية فيما مضى مركزا لتجارة التمور."), "ما مضى");
        assertThat(formerly.value()).isEqualTo("PAST_REF"); // «في» written joined stays outside
        assertThat(only(tag("كانت القرية في ما مضى مركزا للتجارة."), "ما مضى").value()).isEqualTo("PAST_REF");
        assertThat(only(tag("صار الطريق أوسع من ذي قبل."), "ذي قبل").value()).isEqualTo("PAST_REF");
    }

    @Test
    void toOurDayIsThePresent() {
        assertThat(only(tag("بقيت العادة حية إلى يومنا في القرى الجبلية."), "يومنا").value()).isEqualTo("PRESENT_REF");
        assertThat(only(tag("ما زال السوق قائما حتى يومنا هذا."), "يومنا هذا").value()).isEqualTo("PRESENT_REF");
    }
}
