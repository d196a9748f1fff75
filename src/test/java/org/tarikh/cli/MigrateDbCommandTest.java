package org.tarikh.cli;

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
import org.tarikh.store.Database;
import org.tarikh.store.DatabaseCopy;
import org.tarikh.store.LocalPostgres;

/**
 * Issue 14: {@code tarikh migrate-db} copies an H2 database into the local PostgreSQL (.ci/run
 * starts it): the timeline is identical ({@code timeline --no-merge --format json}), the job
 * repository came along (a run against the copy finds every article unchanged and gets new ids
 * past the copied ones), and every refusal is one line with exit code 1 and nothing copied.
 */
class MigrateDbCommandTest {

    @TempDir
    Path dir;

    private static final List<String> INPUT = List.of(Path.of("sample-articles").toAbsolutePath().toString());

    private static JobDefinition definition(String url, String user) {
        return new JobDefinition("migrate-test", INPUT, url, null, 1, null, List.of(), null,
                new JobDefinition.Credentials(user, null, null), null, null, null);
    }

    private static JobExecution run(JobDefinition definition) throws Exception {
        try (ConfigurableApplicationContext context = TimelineRun.context(definition)) {
            return TimelineRun.execute(context, definition);
        }
    }

    private static String timeline(String url) {
        Result r = tarikh("timeline", "--db", url, "--no-merge", "--all-kinds", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        return r.out();
    }

    @Test
    void anH2DatabaseCopiedIntoPostgreSqlGivesTheSameTimelineAndRunsOnWhereItStopped() throws Exception {
        String h2 = "jdbc:h2:file:" + dir.resolve("h2").toAbsolutePath();
        JobExecution original = run(definition(h2, null));
        assertThat(original.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(RunSummary.of(original).processed()).isEqualTo(11);
        JdbcTemplate source = new JdbcTemplate(Database.simple(h2));
        long steps = source.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION", Long.class);
        long maxJobExecution = source.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);

        try (LocalPostgres pg = new LocalPostgres("tarikh_migrate")) {
            Result copied = tarikh("migrate-db", "--from", h2, "--to", pg.urlWithUser());
            assertThat(copied.code()).as(copied.err()).isZero();
            assertThat(copied.out()).contains("migrate-db: copied").contains("article 11");

            assertThat(timeline(pg.urlWithUser())).isEqualTo(timeline(h2));
            JdbcTemplate target = new JdbcTemplate(Database.simple(pg.urlWithUser()));
            for (String table : DatabaseCopy.TABLES) {
                assertThat(target.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)).as(table)
                        .isEqualTo(source.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
            }
            assertThat(target.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION", Long.class)).isEqualTo(steps);
            assertThat(target.queryForObject("SELECT COUNT(*) FROM run_lock", Long.class)).as("lock released").isZero();

            // the job repository came along: the same job on PostgreSQL finds every article unchanged,
            // and Spring Batch's ids go on after the copied ones
            JobExecution next = run(definition(pg.url(), LocalPostgres.USER));
            assertThat(next.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(RunSummary.of(next).unchanged()).isEqualTo(11);
            assertThat(next.getId()).isGreaterThan(maxJobExecution);
            assertThat(timeline(pg.urlWithUser())).isEqualTo(timeline(h2));

            // a target that is not empty is refused, nothing copied
            Result again = tarikh("migrate-db", "--from", h2, "--to", pg.urlWithUser());
            assertThat(again.code()).isEqualTo(ExitCodes.FAILED);
            assertThat(again.err()).startsWith("migrate-db failed: the target database is not empty (")
                    .contains("article: 11 rows").contains("nothing was copied").hasLineCount(1);
            assertThat(target.queryForObject("SELECT COUNT(*) FROM article", Long.class)).isEqualTo(11);
        }
    }

    @Test
    void anUnreachableTargetOrAMissingSourceIsOneLineAndExitCodeOne() throws Exception {
        String h2 = "jdbc:h2:file:" + dir.resolve("h2").toAbsolutePath();
        Result unreachable = tarikh("migrate-db", "--from", h2, "--to", "jdbc:postgresql://127.0.0.1:1/tarikh?user=postgres");
        assertThat(unreachable.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(unreachable.err()).startsWith("migrate-db failed: ").hasLineCount(1);
        // the source is looked at first, and it does not exist: no empty H2 file is made for it
        assertThat(unreachable.err()).contains("cannot reach the source database");
        assertThat(dir.resolve("h2.mv.db")).doesNotExist();

        run(definition(h2, null));
        Result noTarget = tarikh("migrate-db", "--from", h2, "--to", "jdbc:postgresql://127.0.0.1:1/tarikh?user=postgres");
        assertThat(noTarget.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(noTarget.err()).startsWith("migrate-db failed: cannot reach the target database"
                + " jdbc:postgresql://127.0.0.1:1/tarikh").contains("nothing was copied").hasLineCount(1);

        Result notPostgres = tarikh("migrate-db", "--from", h2, "--to", "jdbc:h2:mem:other");
        assertThat(notPostgres.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(notPostgres.err()).contains("PostgreSQL").hasLineCount(1);
    }
}
