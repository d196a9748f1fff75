package org.tarikh.annotate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.annotate.RuleTesting.only;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;

import org.junit.jupiter.api.Test;
import org.tarikh.annotate.TaggedText;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TestPipeline;

class HijriAnnotatorTest {

    @TestPipeline(rules = {DayPhraseAnnotator.class, HijriAnnotator.class})
    private static TemporalPipeline pipeline;
    private static final LocalDate DCT = LocalDate.of(2015, 8, 20);

    private static TaggedText tag(String s) {
        return pipeline.tag(s, DCT);
    }

    @Test
    void fullDateWithEraMarker() {
        String expected = LocalDate.from(HijrahDate.of(1436, 10, 5)).toString();
        assertThat(only(tag("صدر القرار في 5 شوال 1436هـ."), "5 شوال 1436هـ").value()).isEqualTo(expected);
        assertThat(only(tag("تبدأ الإجازة في ٥ شوال ١٤٣٦ هـ."), "٥ شوال ١٤٣٦ هـ").value()).isEqualTo(expected);
    }

    @Test
    void aLongDigitRunBeforeAHijriMonthIsNotADayAndDoesNotFail() {
        // real news: a phone number right before a month name once made the annotator throw
        TaggedText tagged = tag("للاستفسار 009611441444 رمضان المبارك.");
        assertThat(tagged.timexes()).noneMatch(t -> t.text().contains("009611441444"));
    }

    @Test
    void ghurraIsTheFirstDay() {
        String expected = LocalDate.from(HijrahDate.of(1436, 11, 1)).toString();
        assertThat(only(tag("تبدأ الدورة غرة ذي القعدة 1436هـ."), "غرة ذي القعدة 1436هـ").value()).isEqualTo(expected);
    }

    @Test
    void monthAndYearGiveTheGregorianMonthOfThe15th() {
        LocalDate mid = LocalDate.from(HijrahDate.of(1438, 9, 15));
        String expected = String.format("%d-%02d", mid.getYear(), mid.getMonthValue());
        assertThat(only(tag("خلال شهر رمضان 1438هـ."), "شهر رمضان 1438هـ").value()).isEqualTo(expected);
    }

    @Test
    void yearAloneGivesTheYearOfRajab() {
        assertThat(only(tag("الميزانية لعام 1439هـ."), "عام 1439هـ").value()).isEqualTo("2018");
    }

    @Test
    void lastRamadanIsTheLatestThatEndedBeforeTheDct() {
        // Ramadan 1436 (2015-06-18 … 2015-07-16) ended before the DCT; its 15th is in July
        assertThat(only(tag("تراجعت المبيعات خلال رمضان الماضي."), "رمضان الماضي").value()).isEqualTo("2015-07");
        // Ramadan 1437 has not begun yet: «المقبل»
        assertThat(only(tag("يبدأ العمل في رمضان المقبل."), "رمضان المقبل").value()).isEqualTo("2016-06");
    }

    @Test
    void personNamesAndStreetsAreNotMonths() {
        assertThat(tag("سجل محمد رمضان هدفين.").timexes()).isEmpty();
        assertThat(tag("أغلق شارع 14 رمضان أمام السيارات.").timexes()).isEmpty();
    }

    @Test
    void weekdayAndPartOfDayBeforeTheDayBelongToIt() {
        String expected = LocalDate.from(HijrahDate.of(1436, 9, 29)).toString() + "TEV";
        assertThat(only(tag("أعلنت المحكمة مساء الاثنين 29 رمضان 1436هـ النتيجة."), "مساء الاثنين 29 رمضان 1436هـ")
                .value()).isEqualTo(expected);
    }

    @Test
    void theDualMonthNounBeforeCoordinatedMonthsBelongsToTheFirst() {
        // «شهري رجب وشعبان»: the months of Rajab and Sha'ban; «شهري» is inside the first month as «شهر» is
        assertThat(only(tag("ضبطت كميات خلال شهري رجب وشعبان في المنافذ."), "شهري رجب").value())
                .isEqualTo(only(tag("ضبطت كميات خلال شهر رجب في المنافذ."), "شهر رجب").value());
    }

    @Test
    void aMonthJustBeforeOrDuringIsTheMonth() {
        assertThat(only(tag("لم ترتفع الأسعار عما كانت عليه قبيل رمضان."), "رمضان").value()).isEqualTo("2015-07");
        assertThat(only(tag("تراجعت الحركة أثناء رمضان."), "رمضان").value()).isEqualTo("2015-07");
    }

    @Test
    void dhuAlQadahMisspeltWithAKnotIsTheMonth() {
        // acc11: «ذي العقدة» for «ذي القعدة»; the month is the Gregorian month holding its 15th
        String expected = LocalDate.from(HijrahDate.of(1436, 11, 15)).toString().substring(0, 7);
        assertThat(only(tag("تهدأ حركة الأسواق في شهر ذي العقدة عادة."), "شهر ذي العقدة").value()).isEqualTo(expected);
        assertThat(tag("حل الوسيط العقدة بين الطرفين.").timexes()).isEmpty();
    }
}
