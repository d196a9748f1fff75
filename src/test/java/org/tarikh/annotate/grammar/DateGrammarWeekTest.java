package org.tarikh.annotate.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.SEED_DCT;
import static org.tarikh.annotate.RuleTesting.only;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/** The date grammar's bare «الأسبوع» of a market report (rule week-report). */
class DateGrammarWeekTest {

    @TestPipeline(rules = {DateGrammarAnnotator.class})
    private static TemporalPipeline pipeline;

    private static TaggedText tag(String s) {
        return pipeline.tag(s, SEED_DCT);
    }

    @Test
    void aMarketEndingTheWeekAtALevelIsThePublicationWeek() {
        Timex t = only(tag("وأنهى الدولار الأسبوع عند 1.0984 مقابل اليورو."), "الأسبوع");
        assertThat(t.value()).isEqualTo("2021-W14");
        assertThat(t.rule()).isEqualTo("tarikh:grammar:week-report");
        // without «عند» a bare «الأسبوع» stays unread; «أسبوع» without the article is no week of publication
        assertThat(tag("ناقش الوزراء خطة الأسبوع في اجتماعهم.").timexes())
                .noneMatch(x -> x.rule().contains("week-report"));
        assertThat(tag("قضى أسبوع عند أقاربه.").timexes()).noneMatch(x -> x.rule().contains("week-report"));
    }
}
