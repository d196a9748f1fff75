package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.SEED_DCT;
import static org.tarikh.annotate.RuleTesting.only;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

class MonthAndDecadeAnnotatorTest {

    @TestPipeline(rules = {MonthAnnotator.class, DecadeAnnotator.class, VagueAnnotator.class})
    private static TemporalPipeline pipeline;

    private static TaggedText tag(String s) {
        return pipeline.tag(s, SEED_DCT);
    }

    @Test
    void firstOfAMonthAndTheHeadNounShahr() {
        assertThat(only(tag("يدخل القانون حيز التنفيذ في الفاتح من جانفي 2016."), "الفاتح من جانفي 2016").value())
                .isEqualTo("2016-01-01");
        assertThat(only(tag("منذ غرة جانفي."), "غرة جانفي").value()).isEqualTo("2021-01-01");
        // «تراجعت» is a perfect (round eleven, acc11b; it read as an imperfect before): a past clause, so the latest May
        // on or before the DCT (2021-04-07), as the guidelines' tense rule says
        assertThat(only(tag("تراجعت المبيعات مقارنة بشهر مايو."), "شهر مايو").value()).isEqualTo("2020-05");
    }

    @Test
    void decadesAndCenturies() {
        assertThat(only(tag("ازدهر المسرح في ثمانينيات القرن الماضي."), "ثمانينيات القرن الماضي").value()).isEqualTo("198");
        assertThat(only(tag("في القرن العشرين."), "القرن العشرين").value()).isEqualTo("19");
        Timex t = only(tag("منذ مطلع الألفية الثالثة."), "مطلع الألفية الثالثة");
        assertThat(t.value()).isEqualTo("2");
        assertThat(t.mod()).isEqualTo("START");
    }

    @Test
    void vagueReferences() {
        assertThat(only(tag("يعمل الوزراء حاليًّا على الخطة."), "حاليًّا").value()).isEqualTo("PRESENT_REF");
        assertThat(only(tag("لتطوير السياحة مستقبلا."), "مستقبلا").value()).isEqualTo("FUTURE_REF");
    }
}
