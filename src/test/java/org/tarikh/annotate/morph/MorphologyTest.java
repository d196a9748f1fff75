package org.tarikh.annotate.morph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.morph.Morphology.Aspect;
import org.tarikh.annotate.norm.Lexicon;

class MorphologyTest {

    private static Aspect aspect(String word, String previous) {
        return Morphology.aspect(Lexicon.key(word), Lexicon.key(previous));
    }

    @Test
    void imperfectVerbsIncludingThreeLetterOnes() {
        assertThat(aspect("يصل", "")).isEqualTo(Aspect.IMPERFECT);
        assertThat(aspect("يقع", "")).isEqualTo(Aspect.IMPERFECT);
        assertThat(aspect("تصل", "")).isEqualTo(Aspect.IMPERFECT);
        assertThat(aspect("تنطلق", "")).isEqualTo(Aspect.IMPERFECT);
        assertThat(aspect("وينطلق", "")).isEqualTo(Aspect.IMPERFECT);
    }

    @Test
    void nounsThatLookLikeImperfectsAreNotVerbs() {
        assertThat(aspect("يوم", "")).isEqualTo(Aspect.NONE);
        assertThat(aspect("تحت", "")).isEqualTo(Aspect.NONE);
        assertThat(aspect("نقل", "")).isEqualTo(Aspect.NONE);
        assertThat(aspect("تنمية", "")).isEqualTo(Aspect.NONE); // ta marbuta
        assertThat(aspect("تحديد", "")).isEqualTo(Aspect.NONE); // تفعيل
        assertThat(aspect("نجوم", "")).isNotEqualTo(Aspect.PAST);
    }

    @Test
    void feminineFormFivePerfectsAreNoImperfects() {
        // acc11b: ت…ت of five letters or more is the feminine perfect of forms V and VI («وتعرضت مواقع … ليل الخميس»)
        assertThat(aspect("تعرضت", "")).isEqualTo(Aspect.PAST);
        assertThat(aspect("وتراجعت", "")).isEqualTo(Aspect.PAST);
        assertThat(aspect("تمكنت", "")).isEqualTo(Aspect.PAST);
        assertThat(aspect("تثبت", "")).isEqualTo(Aspect.IMPERFECT); // four letters: the root ends in ت
    }

    @Test
    void perfectVerbs() {
        assertThat(aspect("بدأت", "")).isEqualTo(Aspect.PAST);
        assertThat(aspect("عقدوا", "")).isEqualTo(Aspect.PAST);
        assertThat(aspect("تم", "")).isEqualTo(Aspect.PAST);
        assertThat(aspect("وأعلن", "")).isEqualTo(Aspect.PAST);
        assertThat(aspect("وقت", "")).isEqualTo(Aspect.NONE);
        assertThat(aspect("السبت", "")).isEqualTo(Aspect.NONE);
        assertThat(Morphology.mayBePerfect(Lexicon.key("تعادل"))).isTrue();
    }

    @Test
    void aWordAfterAVerbParticleIsAPerfectVerb() {
        // «سحب» alone may be the noun "withdrawal"; after «عندما», «قد», «بعدما» a verb stands
        assertThat(aspect("سحب", "")).isEqualTo(Aspect.NONE);
        assertThat(aspect("سحب", "وعندما")).isEqualTo(Aspect.PAST);
        assertThat(aspect("خرج", "بعدما")).isEqualTo(Aspect.PAST);
        assertThat(aspect("رفع", "فقد")).isEqualTo(Aspect.PAST);
        assertThat(aspect("يكون", "قد")).isEqualTo(Aspect.IMPERFECT);
        // function words, nouns with the article or a noun ending are not verbs there either
        assertThat(aspect("بعد", "عندما")).isEqualTo(Aspect.NONE);
        assertThat(aspect("العلاج", "عندما")).isEqualTo(Aspect.NONE);
        assertThat(aspect("حكومة", "عندما")).isEqualTo(Aspect.NONE);
        assertThat(aspect("سحب", "لما")).isEqualTo(Aspect.NONE);
    }

    @Test
    void negationTurnsTheImperfect() {
        assertThat(aspect("يحدد", "لم")).isEqualTo(Aspect.PAST);
        assertThat(aspect("يحدد", "ولم")).isEqualTo(Aspect.PAST);
        assertThat(aspect("يصل", "لن")).isEqualTo(Aspect.FUTURE);
        assertThat(aspect("يحدد", "")).isEqualTo(Aspect.IMPERFECT);
    }

    @Test
    void futureParticlesAndCues() {
        assertThat(aspect("سيعقد", "")).isEqualTo(Aspect.FUTURE);
        assertThat(aspect("وستجري", "")).isEqualTo(Aspect.FUTURE);
        assertThat(aspect("سوف", "")).isEqualTo(Aspect.FUTURE);
        assertThat(aspect("المقرر", "من")).isEqualTo(Aspect.FUTURE);
        assertThat(aspect("رح", "")).isEqualTo(Aspect.FUTURE);
        assertThat(aspect("سياسة", "")).isEqualTo(Aspect.NONE);
    }
}
