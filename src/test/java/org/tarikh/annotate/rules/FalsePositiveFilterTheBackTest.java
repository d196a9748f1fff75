package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

/**
 * Issue #9, round twelve (acc13): «الظهر» the back, not noon (FalsePositiveFilter, the-back.txt). Full pipeline;
 * self-written sentences.
 */
class FalsePositiveFilterTheBackTest {

    /** A Tuesday. */
    private static final LocalDate DCT = LocalDate.of(2015, 7, 21);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static List<String> texts(String sentence) {
        return org.tarikh.annotate.RuleTesting.texts(pipeline, sentence, DCT);
    }

    @Test
    void aWordOfPainOrOfTheBodyBeforeItMakesItTheBack() {
        assertThat(texts("ويشكو كثير من الموظفين من آلام الظهر بسبب الجلوس الطويل.")).isEmpty();
        assertThat(texts("وينصح الطبيب بوضع وسادة تحت أسفل الظهر عند النوم.")).isEmpty();
        assertThat(texts("وحمل الطفل حقيبة الظهر إلى المدرسة.")).isEmpty();
    }

    @Test
    void aPartOfTheBodyJoinedByAndMakesItTheBack() {
        assertThat(texts("وأصيب اللاعب بكدمات في الكتفين والظهر خلال التدريب.")).isEmpty();
        assertThat(texts("ويقوي هذا التمرين الظهر والبطن معا.")).isEmpty();
    }

    @Test
    void noonKeepsItsOwnWords() {
        assertThat(texts("وانتهى الاجتماع قبل الظهر بقليل.")).contains("الظهر");
        assertThat(texts("ويفتح المعرض أبوابه بعد الظهر لمدة أسبوع.")).contains("بعد الظهر");
        assertThat(texts("ووصل الوفد عند الظهر إلى المطار.")).containsExactly("الظهر");
    }
}
