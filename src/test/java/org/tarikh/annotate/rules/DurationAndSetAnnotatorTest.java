package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.SEED_DCT;
import static org.tarikh.annotate.RuleTesting.only;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/** DurationAnnotator and SetAnnotator, which run in this order in the pipeline. */
class DurationAndSetAnnotatorTest {

    @TestPipeline(rules = {DurationAnnotator.class, SetAnnotator.class})
    private static TemporalPipeline pipeline;

    private static TaggedText tag(String s) {
        return pipeline.tag(s, SEED_DCT);
    }

    @Test
    void durationsKeepTheirCount() {
        assertThat(only(tag("استمرت الزيارة ثلاثة أيام."), "ثلاثة أيام").value()).isEqualTo("P3D");
        assertThat(only(tag("سجلت 12 إصابة خلال 24 ساعة."), "24 ساعة").value()).isEqualTo("PT24H");
        assertThat(only(tag("أمضى في السجن عامين."), "عامين").value()).isEqualTo("P2Y");
        assertThat(only(tag("توفي عن 59 عاما."), "59 عاما").value()).isEqualTo("P59Y");
        assertThat(only(tag("يستمر الصيام 15 ساعة و20 دقيقة."), "15 ساعة و20 دقيقة").value()).isEqualTo("PT15H20M");
        assertThat(only(tag("حكم عليه بالسجن بين سنة وثماني سنوات."), "ثماني سنوات").value()).isEqualTo("P8Y");
    }

    @Test
    void beforeAndAfterMakeDatesOfTheUnitsGranularity() {
        Timex t = only(tag("بدأت الأعمال قبل ثلاث سنوات."), "قبل ثلاث سنوات");
        assertThat(t.type()).isEqualTo("DATE");
        assertThat(t.value()).isEqualTo("2018");
        assertThat(only(tag("انتهت قبل أسبوعين."), "قبل أسبوعين").value()).isEqualTo("2021-W12");
        assertThat(only(tag("استمرت أسبوعين."), "أسبوعين").value()).isEqualTo("P2W");
        assertThat(only(tag("يصل بعد 10 أيام."), "بعد 10 أيام").value()).isEqualTo("2021-04-17");
        assertThat(only(tag("عادوا قبل ثلاثة أسابيع."), "قبل ثلاثة أسابيع").value()).isEqualTo("2021-W11");
    }

    @Test
    void setsWithCountsAndEvery() {
        assertThat(only(tag("تعمل الفرق يوميا."), "يوميا").type()).isEqualTo("SET");
        assertThat(only(tag("يتدرب اللاعبون مرتين يوميا."), "مرتين يوميا").value()).isEqualTo("P1D");
        assertThat(only(tag("تجتمع اللجنة كل أسبوع."), "كل أسبوع").value()).isEqualTo("P1W");
        assertThat(only(tag("تقام الصلاة كل يوم جمعة."), "كل يوم جمعة").value()).isEqualTo("XXXX-WXX-5");
        assertThat(only(tag("تنطلق حافلة كل 10 دقائق."), "كل 10 دقائق").value()).isEqualTo("PT10M");
        assertThat(only(tag("تنظم الحملة كل ستة أشهر."), "كل ستة أشهر").value()).isEqualTo("P6M");
    }

    @Test
    void frequencyAdjectivesAfterAMannerNounAreSets() {
        Timex t = only(tag("يتوافد الزوار على القرية بشكل يومي من كل مكان."), "يومي");
        assertThat(t.type()).isEqualTo("SET");
        assertThat(t.value()).isEqualTo("P1D");
        assertThat(only(tag("وأصبحت الهجمات شبه يومية منذ ذلك الحين."), "يومية").value()).isEqualTo("P1D");
        assertThat(only(tag("تصدر النشرة بصفة أسبوعية."), "أسبوعية").value()).isEqualTo("P1W");
        assertThat(tag("ارتفع التضخم السنوي إلى 3 في المئة.").timexes()).isEmpty();
    }

    @Test
    void aPeriodWithACountCloseByIsReadPerPeriod() {
        Timex t = only(tag("يعمل الدواء 24 ساعة في اليوم، بخلاف غيره."), "اليوم");
        assertThat(t.type()).isEqualTo("SET");
        assertThat(t.value()).isEqualTo("P1D");
        assertThat(only(tag("يعطى مرة واحدة في اليوم وأصبح الأكثر استخداما."), "اليوم").value()).isEqualTo("P1D");
        assertThat(only(tag("يصل سعر أجرتها في اليوم إلى 500 ريال."), "اليوم").type()).isEqualTo("SET");
        // one particular day, or no count: not a frequency
        assertThat(tag("قتل 5 أشخاص في اليوم التالي.").timexes()).noneMatch(x -> x.type().equals("SET"));
        assertThat(tag("سقط 5 جرحى في اليوم نفسه.").timexes()).noneMatch(x -> x.type().equals("SET"));
        assertThat(tag("وقال الوزير في اليوم ذاته إن الاجتماع انتهى.").timexes()).noneMatch(x -> x.type().equals("SET"));
    }
}
