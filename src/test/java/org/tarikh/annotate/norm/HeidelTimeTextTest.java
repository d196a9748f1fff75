package org.tarikh.annotate.norm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HeidelTimeTextTest {

    /** The original span of the first occurrence of {@code needle} in the rewritten text. */
    private static String back(String original, String needle) {
        MappedText m = HeidelTimeText.of(original);
        int i = m.text().indexOf(needle);
        assertThat(i).as("«%s» in «%s»", needle, m.text()).isGreaterThanOrEqualTo(0);
        return original.substring(m.toOriginalBegin(i), m.toOriginalEnd(i + needle.length()));
    }

    @Test
    void splitsProcliticsOffTemporalWordsOnly() {
        assertThat(HeidelTimeText.of("وأمس قال").text()).isEqualTo("و أمس قال");
        assertThat(HeidelTimeText.of("بالأمس").text()).isEqualTo("ب الأمس");
        assertThat(HeidelTimeText.of("لعام 2008").text()).isEqualTo("ل عام 2008");
        assertThat(HeidelTimeText.of("والخميس").text()).isEqualTo("و الخميس");
        assertThat(HeidelTimeText.of("وقال").text()).isEqualTo("وقال");
        assertThat(HeidelTimeText.of("لامس الذهب").text()).isEqualTo("لامس الذهب");
        assertThat(HeidelTimeText.of("باب").text()).isEqualTo("باب");
    }

    @Test
    void separatesAWordGluedToANumericDate() {
        // a space missing in the source: «بتاريخ16/10/1436هـ», «الموافق9/8/2015م» (issue #9, round nine)
        assertThat(HeidelTimeText.of("بتاريخ16/10/1436هـ").text()).startsWith("بتاريخ 16/10/1436");
        assertThat(back("الموافق9/8/2015م، صرف", "9/8/2015")).isEqualTo("9/8/2015");
        // not a word glued to a count, nor a number without a date after it
        assertThat(HeidelTimeText.of("كوفيد19 انتشر").text()).isEqualTo("كوفيد19 انتشر");
    }

    @Test
    void offsetsOfASplitWordExcludeTheClitic() {
        assertThat(back("وأمس قال", "أمس")).isEqualTo("أمس");
        assertThat(back("للعام الماضي", "العام الماضي")).isEqualTo("لعام الماضي");
    }

    @Test
    void dropsDiacriticsAndTatweelButKeepsThemInTheMappedSpan() {
        assertThat(HeidelTimeText.of("حاليًّا").text()).isEqualTo("حاليا");
        assertThat(back("مساءَ أمسِ،", "مساء أمس")).isEqualTo("مساءَ أمسِ");
        assertThat(back("الأربعـــاء", "الأربعاء")).isEqualTo("الأربعـــاء");
    }

    @Test
    void numbersLoseTheirArticle() {
        assertThat(HeidelTimeText.of("في الـ20 من يونيو").text()).isEqualTo("في 20 من يونيو");
        assertThat(back("في الـ20 من يونيو", "20 من يونيو")).isEqualTo("20 من يونيو");
    }

    @Test
    void readsPresentationFormsAsTheirLettersAndMapsBothLettersOfALigatureToIt() {
        // U+FEF7 lam-alef with hamza is two letters; U+FE8D isolated alef is one; U+FE70 (isolated fathatan) none
        assertThat(HeidelTimeText.of("يوم ا\uFEF7حد").text()).isEqualTo("يوم الأحد");
        assertThat(HeidelTimeText.of("\uFE8Dلعام").text()).isEqualTo("العام");
        assertThat(HeidelTimeText.of("عام\uFE70").text()).isEqualTo("عام");
        assertThat(back("يوم ا\uFEF7حد المقبل", "الأحد المقبل")).isEqualTo("ا\uFEF7حد المقبل");
        // «ﻷربع»: the proclitic is split off in the view, but the ligature holds both letters
        assertThat(HeidelTimeText.of("\uFEF7ربع سنوات").text()).isEqualTo("ل أربع سنوات");
        assertThat(back("\uFEF7ربع سنوات", "أربع سنوات")).isEqualTo("\uFEF7ربع سنوات");
    }

    @Test
    void splitsAProcliticOffADemonstrative() {
        assertThat(HeidelTimeText.of("لهذا العام").text()).isEqualTo("ل هذا العام");
        assertThat(back("لهذا العام", "هذا العام")).isEqualTo("هذا العام");
    }

    @Test
    void writesArabicIndicDigitsAsAscii() {
        assertThat(HeidelTimeText.of("٣ أكتوبر ۲۰۲۲").text()).isEqualTo("3 أكتوبر 2022");
    }

    @Test
    void unifiesSpellingsAndMaghrebiMonths() {
        assertThat(HeidelTimeText.of("الشهر الماضى").text()).isEqualTo("الشهر الماضي");
        assertThat(HeidelTimeText.of("20 أفريل").text()).isEqualTo("20 ابريل");
        assertThat(HeidelTimeText.of("جويلية الماضي").text()).isEqualTo("يوليو الماضي");
        // «ماي» is a month only in a date context
        assertThat(HeidelTimeText.of("تيريزا ماي قالت").text()).isEqualTo("تيريزا ماي قالت");
        assertThat(HeidelTimeText.of("أواخر ماي").text()).isEqualTo("أواخر مايو");
    }

    @Test
    void collapsesTwinMonthNamesIntoTheFirst() {
        assertThat(HeidelTimeText.of("في 7 أبريل نيسان.").text()).isEqualTo("في 7 ابريل.");
        assertThat(back("في 7 أبريل نيسان.", "7 ابريل")).isEqualTo("7 أبريل نيسان");
        assertThat(back("أيار (مايو) المقبل", "أيار المقبل")).isEqualTo("أيار (مايو) المقبل");
    }

    @Test
    void mappedTextMapsInsertionsAndDeletions() {
        MappedText m = MappedText.identity("abcdef").apply(List.of(
                new MappedText.Edit(1, 2, ""), new MappedText.Edit(3, 3, " "), new MappedText.Edit(4, 6, "XYZ")));
        assertThat(m.text()).isEqualTo("ac dXYZ");
        assertThat(m.toOriginalEnd(1)).isEqualTo(2); // «a» absorbed the deleted «b»
        assertThat(m.toOriginalBegin(3)).isEqualTo(3); // the inserted space sits before «d»
        assertThat(m.toOriginalBegin(5)).isEqualTo(4);
        assertThat(m.toOriginalEnd(7)).isEqualTo(6);
    }
}
