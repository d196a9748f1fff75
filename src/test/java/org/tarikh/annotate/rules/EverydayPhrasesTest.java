package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.SEED_DCT;
import static org.tarikh.annotate.RuleTesting.only;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;
import org.tarikh.annotate.grammar.DateGrammarAnnotator;

/**
 * Everyday (dialectal) date phrases: dialect-words.txt rewrites them to MSA in the HeidelTime view,
 * and the rule annotators read them there (annotation guidelines, "Everyday phrases").
 * The publication date is a Wednesday.
 */
class EverydayPhrasesTest {

    @TestPipeline(rules = {DayPhraseAnnotator.class, ClockTimeAnnotator.class, VagueAnnotator.class,
            DurationAnnotator.class, SetAnnotator.class, DateGrammarAnnotator.class})
    private static TemporalPipeline pipeline;

    private static TaggedText tag(String s) {
        return pipeline.tag(s, SEED_DCT);
    }

    private static String value(String sentence, String expression) {
        return only(tag(sentence), expression).value();
    }

    @Test
    void tomorrowYesterdayAndTodayInEveryDialect() {
        assertThat(value("بكرا منروح عالبحر.", "بكرا")).isEqualTo("2021-04-08");
        assertThat(value("بكره هنروح الساحل.", "بكره")).isEqualTo("2021-04-08");
        assertThat(value("باچر عندنا اختبار.", "باچر")).isEqualTo("2021-04-08");
        assertThat(value("غدوة نمشيو للخدمة.", "غدوة")).isEqualTo("2021-04-08");
        assertThat(value("امبارح اتفرجنا على الماتش.", "امبارح")).isEqualTo("2021-04-06");
        assertThat(value("البارح شفت صاحبي.", "البارح")).isEqualTo("2021-04-06");
        assertThat(value("أول امبارح كنت عند الدكتور.", "أول امبارح")).isEqualTo("2021-04-05");
        assertThat(value("قبل البارح مشيت عند الطبيب.", "قبل البارح")).isEqualTo("2021-04-05");
        assertThat(value("بعد بكرا عيد ميلاد أختي.", "بعد بكرا")).isEqualTo("2021-04-09");
        assertThat(value("عقب باچر بنسافر دبي.", "عقب باچر")).isEqualTo("2021-04-09");
        assertThat(value("النهارده عندي امتحان.", "النهارده")).isEqualTo("2021-04-07");
    }

    @Test
    void weekdaysWithNextAndLast() {
        assertThat(value("الخميس الجاي بنطلع البر.", "الخميس الجاي")).isEqualTo("2021-04-08");
        assertThat(value("الأربعا الجاي في اجتماع.", "الأربعا الجاي")).isEqualTo("2021-04-14");
        assertThat(value("الجمعة الياية عندي مقابلة.", "الجمعة الياية")).isEqualTo("2021-04-09");
        assertThat(value("التلات اللي فات كان عيد ميلادي.", "التلات اللي فات")).isEqualTo("2021-04-06");
        assertThat(value("التنين اللي راح كنت عند الدكتور.", "التنين اللي راح")).isEqualTo("2021-04-05");
        assertThat(value("يوم الجمعة اللي فات رحنا عند جدتي.", "يوم الجمعة اللي فات")).isEqualTo("2021-04-02");
    }

    @Test
    void futureMarkersAfterAFrontedWeekday() {
        assertThat(value("الخميس رح نطلع مشوار.", "الخميس")).isEqualTo("2021-04-08");
        assertThat(value("السبت هنخرج نتعشى برا.", "السبت")).isEqualTo("2021-04-10");
        assertThat(value("السبت كان عندي موعد.", "السبت")).isEqualTo("2021-04-03");
    }

    @Test
    void partsOfDayAfterADayAndAlone() {
        Timex t = only(tag("بكرا الصبح لازم روح عالبنك."), "بكرا الصبح");
        assertThat(t.type()).isEqualTo("TIME");
        assertThat(t.value()).isEqualTo("2021-04-08TMO");
        assertThat(value("البارحة بالليل جانا ضيوف.", "البارحة بالليل")).isEqualTo("2021-04-06TNI");
        assertThat(value("مبارح الضهر أكلنا منسف.", "مبارح الضهر")).isEqualTo("2021-04-06TMI");
        assertThat(value("تعال العصر نشرب قهوة.", "العصر")).isEqualTo("2021-04-07TAF");
        assertThat(value("بعد الضهر هنزل السوق.", "بعد الضهر")).isEqualTo("2021-04-07TAF");
        assertThat(value("بالليل هنروح السينما.", "الليل")).isEqualTo("2021-04-07TNI");
        assertThat(value("ليلة الجمعة بنسهر عند خالي.", "ليلة الجمعة")).isEqualTo("2021-04-08TNI");
        // a prayer, an era, the noun «الليل»: not times
        assertThat(tag("أدى المصلون صلاة العصر.").timexes()).isEmpty();
        assertThat(tag("تغيرت القيم في العصر الحديث.").timexes()).isEmpty();
        assertThat(tag("غصبا عن خفافيش الليل يكون حضورك.").timexes()).isEmpty();
    }

