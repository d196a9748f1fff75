package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.SEED_DCT;
import static org.tarikh.annotate.RuleTesting.only;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;
import org.tarikh.annotate.Timex;

class DayPhraseAnnotatorTest {

    @TestPipeline(rules = {DayPhraseAnnotator.class})
    private static TemporalPipeline pipeline;

    private static TaggedText tag(String s) {
        return pipeline.tag(s, SEED_DCT);
    }

    @Test
    void relativeDaysWithCliticsOutside() {
        assertThat(only(tag("وأمس التقى الوزيران."), "أمس").value()).isEqualTo("2021-04-06");
        assertThat(only(tag("وصل الوفد بالأمس."), "الأمس").value()).isEqualTo("2021-04-06");
        assertThat(only(tag("وقعت الحادثة أول أمس."), "أول أمس").value()).isEqualTo("2021-04-05");
        assertThat(only(tag("يصل الوفد بعد غد."), "بعد غد").value()).isEqualTo("2021-04-09");
        assertThat(only(tag("يبدأ المعرض غدًا."), "غدًا").value()).isEqualTo("2021-04-08");
    }

    @Test
    void partsOfDayGiveTimes() {
        Timex t = only(tag("أعلنت اللجنة مساء أمس نتائجها."), "مساء أمس");
        assertThat(t.type()).isEqualTo("TIME");
        assertThat(t.value()).isEqualTo("2021-04-06TEV");
        assertThat(only(tag("تنطلق القافلة مساء غد الخميس."), "مساء غد الخميس").value()).isEqualTo("2021-04-08TEV");
        // a weekday that contradicts its day word decides (round ten, acc10b; adjudication d255, d268): Friday
        assertThat(only(tag("تنطلق القافلة مساء غد الجمعة."), "مساء غد الجمعة").value()).isEqualTo("2021-04-09TEV");
        assertThat(only(tag("هطلت الأمطار الليلة الماضية."), "الليلة الماضية").value()).isEqualTo("2021-04-06TNI");
    }

    @Test
    void weekdaysFollowTheClauseTense() {
        // the publication date is a Wednesday: past clause → on or before, future → on or after
        assertThat(only(tag("عقد المجلس جلسته الأحد."), "الأحد").value()).isEqualTo("2021-04-04");
        assertThat(only(tag("سيعقد المجلس جلسته الأحد."), "الأحد").value()).isEqualTo("2021-04-11");
        assertThat(only(tag("انطلقت الجولة الأربعاء."), "الأربعاء").value()).isEqualTo("2021-04-07");
        assertThat(only(tag("أعلن المكتب الثلاثاء أن الأسعار سترتفع."), "الثلاثاء").value()).isEqualTo("2021-04-06");
        assertThat(only(tag("تعود الفرق يوم الخميس المقبل."), "يوم الخميس المقبل").value()).isEqualTo("2021-04-08");
        assertThat(only(tag("التقى الطرفان الخميس الماضي."), "الخميس الماضي").value()).isEqualTo("2021-04-01");
    }

    @Test
    void newspaperNamesAndOrdinalDaysAreNotToday() {
        assertThat(tag("نقلت صحيفة اليوم عن مصادر.").timexes()).isEmpty();
        assertThat(tag("واصل الفريق تدريباته لليوم الثاني.").timexes()).isEmpty();
    }

    @Test
    void aDayStatedWithTodayIsTheDayRelativeExpressionsCountFrom() {
        // published Wednesday 2021-04-07, written on Tuesday: «اليوم الثلاثاء» decides
        TaggedText t = tag("قال الوزير اليوم الثلاثاء إن الوفد وصل أمس.");
        assertThat(only(t, "اليوم الثلاثاء").value()).isEqualTo("2021-04-06");
        assertThat(only(t, "أمس").value()).isEqualTo("2021-04-05");
        assertThat(only(tag("أعلنت الوزارة صباح اليوم (الثلاثاء) أن الوفد وصل أمس."), "أمس").value()).isEqualTo("2021-04-05");
        // a weekday after the publication date is the latest such day before it, never one ahead (an article is
        // written before it is published or crawled; adjudication case 31): «اليوم الجمعة» on Wednesday is 2021-04-02
        TaggedText friday = tag("قتل 13 شخصا اليوم الجمعة في ثلاثة تفجيرات، بعد أن وصل الوفد أمس.");
        assertThat(only(friday, "اليوم الجمعة").value()).isEqualTo("2021-04-02");
        assertThat(only(friday, "أمس").value()).isEqualTo("2021-04-01");
        // the weekday agrees with the publication date, or «اليوم» is a newspaper: nothing moves
        assertThat(only(tag("قال الوزير اليوم الأربعاء إن الوفد وصل أمس."), "أمس").value()).isEqualTo("2021-04-06");
        assertThat(only(tag("ذكرت صحيفة اليوم السبت الماضي أن الوفد وصل أمس."), "أمس").value()).isEqualTo("2021-04-06");
    }

    @Test
    void theFirstOrLastHoursOfAPartOfDayAreInsideWithAMod() {
        Timex early = only(tag("استمر الحفل حتى الساعات الأولى من صباح أمس."), "الساعات الأولى من صباح أمس");
        assertThat(early.value()).isEqualTo("2021-04-06TMO");
        assertThat(early.mod()).isEqualTo("START");
        assertThat(early.rule()).isEqualTo("tarikh:day-phrase-lead");
        Timex late = only(tag("وقع الحادث في الساعات الأخيرة من مساء الثلاثاء."), "الساعات الأخيرة من مساء الثلاثاء");
        assertThat(late.value()).isEqualTo("2021-04-06TEV");
        assertThat(late.mod()).isEqualTo("END");
    }

