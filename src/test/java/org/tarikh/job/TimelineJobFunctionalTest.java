package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarikh.article.Article;
import org.tarikh.article.ArticleSource;
import org.tarikh.article.SourceRecord;
import org.tarikh.chronology.ChronologyFilter;
import org.tarikh.chronology.EventQuery;
import org.tarikh.chronology.SourceEvent;

/**
 * The timeline job end to end on {@code sample-articles}, into a fresh H2 database, the way
 * the Spring Batch samples test their jobs: status, counts, rows, and the seed's order.
 */
class TimelineJobFunctionalTest {

    private static final String SEED = "seed-964be29df06537d0";

    @TempDir
    Path dir;

    @Test
    void runsTheSampleArticlesIntoAnOrderedTimelineAndAddsNothingOnASecondRun() throws Exception {
        List<SourceRecord> expected = new ArrayList<>();
        try (ArticleSource source = new ArticleSource(List.of(Path.of("sample-articles")))) {
            source.forEachRemaining(expected::add);
        }
        long articles = expected.stream().filter(Article.class::isInstance).count();
        assertThat(articles).as("sample articles that parse").isGreaterThanOrEqualTo(1);

        JobDefinition definition = JobDefinition.defaults()
                .withInputs(List.of("sample-articles"))
                .withDatabase("jdbc:h2:file:" + dir.resolve("tarikh").toAbsolutePath());
        try (ConfigurableApplicationContext context = TimelineRun.context(definition)) {
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));

            JobExecution first = TimelineRun.execute(context, definition);

            assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            StepExecution step = first.getStepExecutions().iterator().next();
            assertThat(step.getReadCount()).isEqualTo(expected.size());
            assertThat(step.getWriteCount()).isEqualTo(expected.size());
            assertThat(step.getFilterCount()).isZero();
            assertThat(RunSummary.of(first).read()).isEqualTo(expected.size());
            assertThat(step.getSkipCount()).isZero();
            RunSummary summary = RunSummary.of(first);
            assertThat(summary.processed()).isEqualTo(articles);
            assertThat(summary.rejected()).isEqualTo(expected.size() - articles);
            assertThat(first.getExecutionContext().getString(RunSummaryListener.SUMMARY)).contains("processed " + articles);

            assertThat(count(jdbc, "article")).isEqualTo(articles);
            assertThat(count(jdbc, "timex")).isEqualTo(summary.timexes()).isPositive();
            assertThat(count(jdbc, "event")).isEqualTo(summary.events()).isPositive();
            assertThat(count(jdbc, "BATCH_JOB_EXECUTION")).isEqualTo(1);

            List<SourceEvent> seed = new EventQuery(context.getBean(DataSource.class))
                    .events(new ChronologyFilter(null, null, null, SEED, null, null));
            assertThat(seed).extracting(SourceEvent::expression)
                    .containsSubsequence("العام الماضي", "أواخر الشهر الماضي", "الأربعاء");
            assertThat(seed).filteredOn(e -> e.expression().equals("أواخر الشهر الماضي"))
                    .singleElement().satisfies(e -> {
                        assertThat(e.value()).isEqualTo("2021-03");
                        assertThat(e.mod()).isEqualTo("END");
                    });
            assertThat(seed).filteredOn(e -> e.expression().equals("العام الماضي")).extracting(SourceEvent::value)
                    .containsOnly("2020");
            assertThat(seed).filteredOn(e -> e.expression().equals("الأربعاء")).extracting(SourceEvent::value)
                    .containsOnly("2021-04-07");
            assertOrderedBySortKeys(new EventQuery(context.getBean(DataSource.class)).events(ChronologyFilter.ALL));

            long[] before = {count(jdbc, "article"), count(jdbc, "timex"), count(jdbc, "event"), count(jdbc, "rejection")};

            JobExecution second = TimelineRun.execute(context, definition);

            assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(second.getJobInstance().getInstanceId()).isNotEqualTo(first.getJobInstance().getInstanceId());
            StepExecution again = second.getStepExecutions().iterator().next();
            assertThat(again.getWriteCount()).as("unchanged articles reach the writer, to be counted").isEqualTo(expected.size());
            assertThat(RunSummary.of(second).unchanged()).isEqualTo(articles);
            assertThat(RunSummary.of(second).processed()).isZero();
            assertThat(new long[] {count(jdbc, "article"), count(jdbc, "timex"), count(jdbc, "event"), count(jdbc, "rejection")})
                    .containsExactly(before);
        }
    }

    private static void assertOrderedBySortKeys(List<SourceEvent> entries) {
        for (int i = 1; i < entries.size(); i++) {
            SourceEvent a = entries.get(i - 1);
            SourceEvent b = entries.get(i);
            int c = a.start().compareTo(b.start());
            if (c == 0) {
                c = a.until().compareTo(b.until());
            }
            if (c == 0) {
                c = a.articleId().compareTo(b.articleId());
            }
            if (c == 0) {
                c = Integer.compare(a.seq(), b.seq());
            }
            assertThat(c).as("order at %d", i).isNegative();
        }
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
