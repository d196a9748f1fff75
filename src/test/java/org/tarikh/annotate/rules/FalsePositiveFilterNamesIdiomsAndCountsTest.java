package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/**
 * Issue #9, round eleven (acc11b): words that look temporal and are not (FalsePositiveFilter), and a bare
 * Hijri year of the publication's own year (HijriAnnotator). Full pipeline; self-written sentences.
 */
class FalsePositiveFilterNamesIdiomsAndCountsTest {

    /** A Tuesday, 5 Shawwal 1436. */
    private static final LocalDate DCT = LocalDate.of(2015, 7, 21);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static List<String> texts(String sentence) {
        return org.tarikh.annotate.RuleTesting.texts(pipeline, sentence, DCT);
    }

    @Test
    void bothEndsOfARangeOfACountedNounAreCounts() {
        assertThat(texts("وتراوحت أسعار الأرض ما بين 1200 ـ 1400 ريال للمتر، بحسب المكتب.")).isEmpty();
        assertThat(texts("ويتقاضى العامل من 1500 إلى 1800 ريال في الشهر الواحد.")).doesNotContain("1500", "1800");
        // a span of years keeps its years: a year cue before the first, a verb after the second
        assertThat(texts("وعمل في الشركة بين عامي 2003 و2011 في فرعها الرئيسي.")).contains("2011");
        assertThat(texts("ما بين 1990 ـ 1995 شهدت المدينة نموا كبيرا.")).contains("1995");
    }

    @Test
    void aWeekdaySurnameInAListOfPeople() {
        assertThat(texts("وشارك في العرض: فهد الشمري، يزيد الجمعة، نواف العلي، خالد الجمعة، سعد المالكي.")).isEmpty();
        // a weekday after a given name and no list: the day, as before
        assertThat(texts("واستقبل الأمير فيصل الجمعة وفد الغرفة التجارية.")).containsExactly("الجمعة");
    }

    @Test
    void theTwoIsNotMonday() {
        assertThat(texts("ووصف الشرطي الاثنين بأنهما مسالمان، والتقى الاثنين معا.")).isEmpty();
        assertThat(texts("ويجتمع المجلس الاثنين في مقره بالرياض.")).containsExactly("الاثنين");
    }

    @Test
    void partsOfASeasonOrAMatchAreNoQuarters() {
        assertThat(texts("وتألق اللاعب في النصف الأول من المباراة قبل أن يصاب.")).isEmpty();
        assertThat(texts("وحقق الفريق ثلاثة انتصارات في الربع الأول من الموسم.")).doesNotContain("الربع الأول");
        assertThat(texts("وارتفعت الأرباح في الربع الأول من العام.")).containsExactly("الربع الأول من العام");
    }

    @Test
    void aDecadeOfLifeIsAnAgeBracket() {
        assertThat(texts("وأغلب المصابين أطفال في العقد الأول من العمر.")).isEmpty();
    }

    @Test
    void idiomsOfOnceAndMeanwhile() {
        assertThat(texts("كان الرجلان يوما صديقين قبل أن يفترقا.")).isEmpty();
        assertThat(texts("ويعمل الفريق في نفس الوقت على خطة بديلة.")).isEmpty();
        assertThat(texts("وتسعى الجمعية في الوقت ذاته إلى جمع التبرعات.")).isEmpty();
        // a counted day stays a duration
        assertThat(texts("واستمرت الرحلة 12 يوما في الصحراء.")).containsExactly("12 يوما");
    }

    @Test
    void aSeasonInThePublishersOrFestivalsName() {
        assertThat(texts("وصدرت الرواية عن دار ربيع للنشر في بيروت.")).isEmpty();
        assertThat(texts("وزار الوفد معرض الكتاب ومهرجان ربيع المدينة.")).isEmpty();
    }

    @Test
    void aNewContractIsNoDecade() {
        assertThat(texts("ووقع الحارس الدولي محمد العويس عقدًا جديدًا يمتد ثلاث سنوات.")).doesNotContain("عقدًا");
    }

    @Test
    void aBareYearOfThePublicationsHijriYearIsHijri() {
        Timex year = only(pipeline.tag("وكرم الأمير الفائزين في مسابقة حفظ القرآن 1436 ، وسط حضور كبير.", DCT), "1436");
        assertThat(year.value()).isEqualTo("2015");
        assertThat(year.rule()).isEqualTo("tarikh:hijri");
    }
}
