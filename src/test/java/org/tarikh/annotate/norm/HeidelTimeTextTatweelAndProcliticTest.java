package org.tarikh.annotate.norm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue #9, round ten (acc10b): the view's tatweel separators and «لكل» before a unit. Self-written text. */
class HeidelTimeTextTatweelAndProcliticTest {

    @Test
    void aTatweelBetweenNumbersIsADash() {
        assertThat(HeidelTimeText.of("في 10 ـ 3 ـ 1433 بحضور").text()).isEqualTo("في 10 - 3 - 1433 بحضور");
        assertThat(HeidelTimeText.of("بتاريخ 5ـ 11ـ 1434 ثم").text()).isEqualTo("بتاريخ 5- 11- 1434 ثم");
        assertThat(HeidelTimeText.of("في ١٠ ـ ٣ ـ ١٤٣٣").text()).isEqualTo("في 10 - 3 - 1433");
        // offsets map back one to one
        MappedText m = HeidelTimeText.of("في 10 ـ 3 ـ 1433");
        assertThat(m.toOriginalEnd(m.text().length())).isEqualTo("في 10 ـ 3 ـ 1433".length());
    }

    @Test
    void aTatweelInOrBetweenWordsIsDropped() {
        assertThat(HeidelTimeText.of("الرياض ـ واس").text()).isEqualTo("الرياض  واس");
        assertThat(HeidelTimeText.of("الـ15 من").text()).isEqualTo("15 من");
        assertThat(HeidelTimeText.of("عام 2015 ـ واس").text()).isEqualTo("عام 2015  واس");
    }

    @Test
    void everyCarriesAProcliticOnlyBeforeAUnit() {
        assertThat(HeidelTimeText.of("ريال لكل يوم تأخير").text()).isEqualTo("ريال ل كل يوم تأخير");
        assertThat(HeidelTimeText.of("ولكل أسبوع").text()).isEqualTo("ول كل أسبوع");
        assertThat(HeidelTimeText.of("ولكل منهم رأيه").text()).isEqualTo("ولكل منهم رأيه");
    }
}
