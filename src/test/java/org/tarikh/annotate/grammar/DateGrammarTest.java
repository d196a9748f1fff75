package org.tarikh.annotate.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.chrono.HijrahDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

/** The worked examples of docs/annotators.md, "The date grammar", one per combination rule. */
class DateGrammarTest {

    private static final LocalDate DCT = LocalDate.of(2015, 9, 15);
    @TestPipeline(rules = {DateGrammarAnnotator.class})
    private static TemporalPipeline pipeline;

    private static Timex tag(String sentence, String expression) {
        TaggedText t = pipeline.tag(sentence, DCT);
        return only(t, expression);
    }

    private static String hijri(int y, int m, int d) {
        return LocalDate.from(HijrahDate.of(y, m, d)).toString();
    }

    @Test
    void numericDatesReadDayMonthYearInEitherCalendar() {
        assertThat(tag("وذلك في 5 / 9 / 2015م بحضور الأمير.", "5 / 9 / 2015م").value()).isEqualTo("2015-09-05");
        Timex h = tag("صدر القرار بتاريخ ١٢/٣/١٤٣٧هـ.", "١٢/٣/١٤٣٧هـ");
        assertThat(h.value()).isEqualTo(hijri(1437, 3, 12));
        assertThat(h.rule()).isEqualTo("tarikh:grammar:numeric-date");
    }

    @Test
    void aWeekdayInAppositionIsCheckedAgainstItsDate() {
        Timex t = tag("وعقد الاجتماع يوم الخميس 10 / 12 / 1436 هـ في الرياض.", "يوم الخميس 10 / 12 / 1436 هـ");
        assertThat(t.value()).isEqualTo(hijri(1436, 12, 10));
        assertThat(t.rule()).isEqualTo("tarikh:grammar:weekday-date(weekday-mismatch:thursday)+numeric-date");
        // a date without a year takes the year in which the weekday fits
        assertThat(tag("وصل الوفد الأحد 20 سبتمبر إلى جدة.", "الأحد 20 سبتمبر").value()).isEqualTo("2015-09-20");
    }

    @Test
    void aDayAttachesToAMonthReferenceWithMin() {
        assertThat(tag("وتنتهي المهلة في الـ15 من الشهر الجاري.", "الـ15 من الشهر الجاري").value()).isEqualTo("2015-09-15");
        // the DCT is 1 Dhu al-Hijjah 1436: «المقبل» points to the next 10th of Dhu al-Hijjah, nine days ahead, as
        // «الخميس المقبل» to the next Thursday (round ten, acc10b; adjudication d271); before, 1437's
        assertThat(tag("يبدأ الموسم في العاشر من ذي الحجة المقبل.", "العاشر من ذي الحجة المقبل").value())
                .isEqualTo(hijri(1436, 12, 10));
        assertThat(tag("يبدأ الموسم في العاشر من محرم المقبل.", "العاشر من محرم المقبل").value())
                .isEqualTo(hijri(1437, 1, 10));
        assertThat(tag("وصل في الخامس عشر من شعبان الماضي.", "الخامس عشر من شعبان الماضي").value())
                .isEqualTo(hijri(1436, 8, 15));
    }

    @Test
    void aMonthIntersectsAYearReference() {
        assertThat(tag("ارتفعت الأسعار في مارس من العام الماضي.", "مارس من العام الماضي").value()).isEqualTo("2014-03");
        assertThat(tag("ستفتتح المدينة في أغسطس العام المقبل.", "أغسطس العام المقبل").value()).isEqualTo("2016-08");
        assertThat(tag("افتتح في يونيو من هذا العام.", "يونيو من هذا العام").value()).isEqualTo("2015-06");
    }

    @Test
    void nthAndLastOfAMonth() {
        assertThat(tag("يعقد اللقاء ثاني خميس من الشهر.", "ثاني خميس من الشهر").value()).isEqualTo("2015-09-10");
        assertThat(tag("ينتهي العقد آخر يوم من أكتوبر.", "آخر يوم من أكتوبر").value()).isEqualTo("2015-10-31");
        assertThat(tag("وصل في أول أيام شهر رمضان.", "أول أيام شهر رمضان").value()).isEqualTo(hijri(1436, 9, 1));
    }

