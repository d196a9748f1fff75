package org.tarikh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.article.Article;
import org.tarikh.article.ArticleParser;
import org.tarikh.article.Capture;
import org.tarikh.article.Origin;
import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyBuilder;
import org.tarikh.chronology.ChronologyFilter;
import org.tarikh.chronology.MergeRule;
import org.tarikh.export.ChronologyCsv;
import org.tarikh.export.ChronologyJson;
import org.tarikh.export.ChronologyText;

import tools.jackson.databind.json.JsonMapper;

/**
 * A stored article is found again by another capture's text, source and day
 * ({@link TimelineStore#lookUp}, {@link Article.Keys#article()}), and the number of captures each article has reaches the
 * timeline and the exports.
 */
class CapturesStoreTest {

    static final String TEXT = "الرياض - وصل الوفد العراقي، برئاسة وزير الخارجية، إلى واشنطن يوم 17 يوليو 2015 لبدء"
            + " الجولة الثالثة من الحوار الاستراتيجي التي تأجلت مرتين بسبب الظروف.";

    @Test
    void aStoredArticleIsFoundByTheSameTextSourceAndDayUnderAnotherId() {
        DataSource ds = database();
        TimelineStore store = new TimelineStore(ds);
        Article kept = article("http://a.example/2015/07/18/one.html", "a.example", TEXT);
        store.saveAll(List.of(annotated(kept)), null);

        assertThat(storedCapture(store, article("http://a.example/amp/one", "a.example", TEXT)))
                .as("no date in its URL: dated by its capture only, another day").isEmpty();
        assertThat(storedCapture(store, article("http://a.example/2015/07/18/copy.html", "a.example", TEXT)))
                .contains(kept.id());
        assertThat(storedCapture(store, article("http://a.example/2015/07/18/one.html", "a.example", TEXT)))
                .as("its own id is no other capture").isEmpty();
        assertThat(storedCapture(store, article("http://b.example/2015/07/18/one.html", "b.example", TEXT)))
                .as("another source").isEmpty();
        assertThat(storedCapture(store, article("http://a.example/2015/07/19/copy.html", "a.example", TEXT)))
                .as("another day").isEmpty();
        assertThat(storedCapture(store, article("http://a.example/2015/07/18/short.html", "a.example", "وصل الوفد")))
                .as("too short a text").isEmpty();
    }

    private static java.util.Optional<String> storedCapture(TimelineStore store, Article a) {
        return store.lookUp(List.of(a)).get(a).capturedAs();
    }

    /**
     * The store and the reader's duplicate check (InputGuard, {@link Article#keys()}) apply one
     * rule: two captures of one page under two URLs without a date in them, crawled on two days,
     * are one article for both (the capture date does not count), though their dates differ.
     */
    @Test
    void theStoreFindsACaptureAsTheReaderDoesWhenOnlyCaptureDatesDateThem() {
        DataSource ds = database();
        TimelineStore store = new TimelineStore(ds);
        Article kept = crawled("http://a.example/amp/one", "2015-07-21 02:51:32");
        Article copy = crawled("http://a.example/m/one", "2015-07-23 10:00:00");
        assertThat(kept.dct()).isNotEqualTo(copy.dct());
        assertThat(copy.keys().article()).as("the reader's rule").isEqualTo(kept.keys().article());
        store.saveAll(List.of(annotated(kept)), null);
        assertThat(storedCapture(store, copy)).contains(kept.id());
        assertThat(new org.springframework.jdbc.core.JdbcTemplate(ds).queryForObject(
                "SELECT article_key FROM article WHERE id = ?", Long.class, kept.id())).isEqualTo(kept.keys().article());
    }

    private static Article crawled(String url, String capturedAt) {
        return (Article) ArticleParser.parse(JsonMapper.builder().build().valueToTree(Map.of("url", url, "source",
                "a.example", "date_extracted", capturedAt, "content", TEXT)), null, "x", new Origin("t", 1));
    }

    @Test
    void theTimelineAndTheExportsShowHowManyCapturesEachArticleHas() {
        DataSource ds = database();
        TimelineStore store = new TimelineStore(ds);
        Article kept = article("http://a.example/2015/07/18/one.html", "a.example", TEXT);
        Article other = article("http://a.example/2015/07/20/two.html", "a.example",
                "افتتح المعرض يوم 19 يوليو 2015 في الرياض");
        store.saveAll(List.of(annotated(kept), annotated(other)), null);
        Article copy = (Article) ArticleParser.parse(JsonMapper.builder().build().valueToTree(Map.of(
                "url", "http://a.example/2015/07/18/copy.html", "source", "a.example",
                "date_extracted", "2015-07-21 02:51:32", "content", TEXT)), null, "x", new Origin("second", 7));
        store.recordCaptures(List.of(Capture.of(kept), Capture.of(other),
                new Capture(kept.id(), copy, "the same text from the same source")), null);

        Chronology c = ChronologyBuilder.query(ds, ChronologyFilter.ALL, MergeRule.DEFAULT, false);
        assertThat(c.capturesOf(kept.id())).isEqualTo(2);
        assertThat(c.capturesOf(other.id())).isEqualTo(1);

        String text = render(out -> ChronologyText.write(c, out));
        assertThat(text.lines().filter(l -> l.contains("(2 captures)"))).hasSize(1).allMatch(l -> l.contains(kept.id()));
        assertThat(text).doesNotContain("(1 captures)");
        String json = render(out -> ChronologyJson.write(c, out));
        assertThat(json).contains("\"captures\" : 2").contains("\"captures\" : 1");
        List<String> csv = render(out -> ChronologyCsv.write(c, out)).lines().toList();
        assertThat(csv.get(0)).endsWith(",captures");
        assertThat(csv.stream().filter(l -> l.contains(kept.id()))).hasSize(1).allMatch(l -> l.endsWith(",2"));
        assertThat(csv.stream().filter(l -> l.contains(other.id()))).hasSize(1).allMatch(l -> l.endsWith(",1"));
        List<String> evidence = render(out -> ChronologyCsv.writeEvidence(c, out)).lines().toList();
        assertThat(evidence.get(0)).endsWith(",captures");
        assertThat(evidence.stream().filter(l -> l.contains(kept.id()))).allMatch(l -> l.endsWith(",2"));
    }

    private static DataSource database() {
        DataSource ds = Database.simple("jdbc:h2:mem:captures-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Database.migrate(ds);
        return ds;
    }

    private static Article article(String url, String source, String text) {
        return (Article) ArticleParser.parse(JsonMapper.builder().build().valueToTree(Map.of("url", url, "source", source,
                "date_extracted", "2015-07-21 02:51:32", "content", text)), null, "x", new Origin("t", 1));
    }

    private static AnnotatedArticle annotated(Article a) {
        String expression = a.text().contains("يوم 17 يوليو 2015") ? "يوم 17 يوليو 2015" : "يوم 19 يوليو 2015";
        String value = expression.equals("يوم 17 يوليو 2015") ? "2015-07-17" : "2015-07-19";
        return DateEvidenceStoreTest.annotated(a, expression, value);
    }

    private static String render(java.util.function.Consumer<PrintWriter> writer) {
        return DateEvidenceStoreTest.render(writer);
    }
}
