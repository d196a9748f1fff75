package org.tarikh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.anchor.Event;
import org.tarikh.annotate.Timex;
import org.tarikh.article.Article;
import org.tarikh.article.ArticleParser;
import org.tarikh.article.Origin;
import org.tarikh.chronology.Chronology;
import org.tarikh.chronology.ChronologyBuilder;
import org.tarikh.chronology.ChronologyFilter;
import org.tarikh.chronology.MergeRule;
import org.tarikh.export.ChronologyCsv;
import org.tarikh.export.ChronologyJson;
import org.tarikh.export.ChronologyText;
import org.tarikh.order.TimexIntervals;

import tools.jackson.databind.json.JsonMapper;

/** The DCT's evidence is stored (V7), and a disagreement reaches the timeline and the exports. */
class DateEvidenceStoreTest {

    @Test
    void evidenceIsStoredAndADisagreementIsShownByTimelineAndExports() {
        DataSource ds = Database.simple("jdbc:h2:mem:evidence-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Database.migrate(ds);
        Article late = article("http://www.aleqt.com/2015/07/18/article_1.html", "جدة - 10 يوليو: وصل الوفد يوم 17 يوليو 2015 إلى جدة");
        Article agreed = article("http://www.aleqt.com/2015/07/20/article_2.html", "افتتح المعرض يوم 19 يوليو 2015 في الرياض");
        new TimelineStore(ds).saveAll(List.of(annotated(late, "يوم 17 يوليو 2015", "2015-07-17"),
                annotated(agreed, "يوم 19 يوليو 2015", "2015-07-19")), null);

        Map<String, Object> row = new JdbcTemplate(ds).queryForMap(
                "SELECT dct, published, dct_evidence, dct_candidates, dct_disagreement FROM article WHERE id = ?", late.id());
        assertThat(row.get("DCT").toString()).isEqualTo("2015-07-18");
        assertThat(row.get("PUBLISHED")).isEqualTo("2015-07-18");
        assertThat(row.get("DCT_EVIDENCE")).isEqualTo("url");
        assertThat(row.get("DCT_CANDIDATES")).isEqualTo("url 2015-07-18; dateline 2015-07-10; capture 2015-07-21");
        assertThat(row.get("DCT_DISAGREEMENT")).isEqualTo("dateline 2015-07-10 vs url 2015-07-18");
        assertThat(new JdbcTemplate(ds).queryForObject("SELECT dct_disagreement FROM article WHERE id = ?", String.class,
                agreed.id())).isNull();

        Chronology c = ChronologyBuilder.query(ds, ChronologyFilter.ALL, MergeRule.DEFAULT, false);
        String text = render(out -> ChronologyText.write(c, out));
        assertThat(text.lines().filter(l -> l.contains("!! publication date: dateline 2015-07-10 vs url 2015-07-18")))
                .hasSize(1).allMatch(l -> l.contains(late.id()));
        assertThat(render(out -> ChronologyJson.write(c, out)))
                .contains("\"publishedDisagreement\" : \"dateline 2015-07-10 vs url 2015-07-18\"")
                .contains("\"publishedDisagreement\" : null");
        String csv = render(out -> ChronologyCsv.write(c, out));
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",published_disagreement,captures");
        assertThat(csv).contains("dateline 2015-07-10 vs url 2015-07-18");
    }

    private static Article article(String url, String text) {
        return (Article) ArticleParser.parse(JsonMapper.builder().build().valueToTree(
                Map.of("url", url, "date_extracted", "2015-07-21 02:51:32", "content", text)), null, "x", new Origin("t", 1));
    }

    /** One article with one DATE expression and one event dated by it (also used by CapturesStoreTest). */
    static AnnotatedArticle annotated(Article a, String expression, String value) {
        int at = a.text().indexOf(expression);
        Timex t = new Timex("t1", at, at + expression.length(), expression, "DATE", value, null, null, null, null);
        Event e = new Event(0, 0, a.text().length(), a.text(), t, TimexIntervals.of(value, null, a.dct()).orElseThrow(),
                List.of());
        return new AnnotatedArticle(a, a.contentHash(), List.of(t), List.of(e));
    }

    static String render(java.util.function.Consumer<PrintWriter> writer) {
        StringWriter s = new StringWriter();
        writer.accept(new PrintWriter(s));
        return s.toString();
    }
}
