package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.cli.InProcessCli.tarikh;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.annotate.Timex;
import org.tarikh.article.Article;
import org.tarikh.article.Origin;
import org.tarikh.cli.ExitCodes;
import org.tarikh.cli.InProcessCli.Result;
import org.tarikh.store.Database;
import org.tarikh.store.RunCounts;
import org.tarikh.store.TimelineStore;

import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 10, item 1: one article whose annotation cannot be stored (a TIMEX value longer than its
 * column) is rejected with OUTPUT_INVALID; the rest of its chunk is stored and the run completes.
 */
class OutputValidationTest {

    /** HeidelTime makes this a DURATION of 200 nines of years: longer than the timex_value column. */
    static final String MONSTER = "وقال إنه يعيش في المدينة منذ " + "9".repeat(200) + " عاما.";

    @TempDir
    Path dir;

    @AfterEach
    void leaveTheStepScope() {
        StepSynchronizationManager.close();
    }

    @Test
    void anArticleWhoseOutputCannotBeStoredIsRejectedAndTheRestOfItsChunkIsStored() throws Exception {
        List<ObjectNode> articles = GeneratedCorpus.articles(5, 6, "ok");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            lines.add(GeneratedCorpus.line(articles.get(i)));
            if (i == 2) {
                lines.add("{\"id\":\"monster\",\"published\":\"2021-04-07\",\"text\":\"" + MONSTER + "\"}");
            }
        }
        Path input = GeneratedCorpus.writeJsonl(dir.resolve("in/a.jsonl"), lines);
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();

        Result run = tarikh("run", "--job", ChildRun.jobFile(dir, input, url, 7)); // all seven in one chunk

        assertThat(run.code()).as("stdout:%n%s%nstderr:%n%s", run.out(), run.err())
                .isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        assertThat(run.out()).contains("read 7, processed 6, unchanged 0, rejected 1")
                .contains("rejected 1 × OUTPUT_INVALID")
                .as("the start-up checkpoint, in the summary")
                .containsPattern("  first article annotated [0-9]+\\.[0-9]{2} s after JVM start");
        assertThat(DatabaseDump.count(url, "article")).isEqualTo(6);
        JdbcTemplate jdbc = new JdbcTemplate(Database.simple(url));
        assertThat(jdbc.queryForObject("SELECT detail FROM rejection WHERE article_id = 'monster' AND reason = 'OUTPUT_INVALID'",
                String.class)).contains("value has 202 characters").contains("the column holds 128");

        Result again = tarikh("run", "--job", ChildRun.jobFile(dir, input, url, 7));
        assertThat(again.code()).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTIONS);
        assertThat(again.out()).as("the next run is not blocked either").contains("processed 0, unchanged 6, rejected 1");
    }

    @Test
    void anArticleTheDatabaseRefusesDespiteTheChecksIsRejectedAloneByTheWriter() {
        DataSource ds = Database.simple("jdbc:h2:mem:refused-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Database.migrate(ds);
        RunCounts counts = new RunCounts(ds);
        TimelineWriter writer = new TimelineWriter(new TimelineStore(ds), counts);
        JobExecution job = new JobExecution(7L, new JobInstance(3L, "timelineJob"), new JobParameters());
        StepSynchronizationManager.register(new StepExecution(9L, "annotate", job));
        // a tid longer than its column: output the processor's check would have caught, written directly
        Chunk<Outcome> chunk = new Chunk<>(List.of(annotated("w-1", "t1"), annotated("w-2", "t".repeat(40)),
                annotated("w-3", "t1")));

        new TransactionTemplate(new DataSourceTransactionManager(ds)).executeWithoutResult(status -> writer.write(chunk));

        JdbcTemplate jdbc = new JdbcTemplate(ds);
        assertThat(jdbc.queryForList("SELECT id FROM article ORDER BY id", String.class)).containsExactly("w-1", "w-3");
        assertThat(jdbc.queryForList("SELECT article_id FROM timex ORDER BY article_id", String.class))
                .containsExactly("w-1", "w-3");
        assertThat(jdbc.queryForObject("SELECT reason FROM rejection WHERE article_id = 'w-2'", String.class))
                .isEqualTo("OUTPUT_INVALID");
        assertThat(counts.of(3L)).containsEntry("tarikh.articles", 2L).containsEntry("tarikh.rejected.OUTPUT_INVALID", 1L);
    }

    @Test
    void theCheckNamesTheFieldAndItsColumn() {
        assertThat(TimelineStore.unstorable(article("v", "t1"))).isEmpty();
        assertThat(TimelineStore.unstorable(article("v", "t".repeat(33)))).get().asString()
                .contains("tid has 33 characters").contains("the column holds 32");
    }

    private static AnnotatedArticle article(String id, String tid) {
        return ((Outcome.Annotated) annotated(id, tid)).article();
    }

    private static Outcome annotated(String id, String tid) {
        String text = "وصل الوفد أمس.";
        Article article = new Article(id, "2021-04-07", LocalDate.of(2021, 4, 7), null, null, null, "ar", text,
                new Origin("in.jsonl", 1));
        Timex t = new Timex(tid, 10, 13, "أمس", "DATE", "2021-04-06", null, null, null, null);
        return new Outcome.Annotated(new AnnotatedArticle(article, article.contentHash(), List.of(t), List.of()));
    }
}
