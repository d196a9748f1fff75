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
 * filter judges. A present-day year before a verb is a year too, also a listed three-letter perfect
 * joined to «و» (round twelve). Self-written sentences.
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
    void aYearBeforeAVerbJoinedToItsConjunctionStaysAYear() {
        // the edition of a tournament, then «وبلغ»/«وقال»: a listed three-letter perfect behind «و»
        assertThat(texts("وشارك المنتخب في دورة الألعاب الآسيوية إنشون 2014 وبلغ عدد لاعبيه عشرين.")).containsExactly("2014");
        assertThat(texts("وتحدث عن مونديال البرازيل 2014 وقال إن المنتخب تعلم منه.")).containsExactly("2014");
        // a noun behind «و» is still what a count takes
        assertThat(texts("ووزعت الجمعية 2014 وجبة على الصائمين.")).isEmpty();
    }

    @Test
    void aCountAfterANounThatNamesNoHappeningStaysACount() {
        assertThat(texts("وشارك في الحملة 1500 متطوع ضد المرض.")).isEmpty();
    }
}
