package org.tarikh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.article.Article;
import org.tarikh.article.ArticleParser;
import org.tarikh.article.Origin;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@link TimelineStore#lookUp}: for a chunk's articles, in one query, the content hash stored
 * under each id and the stored article each is another capture of, as a look-up of the article
 * alone decides it.
 */
class StoredLookupTest {

    static final String TEXT = CapturesStoreTest.TEXT;

    @Test
    void oneQueryAnswersBothLookupsForEveryArticleOfAChunk() {
        CountingDataSource ds = new CountingDataSource(
                Database.simple("jdbc:h2:mem:lookup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        Database.migrate(ds);
        TimelineStore store = new TimelineStore(ds);
        Article kept = article("http://a.example/2015/07/18/one.html", "a.example", TEXT);
        Article second = article("http://a.example/2015/07/18/two.html", "a.example", TEXT);
        store.saveAll(List.of(new AnnotatedArticle(kept, kept.contentHash(), List.of(), List.of()),
                new AnnotatedArticle(second, second.contentHash(), List.of(), List.of())), null);
        Article same = article("http://a.example/2015/07/18/one.html", "a.example", TEXT);
        Article changed = article("http://a.example/2015/07/18/one.html", "a.example", TEXT + " وأضاف.");
        Article copy = article("http://a.example/2015/07/18/copy.html", "a.example", TEXT);
        Article otherDay = article("http://a.example/2015/07/19/copy.html", "a.example", TEXT);
        Article otherSource = article("http://b.example/2015/07/18/copy.html", "b.example", TEXT);
        Article fresh = article("http://a.example/2015/07/18/new.html", "a.example", "افتتح المعرض يوم 19 يوليو 2015 في الرياض وسط حضور كبير من الزوار والمسؤولين");
        List<Article> chunk = List.of(same, changed, copy, otherDay, otherSource, fresh);
        int before = ds.statements();

        Map<Article, TimelineStore.Stored> stored = store.lookUp(chunk);

        assertThat(ds.statements() - before).as("statements for the whole chunk").isEqualTo(1);
        assertThat(stored.get(same).contentHash()).contains(kept.contentHash());
        assertThat(stored.get(changed).contentHash()).as("the same id, another text").contains(kept.contentHash());
        assertThat(stored.get(same).capturedAs()).as("the other stored id with the same text, the first by id")
                .contains(second.id());
        assertThat(stored.get(copy)).isEqualTo(new TimelineStore.Stored(Optional.empty(), Optional.of(kept.id())));
        assertThat(stored.get(otherDay)).isEqualTo(new TimelineStore.Stored(Optional.empty(), Optional.empty()));
        assertThat(stored.get(otherSource)).isEqualTo(new TimelineStore.Stored(Optional.empty(), Optional.empty()));
        assertThat(stored.get(fresh)).isEqualTo(new TimelineStore.Stored(Optional.empty(), Optional.empty()));
        for (Article a : chunk) {
            assertThat(stored.get(a).capturedAs()).as(a.id()).isEqualTo(store.lookUp(List.of(a)).get(a).capturedAs());
        }
    }

    private static Article article(String url, String source, String text) {
        return (Article) ArticleParser.parse(JsonMapper.builder().build().valueToTree(Map.of("url", url, "source", source,
                "date_extracted", "2015-07-21 02:51:32", "content", text)), null, "x", new Origin("t", 1));
    }
}
