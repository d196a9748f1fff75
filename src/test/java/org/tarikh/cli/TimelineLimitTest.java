package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.chronology.ChronologyDatabase;


/** {@code timeline --limit}: the newest matching articles, and a note on standard error when older ones are left out. */
class TimelineLimitTest {

    @TempDir
    Path dir;

    private static CurationCommandsTest.Result tarikh(String... args) {
        return CurationCommandsTest.tarikh(args); // the one in-process command runner of these tests
    }

    @Test
    void aWordQueryShowsTheNewestArticlesAndSaysWhenOthersWereLeftOut() {
        String db = "jdbc:h2:file:" + dir.resolve("tarikh").toAbsolutePath();
        DataSource ds = ChronologyDatabase.create(db);
        for (int i = 0; i < 3; i++) {
            ChronologyDatabase.store(ds, "marib-" + i, "عنوان", "هاجمت القوات مدينة مأرب يوم 7 أبريل 2021");
        }
        CurationCommandsTest.Result limited = tarikh("timeline", "--db", db, "--query", "مأرب", "--limit", "2", "--no-merge");
        assertThat(limited.code()).as(limited.err()).isEqualTo(ExitCodes.OK);
        assertThat(limited.out()).contains("marib-2", "marib-1").doesNotContain("marib-0");
        assertThat(limited.err()).contains("the 2 newest of the 3 articles").contains("--limit");

        CurationCommandsTest.Result all = tarikh("timeline", "--db", db, "--query", "مأرب", "--limit", "0", "--no-merge");
        assertThat(all.out()).contains("marib-2", "marib-1", "marib-0");
        assertThat(all.err()).doesNotContain("newest");

        CurationCommandsTest.Result bad = tarikh("timeline", "--db", db, "--query", "مأرب", "--limit", "-1");
        assertThat(bad.code()).isNotEqualTo(ExitCodes.OK);
    }
}
