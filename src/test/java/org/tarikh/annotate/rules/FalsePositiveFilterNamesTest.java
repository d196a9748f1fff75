package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/** FalsePositiveFilter on what HeidelTime itself proposes, so the whole pipeline. */
class FalsePositiveFilterNamesTest {

    private static final LocalDate DCT = LocalDate.of(2015, 7, 26);
    @TestPipeline
    private static TemporalPipeline pipeline;

    private static java.util.List<String> texts(String sentence) {
        return pipeline.tag(sentence, DCT).timexes().stream().map(Timex::text).toList();
    }

    @Test
    void aSeasonInAFestivalsNameIsNoTime() {
        assertThat(texts("فاجأ المطرب جمهور مهرجان «صيف دبي» بأغنية جديدة.")).doesNotContain("صيف");
        assertThat(texts("وكانت حفلات مهرجان صيف دبي قد بدأت.")).doesNotContain("صيف");
        // a season on its own stays
        assertThat(texts("وتنخفض الأسعار في الصيف عادة، وقال إن هذا الصيف حار.")).contains("هذا الصيف");
    }

    @Test
    void aSpringThatIsANameOrAnAgeIsNoSeason() {
        assertThat(texts("وسجل المهاجم ربيع سفياني هدفين في المباراة.")).noneMatch(t -> t.contains("ربيع"));
        assertThat(texts("وتوفي المواطن ذو الـ80 ربيعاً في منزله.")).noneMatch(t -> t.contains("ربيع"));
        assertThat(texts("وقال قائد القوات البحرية اللواء محمد الربيع إن السفن جاهزة.")).noneMatch(t -> t.contains("ربيع"));
        // a spring with a year, or a year word after it, stays
        assertThat(texts("وصل إلى ليبيا في ربيع عام 2012 للتدريب.")).anyMatch(t -> t.contains("ربيع"));
        assertThat(texts("وتنتهي الأعمال ربيع العام المقبل.")).anyMatch(t -> t.contains("ربيع"));
    }

