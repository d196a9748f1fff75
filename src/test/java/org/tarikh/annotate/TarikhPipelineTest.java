package org.tarikh.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.SEED_DCT;
import static org.tarikh.annotate.RuleTesting.only;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole Tarikh pipeline (HeidelTime and our annotators): the seed article and cross-annotator cases. */
class TarikhPipelineTest {

    @TestPipeline
    private static TemporalPipeline pipeline;
    private static String seed;

    @BeforeAll
    static void build() throws Exception {
        seed = Files.readString(Path.of("sample-articles/000_964be29df06537d0.txt"));
    }

    private static TaggedText tag(String s) {
        return pipeline.tag(s, SEED_DCT);
    }

    @Test
    void seedExpectations() {
        TaggedText t = pipeline.tag(seed, SEED_DCT);
        for (Timex x : t.timexes()) {
            assertThat(seed.substring(x.begin(), x.end())).isEqualTo(x.text());
        }
        Timex amsi = only(t, "أمس");
        assertThat(seed.substring(amsi.begin() - 1, amsi.begin())).isEqualTo("و");
        assertThat(amsi.value()).isEqualTo("2021-04-06");
        assertThat(only(t, "حاليًا").value()).isEqualTo("PRESENT_REF");
        assertThat(only(t, "7 أبريل نيسان").value()).isEqualTo("2021-04-07");
        Timex y2008 = only(t, "عام 2008");
        assertThat(seed.charAt(y2008.begin() - 1)).isEqualTo('ل');
        assertThat(y2008.value()).isEqualTo("2008");
        assertThat(t.timexes()).noneMatch(x -> x.text().contains("2500"));
        assertThat(only(t, "الأربعاء").value()).isEqualTo("2021-04-07");
        assertThat(only(t, "يوم الاربعاء").value()).isEqualTo("2021-04-07");
        assertThat(only(t, "أواخر الشهر الماضي").mod()).isEqualTo("END");
        assertThat(only(t, "العام الماضي").value()).isEqualTo("2020");
    }

    @Test
    void quantitiesVerbsAndFractionsHeidelTimeTakesForDatesAreRemoved() {
        assertThat(tag("بلغت الكميات (267137) كيلوجراماً خلال شهري رجب وشعبان.").timexes())
                .noneMatch(t -> t.text().contains("267137") || t.text().equals("شهري"));
        assertThat(tag("ولا مانع من التشهير به لأنه مارس نوعا من إرهاب المجتمع.").timexes()).isEmpty();
        assertThat(tag("وغرامة مالية تصل الى ربع مليون دولار.").timexes()).isEmpty();
        assertThat(only(tag("وصل الوفد في مارس إلى الرياض."), "مارس").value()).isEqualTo("2021-03");
    }

    @Test
    void punctuationGluedToTheExpressionStaysOutside() {
        assertThat(only(tag("عقدت الحكومة جلستها أمس، وناقشت الموازنة."), "أمس").value()).isEqualTo("2021-04-06");
        assertThat(only(tag("هل تنتهي الأزمة قبل نهاية العام؟"), "نهاية العام").mod()).isEqualTo("END");
    }

    @Test
    void pairedAndRegionalMonthsAreOneExpression() {
        assertThat(only(tag("تجري الانتخابات في أيار (مايو) المقبل."), "أيار (مايو) المقبل").value()).isEqualTo("2021-05");
        assertThat(only(tag("وقعت الكارثة في 4 آب (أغسطس) 2020."), "4 آب (أغسطس) 2020").value()).isEqualTo("2020-08-04");
        assertThat(only(tag("يبدأ الموسم يوم 17 أفريل."), "يوم 17 أفريل").value()).isEqualTo("2021-04-17");
        assertThat(only(tag("سافر في 10 كانون الثاني 2019."), "10 كانون الثاني 2019").value()).isEqualTo("2019-01-10");
    }

