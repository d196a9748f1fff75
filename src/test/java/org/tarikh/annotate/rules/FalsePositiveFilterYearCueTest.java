package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

/**
 * A bare four-digit number after a noun naming a happening («حرب 1994», «ثورة 2011»; year-cues.txt)
 * is that happening's year, not a count. Full pipeline, since HeidelTime proposes the year the
 * filter judges. Self-written sentences.
 */
class FalsePositiveFilterYearCueTest {

    private static final LocalDate DCT = LocalDate.of(2015, 8, 7);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static List<String> texts(String sentence) {
        return org.tarikh.annotate.RuleTesting.texts(pipeline, sentence, DCT);
    }

    @Test
    void aHappeningNamedByItsYearKeepsTheYear() {
        assertThat(texts("ولم تشهد المدينة مثل هذا منذ انتهاء حرب 1994 التي دمرت الجنوب.")).contains("1994");
        assertThat(texts("وشارك في ثورة 2011 ضد النظام.")).containsExactly("2011");
    }

    @Test
    void aCountAfterANounThatNamesNoHappeningStaysACount() {
        assertThat(texts("وشارك في الحملة 1500 متطوع ضد المرض.")).isEmpty();
    }
}