    @Test
    void clockTimesOfEverydaySpeech() {
        assertThat(value("الساعة تسع ونص بالليل بتبدأ المباراة.", "الساعة تسع ونص بالليل")).isEqualTo("2021-04-07T21:30");
        assertThat(value("وصلت الساعة تمانة الصبح.", "الساعة تمانة الصبح")).isEqualTo("2021-04-07T08:00");
        assertThat(value("الساعة اتنين الضهر هنتغدى.", "الساعة اتنين الضهر")).isEqualTo("2021-04-07T14:00");
        assertThat(value("بكرا الساعة خمسة العصر عندي موعد.", "بكرا الساعة خمسة العصر")).isEqualTo("2021-04-08T17:00");
        assertThat(value("رح نضل سهرانين لنص الليل.", "نص الليل")).isEqualTo("2021-04-07T24:00");
    }

    @Test
    void nowAndTheOldDays() {
        assertThat(value("أنا دلوقتي في الشغل.", "دلوقتي")).isEqualTo("PRESENT_REF");
        assertThat(value("هلق مش فاضي.", "هلق")).isEqualTo("PRESENT_REF");
        assertThat(value("دابا أنا خدام.", "دابا")).isEqualTo("PRESENT_REF");
        assertThat(value("زمان كانت الحاجات أرخص.", "زمان")).isEqualTo("PAST_REF");
    }

    @Test
    void agoInAndSets() {
        assertThat(value("من سنة تركت الشغل.", "من سنة")).isEqualTo("2020");
        assertThat(value("من يومين اتخانقت مع صاحبي.", "من يومين")).isEqualTo("2021-04-05");
        Timex ongoing = only(tag("أشتغل هنا من عشر سنين."), "عشر سنين");
        assertThat(ongoing.type()).isEqualTo("DURATION");
        assertThat(value("كمان يومين بيخلص الفصل.", "كمان يومين")).isEqualTo("2021-04-09");
        assertThat(value("نلعب كورة مرتين بالأسبوع.", "مرتين بالأسبوع")).isEqualTo("P1W");
        assertThat(value("مرتين بالجمعة بروح عالنادي.", "مرتين بالجمعة")).isEqualTo("P1W");
        assertThat(value("الفيلم طويل، تلات ساعات.", "تلات ساعات")).isEqualTo("PT3H");
    }

    @Test
    void levantineAndEgyptianNumbersAndTeens() {
        assertThat(value("بعد تلت أيام بيرجع أخوي.", "بعد تلت أيام")).isEqualTo("2021-04-10");
        assertThat(value("بعد أربع تيام منسافر.", "بعد أربع تيام")).isEqualTo("2021-04-11");
        assertThat(value("الدرس الساعة تسعة إلا تلت الصبح.", "الساعة تسعة إلا تلت الصبح")).isEqualTo("2021-04-07T08:40");
        assertThat(value("بتفتح الساعة تمنة وتلت الصبح.", "الساعة تمنة وتلت الصبح")).isEqualTo("2021-04-07T08:20");
        assertThat(value("موعدنا الساعة حدعش الصبح.", "الساعة حدعش الصبح")).isEqualTo("2021-04-07T11:00");
        assertThat(value("المحاضرة الساعة وحدة الضهر.", "الساعة وحدة الضهر")).isEqualTo("2021-04-07T13:00");
        assertThat(value("النتيجة بعد خمستاشر يوم.", "بعد خمستاشر يوم")).isEqualTo("2021-04-22");
        assertThat(value("بيطلع الباص الساعة ستة المغرب.", "الساعة ستة المغرب")).isEqualTo("2021-04-07T18:00");
    }