    @Test
    void offsetsFromThePublicationDate() {
        Timex t = tag("بدأ المشروع قبل نحو عشرين عاماً.", "قبل نحو عشرين عاماً");
        assertThat(t.value()).isEqualTo("1995");
        assertThat(t.mod()).isEqualTo("APPROX");
        assertThat(tag("يعود بعد أربعة أيام.", "بعد أربعة أيام").value()).isEqualTo("2015-09-19");
    }

    @Test
    void anOffsetCountedFromAnEventIsNotADate() {
        TaggedText t = pipeline.tag("وصلت القوات بعد يومين من المعارك.", DCT);
        assertThat(t.timexes()).noneMatch(x -> x.text().startsWith("بعد"));
    }

    @Test
    void holidaysAreTheNearestOccurrence() {
        assertThat(pipeline.tag("يحتفل المسلمون بعيد الفطر.", LocalDate.of(2015, 7, 22)).timexes())
                .anyMatch(x -> x.text().equals("عيد الفطر") && x.value().equals(hijri(1436, 10, 1)));
    }

    @Test
    void hijriYearPairsGiveOneExpressionPerYear() {
        Timex t = tag("موسم 36/1437هـ كان ناجحا.", "36");
        assertThat(t.value()).isEqualTo(Integer.toString(LocalDate.from(HijrahDate.of(1436, 7, 1)).getYear()));
    }

    @Test
    void countedQualifiedAndVagueDurations() {
        Timex more = tag("عمل في الشركة أكثر من عشر سنوات.", "أكثر من عشر سنوات");
        assertThat(more.value()).isEqualTo("P10Y");
        assertThat(more.mod()).isEqualTo("MORE_THAN");
        assertThat(tag("بقي هناك شهرا كاملا.", "شهرا كاملا").value()).isEqualTo("P1M");
        assertThat(tag("سجن ثلاث سنوات ونصف.", "ثلاث سنوات ونصف").value()).isEqualTo("P3.5Y");
        assertThat(tag("ارتفع العدد خلال السنوات الخمس الأخيرة.", "السنوات الخمس الأخيرة").value()).isEqualTo("P5Y");
        assertThat(tag("سيعود الوزراء خلال الأيام القليلة القادمة.", "الأيام القليلة القادمة").value()).isEqualTo("PXD");
        assertThat(tag("وشهدت الفترة الماضية تحسنا.", "الفترة الماضية").value()).isEqualTo("PAST_REF");
    }

    @Test
    void aSingularUnitWithARelativeWordStaysADate() {
        TaggedText t = pipeline.tag("ارتفعت الأسعار العام الماضي.", DCT);
        assertThat(t.timexes()).noneMatch(x -> "DURATION".equals(x.type()));
    }

    @Test
    void twentyFourHourClock() {
        assertThat(tag("تنطلق الرحلة الساعة 2100.", "الساعة 2100").value()).isEqualTo("2015-09-15T21:00");
    }

    @Test
    void vagueOffsetsAndRecurringWeekdays() {
        assertThat(tag("وكان قد زار المدينة قبل عدة سنوات.", "قبل عدة سنوات").value()).isEqualTo("PAST_REF");
        assertThat(tag("وصل قبل أيام إلى جدة.", "قبل أيام").value()).isEqualTo("PAST_REF");
        Timex set = tag("يفتح المعرض يوم الجمعة من كل أسبوع.", "يوم الجمعة من كل أسبوع");
        assertThat(set.type()).isEqualTo("SET");
        assertThat(set.value()).isEqualTo("XXXX-WXX-5");
    }

    @Test
    void anOffsetFromAnEventKeepsOnlyItsDuration() {
        Timex t = tag("وصلت القوات بعد يومين من المعارك.", "يومين");
        assertThat(t.type()).isEqualTo("DURATION");
        assertThat(t.value()).isEqualTo("P2D");
        assertThat(tag("تعمل الشركة طوال العام.", "العام").value()).isEqualTo("P1Y");
    }