    @Test
    void theLastMinuteAndElevenAreNoTimeButSoFarAndNotLongAgoAre() {
        assertThat(texts("وقرر المنتخب الانسحاب من البطولة في اللحظة الأخيرة.")).isEmpty();
        assertThat(texts("وقرأ الشاعر الأبيات الأحد عشر في الحفل.")).isEmpty();
        java.util.List<Timex> soFar = pipeline.tag("وبلغت الاستثمارات حتى اللحظة مليار ريال.", DCT).timexes();
        assertThat(soFar).singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("PRESENT_REF"));
        java.util.List<Timex> lately = pipeline.tag("وبالأمس القريب اختتمت مسابقة القرآن الكريم.", DCT).timexes();
        assertThat(lately).singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("PAST_REF"));
        java.util.List<Timex> night = pipeline.tag("وقتل ثلاثة أشخاص الليلة قبل الماضية في هجوم.", DCT).timexes();
        assertThat(night).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("الليلة قبل الماضية");
            assertThat(t.value()).isEqualTo("2015-07-24TNI");
        });
    }

    @Test
    void anOrdinalPeriodIsNoDurationAndADaySingledOutIsPerDay() {
        // HeidelTime's one-unit durations: «اليوم الأول للبطولة» is an ordinal day of an event, «الدقيقة الواحدة
        // والستين» a match minute; «في اليوم الواحد» is per day (adjudication d393)
        assertThat(texts("وفاز الفريق في اليوم الأول للبطولة على منافسه.")).isEmpty();
        assertThat(texts("ووزعت الكتب خلال الأسبوع الأول لعودة المعلمين.")).isEmpty();
        assertThat(texts("وسجل المهاجم الهدف عند الدقيقة الواحدة والستين.")).isEmpty();
        java.util.List<Timex> perDay = pipeline.tag("ويصل المدينة في اليوم الواحد ألف زائر.", DCT).timexes();
        assertThat(perDay).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("اليوم");
            assertThat(t.type()).isEqualTo("SET");
            assertThat(t.value()).isEqualTo("P1D");
        });
    }

    @Test
    void aDecadeThatIsHeldIsNoDecade() {
        // «عقد» is also the verbal noun 'holding' and a contract
        assertThat(texts("ولا يلتقي الخطيبان إلا هاتفيا قبل عقد القران.")).noneMatch(t -> t.contains("عقد"));
        assertThat(texts("وجاء الإعلان بعد عقد اجتماع مجلس الإدارة.")).noneMatch(t -> t.contains("عقد"));
        assertThat(texts("وتسعى الهيئة إلى تسهيل الخدمات من خلال عقد شراكات مع المكاتب.")).noneMatch(t -> t.contains("عقد"));
        // a decade stays
        assertThat(texts("وغادر البلاد قبل عقد من الزمن.")).anyMatch(t -> t.contains("عقد"));
        assertThat(texts("وكانت المدينة صغيرة قبل عقد الثمانينيات.")).anyMatch(t -> t.contains("الثمانينيات"));
    }

    @Test
    void aPresentDayYearFollowedByAVerbOrParticleIsAYear() {
        // «2018» then «قال», «1991» then «ولا»: no noun is counted, so they are years; counts stay removed
        assertThat(texts("وعن قرعة تصفيات مونديال روسيا 2018 قال المدرب إن مجموعتنا قوية.")).contains("2018");
        assertThat(texts("دخلت الغواصة الخدمة في 1991 ولا تزال تعمل.")).contains("1991");
        assertThat(texts("شارك 2000 طالب في المسابقة.")).doesNotContain("2000");
        // after «في», a word with «ل» or «ب» on it is no counted noun: «في 1986 لتغطية», «في 1980 بعدما»
        assertThat(texts("وقام بتوسيع القاعدة في 1986 لتغطية الاستطلاع البحري.")).contains("1986");
        assertThat(texts("ووزعت الجمعية المساعدات في 2000 منزل بالمدينة.")).doesNotContain("2000");
    }

    @Test
    void anAmbiguousMonthNameAloneIsNoMonth() {
        // «آب» is also a brand word and, normalized, the city «إب»; alone, with no date context, no month
        assertThat(texts("وحققت الشركة أرباحا قياسية من متجر «آب ستور» للتطبيقات.")).doesNotContain("آب");
        assertThat(texts("وسقط عدد من المقاتلين في كمين بمحافظة إب وسط البلاد.")).doesNotContain("إب");
        // with a day number or a year it is August
        assertThat(texts("وصل الوفد في 12 آب 2015 إلى المدينة.")).anyMatch(t -> t.contains("آب"));
    }

    @Test
    void theSameDayIsNotThePublicationDay() {
        // «في نفس اليوم», «ذات اليوم»: the day of an event just told
        assertThat(texts("تجرى العملية في العيادة ويعود المريض إلى بيته في نفس اليوم بعد الراحة.")).doesNotContain("اليوم");
        assertThat(texts("وصل الفريق إلى المدينة وخاض التدريب في ذات اليوم.")).doesNotContain("اليوم");
        assertThat(texts("يصل الوفد اليوم إلى الرياض.")).contains("اليوم");
    }

    @Test
    void aSameDayWordBeforeANumberKeepsTheExpression() {
        // «ذات», «نفس» make «اليوم» another day, not a count or a date after them a name
        java.util.List<Timex> plan = pipeline.tag("وأقرت الحكومة خطة ذات 5 سنوات لتطوير التعليم.", DCT).timexes();
        assertThat(plan).anySatisfy(t -> {
            assertThat(t.text()).contains("5 سنوات");
            assertThat(t.type()).isEqualTo("DURATION");
            assertThat(t.value()).isEqualTo("P5Y");
        });
    }
}
