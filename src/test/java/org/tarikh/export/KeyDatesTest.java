package org.tarikh.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyBuilder;
import org.tarikh.chronology.ChronologyDatabase;
import org.tarikh.chronology.ChronologyFilter;
import org.tarikh.chronology.MergeRule;
import org.tarikh.chronology.SourceEvent;

class KeyDatesTest {

    static final Chronology CHRONOLOGY = ChronologyBuilder.query(ChronologyDatabase.create(), ChronologyFilter.ALL,
            MergeRule.DEFAULT, true);

    @Test
    void theDayMostArticlesNameComesFirstAndDatesAreInOrder() {
        // 7 April 2021 is named by two articles (a-wire, b-daily «اليوم»), 6 and 9 April by one each
        List<KeyDates.KeyDate> one = KeyDates.of(CHRONOLOGY, 1);
        assertThat(one).hasSize(1);
        assertThat(one.get(0).day()).isEqualTo(LocalDate.of(2021, 4, 7));
        assertThat(one.get(0).articles()).isEqualTo(2);
        List<KeyDates.KeyDate> all = KeyDates.of(CHRONOLOGY, 10);
        assertThat(all).extracting(KeyDates.KeyDate::day).isSorted().doesNotHaveDuplicates()
                .contains(LocalDate.of(2021, 4, 6), LocalDate.of(2021, 4, 9));
        // only days that articles state: month-precise mentions are not key days
        for (KeyDates.KeyDate k : all) {
            assertThat(k.entry().sources().stream().anyMatch(s -> s.start().toLocalDate().equals(k.day()))).isTrue();
        }
        // the day is told by its entry with the most articles, in the words of a member stating that day
        assertThat(one.get(0).entry().articleIds().size()).isGreaterThanOrEqualTo(2);
        for (KeyDates.KeyDate k : all) {
            assertThat(k.sentence().start().toLocalDate()).isEqualTo(k.day());
            assertThat(k.entry().sources()).contains(k.sentence());
        }
    }

    @Test
    void eventsWithoutAStatedDayDoNotCount() {
        SourceEvent s = CHRONOLOGY.entries().get(0).sources().get(0);
        SourceEvent inherited = new SourceEvent(s.articleId(), s.seq(), s.begin(), s.end(), s.text(), s.start(), s.until(),
                "DAY", false, s.expression(), s.type(), s.value(), null, -1, -1, s.dct(), s.title(), s.source(), s.url(),
                s.terms(), null, -1, null, "HAPPENING", "ON_OR_BEFORE");
        assertThat(KeyDates.daily(inherited)).isFalse();
    }

    @Test
    void oneLinePerDateInTextAndHtml() {
        StringWriter text = new StringWriter();
        KeyDates.writeText(CHRONOLOGY, 3, new PrintWriter(text));
        System.out.print(text);
        assertThat(text.toString().lines()).hasSize(3).allSatisfy(l -> assertThat(l).matches("\\d{4}-\\d{2}-\\d{2}  .*هـ.*"));
        StringWriter html = new StringWriter();
        KeyDates.writeHtml(CHRONOLOGY, 3, new PrintWriter(html));
        assertThat(html.toString()).contains("<html dir=\"rtl\" lang=\"ar\">").contains("7 أبريل 2021")
                .doesNotContain("<script");
        assertThat(html.toString().split("<li>")).hasSize(4);
    }
}