    @Test
    void aWeekdayBeforeAlmuwafiqTakesTheDateItStandsFor() {
        TaggedText t = pipeline.tag("يقام الحفل الأربعاء الموافق 7 من الشهر المقبل.", DCT);
        assertThat(only(t, "الأربعاء").value()).isEqualTo("2015-10-07");
        assertThat(only(t, "7 من الشهر المقبل").value()).isEqualTo("2015-10-07");
    }

    @Test
    void approximateDurationsModifiersAndRecentPast() {
        Timex decade = tag("استمرت الأزمة قرابة العقد.", "قرابة العقد");
        assertThat(decade.value()).isEqualTo("P1DE");
        assertThat(decade.mod()).isEqualTo("APPROX");
        assertThat(tag("بقي هناك عام تقريبا.", "عام تقريبا").mod()).isEqualTo("APPROX");
        Timex start = tag("يصرف الراتب في بداية الشهر.", "بداية الشهر");
        assertThat(start.value()).isEqualTo("2015-09");
        assertThat(start.mod()).isEqualTo("START");
        assertThat(tag("وقعت الحادثة أخيرا في جدة.", "أخيرا").value()).isEqualTo("PAST_REF");
        assertThat(pipeline.tag("وأخيرا وصل الفريق.", DCT).timexes()).isEmpty(); // "finally"
        assertThat(tag("موسم 2015/ 2016 م كان ناجحا.", "2015").value()).isEqualTo("2015");
    }

    @Test
    void compoundDurationsAndDualsAreOneDuration() {
        assertThat(tag("قضى في السجن 5 أشهر و27 يوما.", "5 أشهر و27 يوما").value()).isEqualTo("P5M27D");
        assertThat(tag("قضى سنة وأربعة شهور في الخارج.", "سنة وأربعة شهور").value()).isEqualTo("P1Y4M");
        assertThat(tag("استمر الاجتماع ساعتين و30 دقيقة.", "ساعتين و30 دقيقة").value()).isEqualTo("PT2H30M");
        // the smaller unit first is two durations, not one
        assertThat(pipeline.tag("مر يوما وعامين.", DCT).timexes()).noneMatch(t -> t.value().equals("P1D2Y"));
        assertThat(tag("وتعاقد لعامين مع النادي.", "عامين").value()).isEqualTo("P2Y");
    }

    @Test
    void partsOfYearsMonthsWithBareYearsAndSeasons() {
        assertThat(tag("ارتفعت الأرباح في النصف الأول من 2015.", "النصف الأول من 2015").value()).isEqualTo("2015-H1");
        assertThat(tag("نتائج الربع الثاني من العام الجاري.", "الربع الثاني من العام الجاري").value()).isEqualTo("2015-Q2");
        Timex end = tag("بلغت المبيعات حتى نهاية شهر مايو 2014 نحو مليار.", "نهاية شهر مايو 2014");
        assertThat(end.value()).isEqualTo("2014-05");
        assertThat(end.mod()).isEqualTo("END");
        assertThat(tag("سنرى ذلك هذا الصيف.", "هذا الصيف").value()).isEqualTo("2015-SU");
    }

    @Test
    void aWeekdayBeforeLastAndAHijriYearWithoutItsEra() {
        Timex t = tag("وقع الحادث الأربعاء قبل الماضي في المدينة.", "الأربعاء قبل الماضي");
        assertThat(t.value()).isEqualTo("2015-09-02"); // DCT Tuesday 15 September: last Wednesday the 9th, then a week before
        assertThat(t.rule()).isEqualTo("tarikh:grammar:weekday-two-back");
        assertThat(tag("الوظائف التعليمية للعام 1436 / 1437 هـ.", "لعام 1436").value()).isEqualTo("2015");
    }

    @Test
    void vaguePhrasesAfterLamDropTheArticlesAlef() {
        assertThat(tag("وهذه خطة للمرحلة القريبة المقبلة.", "لمرحلة القريبة المقبلة").value()).isEqualTo("FUTURE_REF");
        assertThat(tag("وصل الوفد قبل قليل إلى المطار.", "قبل قليل").value()).isEqualTo("PAST_REF");
    }