    @Test
    void todayContrastedWithThePastInItsSentenceIsNowadays() {
        Timex t = only(tag("يستطيع أي شخص التقاط صورة سيلفي اليوم فإن رسم صورة للذات كان في الماضي مهارة نادرة."), "اليوم");
        assertThat(t.value()).isEqualTo("PRESENT_REF");
        assertThat(t.rule()).isEqualTo("tarikh:day-phrase-nowadays");
        // no contrast in the sentence: the publication day
        assertThat(only(tag("يستطيع أي شخص التقاط صورة اليوم. وكان ذلك في الماضي صعبا."), "اليوم").value())
                .isEqualTo("2021-04-07");
    }

    @Test
    void todaySetAgainstTheNearFutureOrARhetoricalYesterdayIsNowadays() {
        assertThat(only(tag("إن ظهور أدوية منافسة اليوم له أو في المستقبل القريب سيغير السوق."), "اليوم").value())
                .isEqualTo("PRESENT_REF");
        assertThat(only(tag("بالأمس كانوا في المدن، واليوم نراهم في القرى."), "اليوم").value())
                .isEqualTo("PRESENT_REF");
        // «أمس» alone is no contrast: a report of two consecutive days
        assertThat(only(tag("وصل الوفد أمس ويغادر اليوم."), "اليوم").value()).isEqualTo("2021-04-07");
    }

    @Test
    void todayOpeningAContrastIsNowadays() {
        // a sentence that opens with «اليوم،», or «أما/بينما اليوم»: the essay's "nowadays"
        Timex t = only(tag("كانت القرية صغيرة. اليوم، تمتد المباني على التلال كلها."), "اليوم");
        assertThat(t.value()).isEqualTo("PRESENT_REF");
        assertThat(t.rule()).isEqualTo("tarikh:day-phrase-nowadays");
        assertThat(only(tag("كان السفر شاقا، أما اليوم فالطرق معبدة."), "اليوم").value()).isEqualTo("PRESENT_REF");
        assertThat(only(tag("كان الناس يكتبون الرسائل بينما اليوم يرسلون الصور."), "اليوم").value()).isEqualTo("PRESENT_REF");
        assertThat(only(tag("تغيرت المدينة كثيرا. واليوم، يسكنها مليون نسمة."), "اليوم").value()).isEqualTo("PRESENT_REF");
        // «من ذي قبل» ('than before') sets it against the past
        assertThat(only(tag("قال المتحدث إن المدينة اليوم أكثر أمنا من ذي قبل."), "اليوم").value()).isEqualTo("PRESENT_REF");
        // the publication day: a news report, a future verb, an ordinal day after «أما»
        assertThat(only(tag("وصل الوزير اليوم إلى المدينة."), "اليوم").value()).isEqualTo("2021-04-07");
        assertThat(only(tag("اليوم سنتحدث عن المطبخ."), "اليوم").value()).isEqualTo("2021-04-07");
        assertThat(tag("أما اليوم الثاني فكان رحلة إلى البحر.").timexes())
                .noneMatch(x -> "PRESENT_REF".equals(x.value()));
    }

    @Test
    void aBallAfterTheClitcIsNotTomorrow() {
        assertThat(tag("ويعرف الرئيس بأنه مولع بكرة القدم منذ صغره.").timexes()).isEmpty();
        assertThat(only(tag("نلتقي بكرة إن شاء الله."), "بكرة").value()).isEqualTo("2021-04-08");
    }

    @Test
    void aSessionOfTheDayIsAPartOfDay() {
        Timex t = only(tag("تدرب الفريق صباحا على اللياقة، وفي الفترة المسائية واصل تدريباته."), "الفترة المسائية");
        assertThat(t.value()).isEqualTo("2021-04-07TEV");
        assertThat(t.rule()).isEqualTo("tarikh:day-phrase-part");
    }

    @Test
    void aStatementThatContinuesADatedOneCountsFromItsDay() {
        // the company acted «أمس» (6 April); its statement's «اليوم» is that day, not publication
        TaggedText t = tag("طرحت الشركة الوطنية للكهرباء أمس مناقصة لبناء محطة جديدة. "
                + "وقالت الشركة: إن آخر موعد لتقديم العروض اليوم، وإن التنفيذ يبدأ في الصيف.");
        assertThat(t.timexes().get(1).text()).isEqualTo("اليوم");
        assertThat(t.timexes().get(1).value()).isEqualTo("2021-04-06");
        // officials who spoke «أمس الثلاثاء»: the night before their statement
        TaggedText night = tag("أعلن مسؤولون أمنيون أمس الثلاثاء مقتل خمسة مسلحين في هجوم. "
                + "وقال المسؤولون إن انفجارا آخر وقع الليلة الماضية في المدينة.");
        assertThat(only(night, "الليلة الماضية").value()).isEqualTo("2021-04-05TNI");
    }

    @Test
    void anotherSpeakerOrAStatementWithItsOwnDayKeepsThePublicationDate() {
        TaggedText other = tag("طرحت الشركة الوطنية للكهرباء أمس مناقصة لبناء محطة جديدة. "
                + "وقال الوزير: إن آخر موعد لتقديم العروض اليوم.");
        assertThat(other.timexes().get(1).value()).isEqualTo("2021-04-07");
        TaggedText own = tag("طرحت الشركة الوطنية للكهرباء أمس مناقصة لبناء محطة جديدة. "
                + "وقالت الشركة اليوم إن آخر موعد لتقديم العروض غدا.");
        assertThat(only(own, "غدا").value()).isEqualTo("2021-04-08");
    }
}