    @Test
    void rangesGiveBothEndpoints() {
        TaggedText t = tag("يقام المهرجان من 10 إلى 15 أبريل في بغداد.");
        assertThat(only(t, "10").value()).isEqualTo("2021-04-10");
        assertThat(only(t, "15 أبريل").value()).isEqualTo("2021-04-15");
        TaggedText u = tag("يصوت النواب يومي الثلاثاء والأربعاء.");
        assertThat(u.timexes()).extracting(Timex::text).containsExactly("الثلاثاء", "الأربعاء");
    }

    @Test
    void falsePositivesAreNotTagged() {
        assertThat(tag("يبلغ عدد الجنود حاليا نحو 2500 جندي.").timexes()).extracting(Timex::text)
                .containsExactly("حاليا");
        assertThat(tag("قال مدير عام الشركة إن التعليم العام يحتاج إلى دعم.").timexes()).isEmpty();
        assertThat(tag("دعت قوى 14 آذار إلى التظاهر.").timexes()).isEmpty();
        assertThat(tag("قالت تيريزا ماي إن بلادها ستغادر.").timexes()).isEmpty();
        assertThat(tag("قال الأب إن ابنه مريض.").timexes()).isEmpty();
        assertThat(tag("فاز الفريق 3-1 على منافسه.").timexes()).isEmpty();
        assertThat(tag("بلغ سعر الكيلو 1500 دينار.").timexes()).isEmpty();
    }

    @Test
    void everyFridayNeitherThrowsNorTurnsOnHeidelTimeDebugOutput() {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        TaggedText t;
        try {
            System.setErr(capture);
            System.setOut(capture);
            t = tag("كانت المساجد تستقبل كل يوم جمعة آلاف المصلين، وتم رفع السقف اليومي السابق.");
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        assertThat(only(t, "كل يوم جمعة").value()).isEqualTo("XXXX-WXX-5");
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("NullPointerException").doesNotContain("DEBUGGING");
    }

    @Test
    void relativeUnitsAndModifiers() {
        assertThat(only(tag("ستجري الانتخابات الشهر المقبل."), "الشهر المقبل").value()).isEqualTo("2021-05");
        assertThat(only(tag("ارتفعت الأسعار خلال العام الجاري."), "العام الجاري").value()).isEqualTo("2021");
        assertThat(only(tag("يلتقي الوفدان الأسبوع المقبل."), "الأسبوع المقبل").value()).isEqualTo("2021-W15");
        Timex mid = only(tag("بدأت الحملة منتصف الشهر الجاري."), "منتصف الشهر الجاري");
        assertThat(mid.value()).isEqualTo("2021-04");
        assertThat(mid.mod()).isEqualTo("MID");
        Timex start = only(tag("تبدأ المرحلة مطلع العام المقبل."), "مطلع العام المقبل");
        assertThat(start.value()).isEqualTo("2022");
        assertThat(start.mod()).isEqualTo("START");
        assertThat(only(tag("أعلنت الشركة مؤخرا عن خطتها."), "مؤخرا").value()).isEqualTo("PAST_REF");
        assertThat(only(tag("سيصل الوفد قريبا."), "قريبا").value()).isEqualTo("FUTURE_REF");
        TaggedText r = tag("بين عامي 2003 و2011 تضاعف الإنتاج.");
        assertThat(r.timexes()).extracting(Timex::text).containsExactly("عامي 2003", "2011");
        assertThat(only(tag("وصل الوزير فجر الأربعاء."), "فجر الأربعاء").value()).isEqualTo("2021-04-07TMO");
    }

    @Test
    void hijriWithItsGregorianTwin() {
        TaggedText t = pipeline.tag("تستمر العطلة حتى 10 شوال 1437هـ الموافق 15 يوليو.", LocalDate.of(2016, 7, 3));
        assertThat(only(t, "10 شوال 1437هـ").value()).isEqualTo("2016-07-15");
        assertThat(only(t, "15 يوليو").value()).isEqualTo("2016-07-15");
    }
}