    @Test
    void namedMonthsBetweenSeparatorsNightsAndOffsetsBeyond() {
        assertThat(tag("بدأت الهدنة في 7/يوليو/2015 م وفق الاتفاق.", "7/يوليو/2015 م").value()).isEqualTo("2015-07-07");
        assertThat(tag("وتبدأ الهدنة في 10/شوال/1436هـ.", "10/شوال/1436هـ").value()).isEqualTo(hijri(1436, 10, 10));
        assertThat(tag("وذلك في الأسبوع الأخير من شهر رمضان.", "الأسبوع الأخير من شهر رمضان").value())
                .isEqualTo("2015-W29");
        assertThat(tag("ويتوقع هطول أمطار خلال الليالي المقبلة.", "الليالي المقبلة").value()).isEqualTo("PXD");
        Timex t = tag("وأسست الشركة قبل أكثر من 30 عاما في جدة.", "قبل أكثر من 30 عاما");
        assertThat(t.value()).isEqualTo("1985");
        assertThat(t.mod()).isEqualTo("BEFORE");
    }

    @Test
    void severalUnitsDualsWithARelativeWordAndMoreVagueReferences() {
        assertThat(tag("وبقي هناك عدة أيام قبل أن يعود.", "عدة أيام").value()).isEqualTo("PXD");
        assertThat(tag("وتعاقد معه لمدة عامين مقبلين.", "عامين مقبلين").value()).isEqualTo("P2Y");
        assertThat(tag("وسيتم ذلك في أسرع وقت ممكن.", "أسرع وقت ممكن").value()).isEqualTo("FUTURE_REF");
        assertThat(tag("وأكد أن هذه المرحلة حساسة.", "هذه المرحلة").value()).isEqualTo("PRESENT_REF");
        assertThat(tag("بلغت الكميات خلال شهري رجب.", "رجب").value()).isEqualTo("2015-05");
        Timex second = tag("بلغت الكميات خلال شهري رجب وشعبان نحو مليون طن.", "شعبان");
        assertThat(second.value()).isEqualTo("2015-06");
        assertThat(second.rule()).isEqualTo("tarikh:grammar:hijri-month-coordinated");
    }

    @Test
    void spansOfUnstatedLengthAfterSinceForAndAroundAnEvent() {
        assertThat(tag("وسجل الذهب مستويات قياسية منذ سنوات.", "سنوات").value()).isEqualTo("PXY");
        Timex t = tag("فقد سجن والده لسنوات عدة إبان حكم الشاه.", "سنوات عدة");
        assertThat(t.type()).isEqualTo("DURATION");
        assertThat(t.value()).isEqualTo("PXY");
        assertThat(tag("وبقي الوفد هناك لساعات ثم غادر.", "ساعات").value()).isEqualTo("PTXH");
        assertThat(tag("وبعد دقائق صعد النجم على المسرح.", "دقائق").value()).isEqualTo("PTXM");
        assertThat(tag("يأتي ذلك قبل ساعات من بدء الهدنة.", "ساعات").value()).isEqualTo("PTXH");
        assertThat(tag("وصل الوفد قبل أيام من الانتخابات.", "أيام").value()).isEqualTo("PXD");
        // without an event after it, «قبل أيام» stays a vague date; «منذ الأيام الأولى» is no span
        assertThat(tag("وصل الوفد قبل أيام إلى الرياض.", "قبل أيام").value()).isEqualTo("PAST_REF");
        assertThat(pipeline.tag("وذلك منذ الأيام الأولى للحرب.", DCT).timexes()).isEmpty();
        assertThat(pipeline.tag("شهدت المحال إقبالا خلال أيام العيد.", DCT).timexes()).noneMatch(x -> x.text().equals("أيام"));
    }

    @Test
    void aPartOfAFiscalYearOnlyWhenTheTextSaysItIsFiscal() {
        Timex t = tag("وارتفعت الأرباح في الربع الثالث من سنتها المالية بنسبة 5%.", "الربع الثالث من سنتها المالية");
        assertThat(t.value()).isEqualTo("FY2015-Q3");
        assertThat(t.rule()).isEqualTo("tarikh:grammar:fiscal-part");
        assertThat(tag("خلال الربع الأول من العام المالي 2016.", "الربع الأول من العام المالي 2016").value())
                .isEqualTo("FY2016-Q1");
    }

