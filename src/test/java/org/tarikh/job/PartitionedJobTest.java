package org.tarikh.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarikh.annotate.accel.SyntheticNews;

/** threads: 2 runs the annotation as a partitioned step; every record is processed once. */
class PartitionedJobTest {

    @TempDir
    Path dir;

    @Test
    void twoPartitionsProcessEveryArticleOnce() throws Exception {
        List<String> texts = SyntheticNews.articles(15, 3);
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            jsonl.append("{\"id\":\"s").append(i).append("\",\"published\":\"2015-07-22\",\"text\":\"")
                    .append(texts.get(i).replace("\"", "\\\"").replace("\n", "\\n")).append("\"}\n");
        }
        jsonl.append("{not json}\n");
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, jsonl);
        JobDefinition definition = new JobDefinition("test", List.of(input.toString()),
                "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), null, 2, 4, List.of(), null);

        try (ConfigurableApplicationContext context = TimelineRun.context(definition)) {
            JobExecution execution = TimelineRun.execute(context, definition);
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(execution.getStepExecutions()).extracting(StepExecution::getStepName)
                    .contains("annotate", "annotate-partition:partition0", "annotate-partition:partition1");
            RunSummary summary = RunSummary.of(execution);
            assertThat(summary.read()).isEqualTo(16);
            assertThat(summary.processed()).isEqualTo(15);
            assertThat(summary.rejected()).isEqualTo(1);
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class)).isEqualTo(15);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM timex", Long.class)).isEqualTo(summary.timexes());

            // a second run finds every article unchanged
            JobExecution again = TimelineRun.execute(context, definition);
            assertThat(RunSummary.of(again).unchanged()).isEqualTo(15);
        }
    }
}
