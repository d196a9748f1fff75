package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.annotate.PipelinePool;
import org.tarikh.annotate.TemporalPipeline;
import org.tarikh.annotate.TimeBudget;
import org.tarikh.article.Article;
import org.tarikh.article.Origin;
import org.tarikh.article.Rejection;
import org.tarikh.store.Database;
import org.tarikh.store.TimelineStore;

/**
 * Promise 4: an article that would keep HeidelTime busy for minutes is rejected when it
 * exceeds the time budget, and the next article is annotated exactly as before by a fresh engine.
 */
class TimeBudgetJobTest {

    /**
     * One short phrase, repeated in one sentence: HeidelTime needs about 10 s for 300 of them and
     * minutes for 3000, far beyond the test's budget however fast or loaded the machine.
     */
    static final String ADVERSARIAL = "يوم الأربعاء الماضي ".repeat(3000);

    @TempDir
    Path dir;

    @Test
    void anArticleOverTheBudgetIsRejectedAndTheEngineIsReplaced() throws Exception {
        DataSource ds = Database.simple("jdbc:h2:mem:budget-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Database.migrate(ds);
        try (PipelinePool pool = new PipelinePool(TemporalPipeline::create);
                TimeBudget budget = new TimeBudget(Duration.ofSeconds(10))) {
            ArticleProcessor processor = new ArticleProcessor(pool, new TimelineStore(ds), budget);
            Article normal = article("normal", "وقال الوزير إن الاتفاق وقع العام الماضي، وسيعقد الاجتماع يوم الأربعاء.");

            Outcome before = processor.process(normal);
            Outcome slow = processor.process(article("slow", ADVERSARIAL));
            Outcome after = processor.process(normal);

            assertThat(slow).isInstanceOfSatisfying(Outcome.Rejected.class, r -> {
                assertThat(r.rejection().reason()).isEqualTo(Rejection.Reason.TIME_BUDGET_EXCEEDED);
                assertThat(r.rejection().detail()).contains("10000 ms").contains("time-budget");
                assertThat(r.rejection().articleId()).isEqualTo("slow");
            });
            assertThat(before).isInstanceOf(Outcome.Annotated.class);
            assertThat(((Outcome.Annotated) after).article().timexes()).isNotEmpty()
                    .isEqualTo(((Outcome.Annotated) before).article().timexes());
            assertThat(((Outcome.Annotated) after).article().events())
                    .isEqualTo(((Outcome.Annotated) before).article().events());
            assertThat(pool.size()).as("a fresh engine replaced the abandoned one").isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void limitsAreReadFromTheJobDefinitionWithDefaults() throws Exception {
        Path job = dir.resolve("job.yml");
        Files.writeString(job, """
                name: limited
                limits:
                  time-budget: 500ms
                  max-future-days: 0
                """);
        Limits limits = JobDefinition.read(job).limitsOrDefaults();
        assertThat(limits.budget()).isEqualTo(Duration.ofMillis(500));
        assertThat(limits.maxFutureDays()).isZero();
        assertThat(limits.maxArticleChars()).isEqualTo(Limits.DEFAULT_MAX_ARTICLE_CHARS);
        assertThat(JobDefinition.defaults().limitsOrDefaults().budget()).isEqualTo(Duration.ofSeconds(30));
        assertThat(Limits.parseDuration("PT1M")).isEqualTo(Duration.ofMinutes(1));
    }

    private static Article article(String id, String text) {
        return new Article(id, "2021-04-07", LocalDate.of(2021, 4, 7), null, null, null, "ar", text, new Origin("test", 1));
    }
}