    @Test
    void qualifiersAfterACountedDurationApproximationsAndThePresentPeriod() {
        Timex more = tag("وجدد اللاعب عقده 3 أعوام أخرى مع النادي.", "3 أعوام أخرى");
        assertThat(more.value()).isEqualTo("P3Y");
        assertThat(more.rule()).isEqualTo("tarikh:grammar:duration-qualified");
        assertThat(tag("تولت الإدارة القيادة لأربع سنوات مقبلة.", "أربع سنوات مقبلة").value()).isEqualTo("P4Y");
        Timex approx = tag("أبقى المجلس الفائدة عند الصفر لما يقارب سبع سنوات.", "ما يقارب سبع سنوات");
        assertThat(approx.value()).isEqualTo("P7Y");
        assertThat(approx.mod()).isEqualTo("APPROX");
        Timex now = tag("وتشهد الشاليهات خلال هذه الفترة ارتفاعا في الأسعار.", "هذه الفترة");
        assertThat(now.value()).isEqualTo("PRESENT_REF");
        assertThat(now.rule()).isEqualTo("tarikh:grammar:vague");
        // «مرة أخرى» has no counted duration before it
        assertThat(pipeline.tag("وفاز الفريق مرة أخرى.", DCT).timexes()).isEmpty();
    }

    @Test
    void aPartOfAMonthNamedWithoutAYearIsPlacedLikeTheMonthAlone() {
        Timex end = tag("تنتهي فترة التخفيضات مع نهاية شهر أكتوبر.", "نهاية شهر أكتوبر");
        assertThat(end.value()).isEqualTo("2015-10");
        assertThat(end.mod()).isEqualTo("END");
        assertThat(end.rule()).isEqualTo("tarikh:grammar:modified-named-month");
        // the nearest occurrence (DCT 15 September 2015), whatever the tense
        assertThat(tag("ارتفعت الأسعار في أواخر يوليو.", "أواخر يوليو").value()).isEqualTo("2015-07");
        assertThat(tag("تبدأ الحملة في بداية نوفمبر.", "بداية نوفمبر").mod()).isEqualTo("START");
        // a Hijri month is left to the rules that know its days
        assertThat(pipeline.tag("وصل الحجاج في نهاية شهر رمضان.", DCT).timexes())
                .noneMatch(x -> "tarikh:grammar:modified-named-month".equals(x.rule()));
    }

    @Test
    void aYearOrMonthWordWithARelativeWordIsADateOfItsOwn() {
        Timex year = tag("بلغ الإنتاج ذروته في العام المنصرم.", "العام المنصرم");
        assertThat(year.value()).isEqualTo("2014");
        assertThat(year.rule()).isEqualTo("tarikh:grammar:year-relative-date");
        Timex month = tag("وصل الوفد في الشهر المنصرم إلى الرياض.", "الشهر المنصرم");
        assertThat(month.value()).isEqualTo("2015-08");
        assertThat(month.rule()).isEqualTo("tarikh:grammar:month-relative-date");
        assertThat(tag("ستفتتح المدينة العام المقبل.", "العام المقبل").value()).isEqualTo("2016");
        // a finished reading, not a day: a weekday before it does not take it as its date (this threw a
        // ClassCastException in weekday-date when the rules' result was DATE)
        assertThat(tag("ويعقد الاجتماع الأحد الشهر المقبل في جدة.", "الشهر المقبل").value()).isEqualTo("2015-10");
        assertThat(tag("وصل الوفد الجمعة العام الماضي إلى الرياض.", "العام الماضي").value()).isEqualTo("2014");
    }

