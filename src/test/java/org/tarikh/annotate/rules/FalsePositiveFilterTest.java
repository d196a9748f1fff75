package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;
import org.tarikh.annotate.grammar.DateGrammarAnnotator;

/** What {@link FalsePositiveFilter} removes after the annotators, and what it keeps. */
class FalsePositiveFilterTest {

    private static final LocalDate DCT = LocalDate.of(2015, 8, 6);
    @TestPipeline(rules = {DateGrammarAnnotator.class, FalsePositiveFilter.class})
    private static TemporalPipeline pipeline;

    private static java.util.List<String> texts(String sentence) {
        return pipeline.tag(sentence, DCT).timexes().stream().map(Timex::text).toList();
    }

    @Test
    void contractsAreNotDecades() {
        assertThat(texts("وقال المهندس لدينا 31 عقدا في المشروع منها 8 تصميمية.")).isEmpty();
        assertThat(texts("أبرمت الأمانة عقود ثلاثة مشاريع جديدة بقيمة 84 مليون ريال.")).isEmpty();
        // without a word about projects or money they are decades
        assertThat(texts("عاش في المنفى أكثر من ثلاثة عقود قبل عودته.")).containsExactly("أكثر من ثلاثة عقود");
    }

    @Test
    void aScreensSizeIsNoYear() {
        assertThat(texts("ويعرض الجهاز الصور بدقة 1080×1920 بكسل على شاشة كبيرة.")).isEmpty();
    }

    @Test
    void fridaySermonsAreNoDate() {
        assertThat(texts("وزعت الوزارة موسوعة خطب الجمعة على المساجد.")).isEmpty();
    }

    @Test
    void thisPhaseAfterANamedPhaseIsThatPhase() {
        assertThat(texts("بدأت الوزارة تطبيق البرنامج في مرحلته الثامنة. وتشمل هذه المرحلة ألفي منشأة.")).isEmpty();
        // no phase named before it: 'at this stage', now
        assertThat(texts("لا نفكر في التعاقد مع لاعبين في هذه المرحلة.")).containsExactly("هذه المرحلة");
    }

    @Test
    void aFamilyNameIsNotTheFeast() {
        assertThat(texts("ضم الوفد إبراهيم العيد رئيسا له. من جهته أكد العيد جاهزية الفريق.")).isEmpty();
        assertThat(texts("تبادلوا التهنئة متمنين أن يعيد الله العيد على الجميع.")).isEmpty();
        // no given name before it anywhere: the feast
        assertThat(texts("وأكد العيد فرحة الأطفال بعد صلاة الفجر.")).containsExactly("العيد");
        assertThat(texts("احتفل الأهالي بالعيد في الحدائق.")).containsExactly("العيد");
    }
}