    @Test
    void wednesdayAndSundayAsSpokenOnlyWithARelativeWord() {
        assertThat(value("عندي دكتور الأربع الجاي.", "الأربع الجاي")).isEqualTo("2021-04-14");
        assertThat(value("الحد اللي فات روحنا الملاهي.", "الحد اللي فات")).isEqualTo("2021-04-04");
        assertThat(value("يوم الحد هنزور جدتي.", "يوم الحد")).isEqualTo("2021-04-11");
        // «الأربع» is "the four", «الحد» "the limit": no weekday
        assertThat(tag("ارتفعت الصادرات خلال السنوات الأربع الماضية.").timexes())
                .noneMatch(t -> t.value().equals("2021-03-31"));
        assertThat(tag("وصلت الأسعار إلى الحد الأقصى.").timexes()).isEmpty();
    }

    @Test
    void maghrebiThisAndAfternoonAndTheWeekend() {
        // «هذا الأسبوع/الشهر» are HeidelTime's (not in this pipeline): the view must carry the MSA words
        assertThat(org.tarikh.annotate.norm.HeidelTimeText.of("هاد السيمانة عندي خدمة").text()).isEqualTo("هذا الأسبوع عندي خدمة");
        assertThat(org.tarikh.annotate.norm.HeidelTimeText.of("هاد الشهر غادي").text()).isEqualTo("هذا الشهر غادي");
        assertThat(org.tarikh.annotate.norm.HeidelTimeText.of("هالجمعة مشغولين").text()).isEqualTo("هذا الأسبوع مشغولين");
        assertThat(value("غدا فالعشية غادي نمشي للسوق.", "غدا فالعشية")).isEqualTo("2021-04-08TAF");
        assertThat(value("الويكند الجاي رايحين الساحل.", "الويكند الجاي")).isEqualTo("2021-W14-WE");
        assertThat(value("ذحين بروح البيت.", "ذحين")).isEqualTo("PRESENT_REF");
        assertThat(value("هسه وصلت البيت.", "هسه")).isEqualTo("PRESENT_REF");
        // «هلا» (welcome) shares its key with Levantine «هلأ»: never a time
        assertThat(tag("هلا والله بالضيوف.").timexes()).isEmpty();
    }

    @Test
    void theSmallAndTheBigEid() {
        String fitr = java.time.LocalDate.from(java.time.chrono.HijrahDate.of(1442, 10, 1)).toString();
        String adha = java.time.LocalDate.from(java.time.chrono.HijrahDate.of(1442, 12, 10)).toString();
        assertThat(value("هنسافر البلد في العيد الصغير.", "العيد الصغير")).isEqualTo(fitr);
        assertThat(value("هنسافر البلد في العيد الكبير.", "العيد الكبير")).isEqualTo(adha);
    }

    @Test
    void agoAfterAPerfectVerb() {
        assertThat(value("أختي وصلت من يومين من دبي.", "من يومين")).isEqualTo("2021-04-05");
        assertThat(value("العيال سافروا من أسبوع.", "من أسبوع")).isEqualTo("2021-W13");
        // after a noun «من + duration» is still the ongoing state
        assertThat(only(tag("أشتغل في الشركة من عشر سنين."), "عشر سنين").type()).isEqualTo("DURATION");
    }

    @Test
    void spokenHourOffsetsCountFromAKnownPublicationTime() {
        java.time.LocalTime ten = java.time.LocalTime.of(10, 0);
        assertThat(only(pipeline.tag("كمان ساعة بيوصلوا الضيوف.", SEED_DCT, ten), "كمان ساعة").value())
                .isEqualTo("2021-04-07T11:00");
        assertThat(only(pipeline.tag("بعد نص ساعة هيبدأ الماتش.", SEED_DCT, ten), "بعد نص ساعة").value())
                .isEqualTo("2021-04-07T10:30");
        assertThat(only(pipeline.tag("عقب ساعتين نطلع للمطار.", SEED_DCT, ten), "عقب ساعتين").value())
                .isEqualTo("2021-04-07T12:00");
        // «من + duration» after a perfect verb is "ago"
        Timex ago = only(pipeline.tag("أبوي وصل من ساعة.", SEED_DCT, ten), "من ساعة");
        assertThat(ago.value()).isEqualTo("2021-04-07T09:00");
        assertThat(ago.rule()).isEqualTo("tarikh:grammar:clock-ago-since");
        // without a time none is invented
        assertThat(tag("بعد نص ساعة هيبدأ الماتش.").timexes()).noneMatch(t -> "TIME".equals(t.type()));
    }
}