    @Test
    void theWeekendIsTheWeekOfThePublicationDate() {
        Timex t = tag("نقضي عطلة نهاية الأسبوع في الطائف.", "عطلة نهاية الأسبوع");
        assertThat(t.value()).isEqualTo("2015-W38-WE");
        assertThat(t.rule()).isEqualTo("tarikh:grammar:weekend");
        assertThat(tag("قضوا عطلة نهاية الأسبوع الماضي في أبها.", "عطلة نهاية الأسبوع الماضي").value()).isEqualTo("2015-W37-WE");
    }

    @Test
    void aSpokenDayBeforeAMonthByNumberIsADate() {
        Timex t = tag("رجعنا من السفر عشرين شهر سبعة.", "عشرين شهر سبعة");
        assertThat(t.value()).isEqualTo("2015-07-20");
        assertThat(t.rule()).isEqualTo("tarikh:grammar:day-of-month-word");
        // a spoken future marker before it («بنرجع») makes it the next one
        assertThat(tag("بنرجع من السفر عشرين شهر سبعة.", "عشرين شهر سبعة").value()).isEqualTo("2016-07-20");
    }

    @Test
    void minBeforeADurationAfterAPerfectVerbMeansAgo() {
        Timex t = tag("وصلت من يومين من جدة.", "من يومين");
        assertThat(t.value()).isEqualTo("2015-09-13");
        assertThat(t.rule()).isEqualTo("tarikh:grammar:years-ago-since");
        // «من سنة إلى أخرى»: from, not ago
        assertThat(pipeline.tag("تغيرت من سنة إلى أخرى.", DCT).timexes()).noneMatch(x -> "2014".equals(x.value()));
    }

    @Test
    void aPartOfTheYearWordWithoutANumberIsOfTheYearOfPublication() {
        Timex q = tag("ارتفعت أرباح الشركة في الربع الثاني من العام بنسبة 5%.", "الربع الثاني من العام");
        assertThat(q.value()).isEqualTo("2015-Q2");
        assertThat(q.rule()).isEqualTo("tarikh:grammar:part-of-this-year");
        Timex h = tag("وارتفع الإنتاج خلال النصف الأول للعام الجاري بنسبة 4%.", "النصف الأول للعام الجاري");
        assertThat(h.value()).isEqualTo("2015-H1");
        assertThat(h.rule()).isEqualTo("tarikh:grammar:part-of-this-year-glued");
        assertThat(tag("تراجعت المبيعات في النصف الثاني للعام الماضي.", "النصف الثاني للعام الماضي").value())
                .isEqualTo("2014-H2");
    }

    @Test
    void aNamedYearKeepsARelativeWordThatAgreesWithIt() {
        Timex t = tag("وسيكون متاحا للعمال خلال عام 2016 المقبل في الأسواق.", "عام 2016 المقبل");
        assertThat(t.value()).isEqualTo("2016");
        assertThat(t.rule()).startsWith("tarikh:grammar:year-named-relative");
        assertThat(tag("وقد بدأ البرنامج في عام 2014 الماضي بنجاح.", "عام 2014 الماضي").value()).isEqualTo("2014");
        // a relative word that contradicts the number builds nothing
        assertThat(pipeline.tag("وقال إن عام 2010 المقبل سيكون صعبا.", DCT).timexes())
                .noneMatch(x -> x.rule() != null && x.rule().startsWith("tarikh:grammar:year-named-relative"));
    }

    @Test
    void aSeasonAfterFaslAndTheDaysOfAFeast() {
        Timex summer = tag("تتراجع الطلبات مع دخول فصل الصيف في البلاد.", "فصل الصيف");
        assertThat(summer.value()).isEqualTo("2015-SU");
        assertThat(summer.rule()).isEqualTo("tarikh:grammar:season-named");
        assertThat(tag("انخفضت المبيعات خلال فصل الشتاء الماضي كثيرا.", "فصل الشتاء الماضي").value()).isEqualTo("2014-WI");
        Timex first = tag("نقل المصلين حتى أول أيام عيد الفطر بشكل سلس.", "أول أيام عيد الفطر");
        assertThat(first.value()).isEqualTo(hijri(1436, 10, 1));
        assertThat(first.rule()).isEqualTo("tarikh:grammar:first-day-holiday");
        Timex third = tag("وصل الحجاج في ثالث أيام عيد الأضحى إلى منى.", "ثالث أيام عيد الأضحى");
        assertThat(third.value()).isEqualTo(hijri(1436, 12, 12));
        assertThat(third.rule()).isEqualTo("tarikh:grammar:nth-day-holiday");
    }

