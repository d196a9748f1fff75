package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.article.Article;
import org.tarikh.article.Origin;
import org.tarikh.article.Rejection;
import org.tarikh.store.Database;
import org.tarikh.store.RunCounts;
import org.tarikh.store.TimelineStore;

/** Promise 7: a chunk whose transaction rolls back is not counted; a committed one is, once. */
class TimelineWriterRollbackTest {

    @org.junit.jupiter.api.AfterEach
    void leaveTheStepScope() {
        org.springframework.batch.core.scope.context.StepSynchronizationManager.close();
    }

    @Test
    void countsFollowTheChunkTransaction() {
        DataSource ds = Database.simple("jdbc:h2:mem:rollback-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Database.migrate(ds);
        RunCounts counts = new RunCounts(ds);
        TimelineWriter writer = new TimelineWriter(new TimelineStore(ds), counts);
        JobExecution job = new JobExecution(7L, new JobInstance(3L, "timelineJob"), new JobParameters());
        // the writer finds its step the way it does in a partitioned step: through the step scope
        org.springframework.batch.core.scope.context.StepSynchronizationManager.register(new StepExecution(9L, "annotate", job));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        Article article = new Article("r-1", "2021-04-07", LocalDate.of(2021, 4, 7), null, null, null, "ar", "نص.",
                new Origin("in.jsonl", 1));
        Chunk<Outcome> chunk = new Chunk<>(List.of(
                new Outcome.Annotated(new AnnotatedArticle(article, article.contentHash(), List.of(), List.of())),
                new Outcome.Unchanged("r-0"),
                new Outcome.Rejected(new Rejection(new Origin("in.jsonl", 2), null, Rejection.Reason.EMPTY_TEXT, "empty"))));

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            writer.write(chunk);
            throw new IllegalStateException("the commit fails"); // e.g. the database goes away
        })).hasMessage("the commit fails");

        assertThat(counts.of(3L)).as("rolled back: nothing counted").isEmpty();
        assertThat(new JdbcTemplate(ds).queryForObject("SELECT COUNT(*) FROM article", Long.class)).isZero();

        tx.executeWithoutResult(status -> writer.write(chunk));

        assertThat(counts.of(3L)).containsEntry("tarikh.read", 3L).containsEntry("tarikh.articles", 1L)
                .containsEntry("tarikh.unchanged", 1L).containsEntry("tarikh.rejected", 1L)
                .containsEntry("tarikh.rejected.EMPTY_TEXT", 1L);
    }
}
