package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tarikh.cli.InProcessCli.tarikh;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.chronology.ChronologyDatabase;
import org.tarikh.cli.InProcessCli.Result;

/** {@code timeline --limit}: the newest matching articles, and a note on standard error when older ones are left out. */
class TimelineLimitTest {

    @TempDir
    Path dir;

    @Test
    void aWordQueryShowsTheNewestArticlesAndSaysWhenOthersWereLeftOut() {
        String db = "jdbc:h2:file:" + dir.resolve("tarikh").toAbsolutePath();
        DataSource ds = ChronologyDatabase.create(db);
        for (int i = 0; i < 3; i++) {
            ChronologyDatabase.store(ds, "marib-" + i, "عنوان", "هاجمت القوات مدينة مأرب يوم 7 أبريل 2021");
        }
        Result limited = tarikh("timeline", "--db", db, "--query", "مأرب", "--limit", "2", "--no-merge");
        assertThat(limited.code()).as(limited.err()).isEqualTo(ExitCodes.OK);
        assertThat(limited.out()).contains("marib-2", "marib-1").doesNotContain("marib-0");
        assertThat(limited.err()).contains("the 2 newest of the 3 articles").contains("--limit");

        Result all = tarikh("timeline", "--db", db, "--query", "مأرب", "--limit", "0", "--no-merge");
        assertThat(all.out()).contains("marib-2", "marib-1", "marib-0");
        assertThat(all.err()).doesNotContain("newest");

        Result bad = tarikh("timeline", "--db", db, "--query", "مأرب", "--limit", "-1");
        assertThat(bad.code()).isNotEqualTo(ExitCodes.OK);
    }
}