    @Test
    void theFirstOfACountedSpanAndAnOffsetWithAHalf() {
        Timex first = tag("نقل خلال الأيام العشرة الأولى من الموسم ثمانية ملايين.", "الأيام العشرة الأولى");
        assertThat(first.value()).isEqualTo("P10D");
        assertThat(first.rule()).isEqualTo("tarikh:grammar:duration-first");
        Timex half = tag("حتى رأى قبل سنتين ونصف أن تتحول الزاوية.", "قبل سنتين ونصف");
        assertThat(half.value()).isEqualTo("2013"); // 15 September 2015 less 30 months: March 2013
        assertThat(half.rule()).isEqualTo("tarikh:grammar:years-ago-half");
        assertThat(tag("افتتح المعرض قبل شهرين ونصف في جدة.", "قبل شهرين ونصف").value()).isEqualTo("2015-07");
    }

    @Test
    void hoursAndMinutesCountFromTheClockOnlyWhenThePublicationTimeIsKnown() {
        LocalTime ten = LocalTime.of(10, 0);
        Timex ahead = only(pipeline.tag("تقلع الطائرة إلى تونس بعد ساعتين.", DCT, ten), "بعد ساعتين");
        assertThat(ahead.type()).isEqualTo("TIME");
        assertThat(ahead.value()).isEqualTo("2015-09-15T12:00");
        assertThat(ahead.rule()).isEqualTo("tarikh:grammar:clock-ahead");
        Timex part = only(pipeline.tag("اتصل بي قبل ربع ساعة.", DCT, ten), "قبل ربع ساعة");
        assertThat(part.value()).isEqualTo("2015-09-15T09:45");
        assertThat(part.rule()).isEqualTo("tarikh:grammar:clock-ago-part");
        assertThat(only(pipeline.tag("وصل الوفد قبل 20 دقيقة.", DCT, ten), "قبل 20 دقيقة").value())
                .isEqualTo("2015-09-15T09:40");
        // past midnight the day moves on
        assertThat(only(pipeline.tag("تقلع الطائرة بعد ساعتين.", DCT, LocalTime.of(23, 30)), "بعد ساعتين").value())
                .isEqualTo("2015-09-16T01:30");
        // counted from an event, not from the publication time: the span alone
        assertThat(pipeline.tag("وصل الإسعاف بعد ساعتين من الانفجار.", DCT, ten).timexes())
                .noneMatch(x -> "TIME".equals(x.type()));
        // no time known (real news): no clock time is invented, the span alone stays
        TaggedText dayOnly = pipeline.tag("تقلع الطائرة إلى تونس بعد ساعتين.", DCT);
        assertThat(dayOnly.timexes()).noneMatch(x -> "TIME".equals(x.type()));
        assertThat(only(dayOnly, "ساعتين").value()).isEqualTo("PT2H");
    }

