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
}
