package org.tarikh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.anchor.Event;
import org.tarikh.annotate.Timex;
import org.tarikh.article.Article;
import org.tarikh.article.Origin;
import org.tarikh.chronology.ChronologyFilter;
import org.tarikh.chronology.EventQuery;
import org.tarikh.chronology.SourceEvent;
import org.tarikh.order.Granularity;
import org.tarikh.order.TimeInterval;

/**
 * Issue 10, item 9: dates before the Gregorian reform (1582) are stored and read back as the
 * same proleptic Gregorian dates java.time uses, not shifted by java.sql's Julian calendar.
 */
class OldDatesTest {

    @Test
    void aPublicationDayAndEventsInTheYear1000AreNotShifted() {
        DataSource ds = Database.simple("jdbc:h2:mem:old-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Database.migrate(ds);
        LocalDate dct = LocalDate.of(1000, 3, 1);
        String text = "وقعت المعركة أمس.";
        Article article = new Article("old", "1000-03-01", dct, null, null, null, "ar", text, new Origin("old.json", 0));
        Timex yesterday = new Timex("t1", 13, 16, "أمس", "DATE", "1000-02-28", null, null, null, null);
        TimeInterval day = new TimeInterval(LocalDateTime.of(1000, 2, 28, 0, 0), LocalDateTime.of(1000, 3, 1, 0, 0),
                Granularity.DAY, false);
        Event event = new Event(0, 0, text.length(), text, yesterday, day, List.of());
        new TimelineStore(ds).saveAll(List.of(new AnnotatedArticle(article, article.contentHash(), List.of(yesterday),
                List.of(event))), null);

        EventQuery query = new EventQuery(ds);
        assertThat(query.articles(List.of("old")).get(0).dct()).isEqualTo(dct);
        List<SourceEvent> events = query.events(ChronologyFilter.ALL);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.start()).isEqualTo(LocalDateTime.of(1000, 2, 28, 0, 0));
            assertThat(e.dct()).isEqualTo(dct);
        });
        assertThat(query.events(new ChronologyFilter(null, null, null, null, LocalDate.of(1000, 2, 28),
                LocalDate.of(1000, 2, 28)))).hasSize(1);
    }
}