    @Test
    void anEralessYearNearThePublicationDatesHijriYearIsHijri() {
        // DCT 2015-09-15 is in 1436 AH
        Timex d = tag("صدر القرار بتاريخ 1436/10/30 في الرياض.", "1436/10/30");
        assertThat(d.value()).isEqualTo(hijri(1436, 10, 30));
        assertThat(d.rule()).isEqualTo("tarikh:grammar:numeric-date-year-first");
        String rajab1436 = Integer.toString(LocalDate.from(HijrahDate.of(1436, 7, 1)).getYear());
        Timex y = tag("وقال إن هذا العام 1436 شهد نموا كبيرا.", "هذا العام 1436");
        assertThat(y.value()).isEqualTo(rajab1436);
        assertThat(y.rule()).isEqualTo("tarikh:grammar:year-this-hijri");
        assertThat(tag("وفي العام الجاري 1436 ارتفعت الأسعار.", "العام الجاري 1436").value()).isEqualTo(rajab1436);
        assertThat(tag("ويبدأ المشروع في العام المقبل 1437.", "العام المقبل 1437").value())
                .isEqualTo(Integer.toString(LocalDate.from(HijrahDate.of(1437, 7, 1)).getYear()));
        Timex s = tag("وزار المدينة في صيف 1434 مع أسرته.", "صيف 1434");
        assertThat(s.value()).isEqualTo(LocalDate.from(HijrahDate.of(1434, 7, 1)).getYear() + "-SU");
        assertThat(s.rule()).isEqualTo("tarikh:grammar:season-of-year");
        // an era letter glued to the year counts as the era: «منتصف عام 1346هـ» is the middle of 1346 AH
        Timex m = tag("وتأسست المدرسة في منتصف عام 1346هـ في مكة.", "منتصف عام 1346هـ");
        assertThat(m.value()).isEqualTo(Integer.toString(LocalDate.from(HijrahDate.of(1346, 7, 1)).getYear()));
        assertThat(m.mod()).isEqualTo("MID");
        // two consecutive era-less years, one expression each
        TaggedText pair = pipeline.tag("أن القبول للعام الدراسي الجديد 1436-1437 بالمعهد.", DCT);
        assertThat(only(pair, "1436").value()).isEqualTo(rajab1436);
        assertThat(only(pair, "1437").value()).isEqualTo(Integer.toString(LocalDate.from(HijrahDate.of(1437, 7, 1)).getYear()));
        assertThat(only(pair, "1437").rule()).isEqualTo("tarikh:grammar:year-pair-hijri-second");
        assertThat(pipeline.tag("على هاتف 2464444 تحويله 1420 - 1421 أو البريد.", DCT).timexes())
                .noneMatch(x -> x.rule().contains("year-pair-hijri"));
        // beyond the window, or a Gregorian year: not these rules
        assertThat(pipeline.tag("صدر القرار بتاريخ 1420/10/30 في الرياض.", DCT).timexes())
                .noneMatch(x -> x.rule().contains("numeric-date-year-first"));
        assertThat(pipeline.tag("وزار المدينة في صيف 2014 مع أسرته.", DCT).timexes())
                .noneMatch(x -> x.rule().contains("season-of-year"));
    }

    @Test
    void yearsBeforeYearOneAreWrittenBC() {
        // 2015 - 2500 is the ISO year -485, that is 486 BC
        Timex t = tag("بنيت القلعة قبل 2500 سنة في الجبل.", "قبل 2500 سنة");
        assertThat(t.value()).isEqualTo("BC0486");
    }

    @Test
    void untilRecentlyAndOtherVagueReferences() {
        Timex r = tag("وكانت القوات إلى وقت قريب تسيطر على الطريق.", "وقت قريب");
        assertThat(r.value()).isEqualTo("PAST_REF");
        assertThat(r.rule()).isEqualTo("tarikh:grammar:until-recently");
        assertThat(tag("وظلت هذه العادة حتى وقت قريب منتشرة.", "وقت قريب").value()).isEqualTo("PAST_REF");
        // without «إلى/حتى» it is no past: «في وقت قريب» is soon
        assertThat(pipeline.tag("وسيصدر القرار في وقت قريب.", DCT).timexes())
                .noneMatch(t -> t.text().equals("وقت قريب") && "PAST_REF".equals(t.value()));
        assertThat(tag("عرف الناس هذه الحرفة من قديم الزمان.", "قديم الزمان").value()).isEqualTo("PAST_REF");
        assertThat(tag("ولا يتوقع أن تتغير الأسعار على المدى القريب.", "المدى القريب").value()).isEqualTo("FUTURE_REF");
    }

    @Test
    void aClauseTestIsAskedOncePerWordOfAParse() {
        int[] asked = new int[4];
        java.util.function.IntPredicate once = DateGrammar.once(i -> { asked[i]++; return i % 2 == 1; }, 4);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                org.assertj.core.api.Assertions.assertThat(once.test(i)).isEqualTo(i % 2 == 1);
            }
        }
        org.assertj.core.api.Assertions.assertThat(asked).containsExactly(1, 1, 1, 1);
    }
}
