package org.tarikh.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.cli.InProcessCli.tarikh;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarikh.cli.InProcessCli.Result;
import org.tarikh.job.JobDefinition;
import org.tarikh.job.RunSummary;
import org.tarikh.job.TimelineRun;

/**
 * Issue 14: PostgreSQL as the job repository and the timeline store. Against the real local
 * PostgreSQL (.ci/run starts it): every migration runs, the job stores exactly what it stores in
 * H2 ({@code timeline --no-merge --format json} identical), a second run finds everything
 * unchanged, and the Arabic search finds its event.
 */
class PostgreSqlStoreTest {

    @TempDir
    Path dir;

    private static final List<String> INPUT = List.of(Path.of("sample-articles").toAbsolutePath().toString());

    private static JobDefinition definition(String url, String user) {
        return new JobDefinition("pg-test", INPUT, url, null, 1, null, List.of(), null,
                new JobDefinition.Credentials(user, null, null), null, null, null);
    }

    private static JobExecution run(JobDefinition definition) throws Exception {
        try (ConfigurableApplicationContext context = TimelineRun.context(definition)) {
            return TimelineRun.execute(context, definition);
        }
    }

    static String timeline(String url, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("timeline", "--db", url));
        args.addAll(List.of(more));
        Result r = tarikh(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return r.out();
    }

    @Test
    void theJobOnPostgreSqlStoresWhatItStoresInH2() throws Exception {
        try (LocalPostgres pg = new LocalPostgres("tarikh_it")) {
            JobExecution first = run(definition(pg.url(), LocalPostgres.USER));
            assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            RunSummary summary = RunSummary.of(first);
            assertThat(summary.processed()).isEqualTo(11); // the sample articles, the web archive's page included

            String h2 = "jdbc:h2:file:" + dir.resolve("h2").toAbsolutePath();
            JobExecution reference = run(definition(h2, null));
            assertThat(RunSummary.of(reference).timexes()).isEqualTo(summary.timexes());
            assertThat(RunSummary.of(reference).events()).isEqualTo(summary.events());
            assertThat(timeline(pg.urlWithUser(), "--no-merge", "--format", "json"))
                    .isEqualTo(timeline(h2, "--no-merge", "--format", "json"));
            // the Arabic search (Lucene's analyzer forms stored per event) works the same
            String query = timeline(pg.urlWithUser(), "--query", "الحوار الاستراتيجي");
            assertThat(query).contains("«الأربعاء» 2021-04-07").isEqualTo(timeline(h2, "--query", "الحوار الاستراتيجي"));

            JobExecution second = run(definition(pg.url(), LocalPostgres.USER));
            assertThat(RunSummary.of(second).unchanged()).isEqualTo(11);

            JdbcTemplate jdbc = new JdbcTemplate(Database.simple(pg.urlWithUser()));
            assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank",
                    String.class)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13",
                            "14", "15", "16", "17", "18", "19", "20", "21", "22");
            assertThat(jdbc.queryForObject("SELECT is_nullable FROM information_schema.columns"
                    + " WHERE table_name = 'event' AND column_name = 'timex_seq'", String.class)).isEqualTo("YES");
        }
    }
}
