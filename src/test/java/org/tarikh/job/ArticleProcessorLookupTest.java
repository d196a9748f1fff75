package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.annotate.PipelinePool;
import org.tarikh.annotate.TimeBudget;
import org.tarikh.article.Article;
import org.tarikh.article.ArticleParser;
import org.tarikh.article.Origin;
import org.tarikh.article.Rejection;
import org.tarikh.article.SourceRecord;
import org.tarikh.store.CountingDataSource;
import org.tarikh.store.Database;
import org.tarikh.store.TimelineStore;

import tools.jackson.databind.json.JsonMapper;

/**
 * The processor looks up what is stored for a whole chunk in one query before the chunk is
 * processed, and processes its articles without another query: an unchanged article, another
 * capture of a stored one, and a new one (which goes on to annotation).
 */
class ArticleProcessorLookupTest {

    static final String TEXT = "الرياض - وصل الوفد العراقي، برئاسة وزير الخارجية، إلى واشنطن يوم 17 يوليو 2015 لبدء"
            + " الجولة الثالثة من الحوار الاستراتيجي التي تأجلت مرتين بسبب الظروف.";

    @Test
    void aChunkIsLookedUpInOneQueryAndProcessedWithoutAnother() throws Exception {
        CountingDataSource ds = new CountingDataSource(
                Database.simple("jdbc:h2:mem:processor-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        Database.migrate(ds);
        TimelineStore store = new TimelineStore(ds);
        Article kept = article("http://a.example/2015/07/18/one.html", TEXT);
        store.saveAll(List.of(new AnnotatedArticle(kept, kept.contentHash(), List.of(), List.of())), null);
        Article same = article("http://a.example/2015/07/18/one.html", TEXT);
        Article copy = article("http://a.example/2015/07/18/copy.html", TEXT);
        Article fresh = article("http://a.example/2015/07/18/new.html", "افتتح المعرض في الرياض");
        // annotation is not this test's subject: the engine fails, and the new article becomes a rejection
        try (PipelinePool noEngine = PipelinePool.deferred(() -> {
            throw new IllegalStateException("no engine in this test");
        }); TimeBudget budget = new TimeBudget(Duration.ofSeconds(30))) {
            ArticleProcessor processor = new ArticleProcessor(noEngine, store, budget);
            int before = ds.statements();

            processor.beforeChunk(new Chunk<SourceRecord>(List.of(same, copy, fresh)));
            int lookups = ds.statements() - before;
            Outcome unchanged = processor.process(same);
            Outcome captured = processor.process(copy);
            Outcome annotated = processor.process(fresh);

            assertThat(lookups).as("statements before the chunk is processed").isEqualTo(1);
            assertThat(ds.statements() - before).as("statements for the whole chunk").isEqualTo(1);
            assertThat(unchanged).isEqualTo(new Outcome.Unchanged(same.id(), same));
            assertThat(captured).isInstanceOfSatisfying(Outcome.Captured.class,
                    c -> assertThat(c.capture().articleId()).isEqualTo(kept.id()));
            assertThat(annotated).isInstanceOfSatisfying(Outcome.Rejected.class,
                    r -> assertThat(r.rejection().reason()).isEqualTo(Rejection.Reason.ANNOTATION_FAILED));

            // processed outside a looked-up chunk: the article is looked up on its own
            Article alone = article("http://a.example/2015/07/18/alone.html", TEXT);
            assertThat(processor.process(alone)).isInstanceOf(Outcome.Captured.class);
            assertThat(ds.statements() - before).isEqualTo(2);
        }
    }

    private static Article article(String url, String text) {
        return (Article) ArticleParser.parse(JsonMapper.builder().build().valueToTree(Map.of("url", url,
                "source", "a.example", "date_extracted", "2015-07-21 02:51:32", "content", text)), null, "x",
                new Origin("t", 1));
    }
}
