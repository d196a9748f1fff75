package org.tarikh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The migrations' version list, and the read-only commands' skip of Flyway when every one is applied. */
class DatabaseTest {

    /** {@code 11} for {@code V11__search_index.sql}, {@code 2.1} for {@code V2_1__x}. */
    private static String version(String name) {
        assertThat(name).as("a migration's name").matches("V[0-9_]+__.+");
        return name.substring(1, name.indexOf("__")).replace('_', '.');
    }

    @Test
    void theVersionListIsEveryMigrationInTheFoldersAndInJava() throws IOException {
        TreeSet<String> carried = new TreeSet<>(Comparator.comparing(v -> new java.math.BigDecimal(v)));
        Path db = Path.of("src/main/resources/db");
        try (Stream<Path> files = Files.walk(db)) {
            files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .forEach(p -> carried.add(version(p.getFileName().toString())));
        }
        for (var m : Database.javaMigrations()) {
            carried.add(version(m.getClass().getSimpleName()));
        }
        assertThat(Database.versions()).as(Database.VERSIONS + " lists every migration, in order")
                .containsExactlyElementsOf(new ArrayList<>(carried));
        // every SQL file sits where Database.migrate looks
        try (Stream<Path> files = Files.walk(db)) {
            List<String> places = files.filter(p -> p.toString().endsWith(".sql"))
                    .map(p -> db.relativize(p.getParent()).toString().replace('\\', '/')).distinct().sorted().toList();
            assertThat(places).isSubsetOf("migration", "vendor/h2", "vendor/postgresql");
        }
    }

    @Test
    void flywayIsSkippedOnlyWhenEveryMigrationIsApplied() {
        DataSource ds = Database.simple("jdbc:h2:mem:database-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        assertThat(Database.upToDate(ds)).as("a new database").isFalse();
        assertThat(Database.migrateIfBehind(ds)).as("Flyway ran on a new database").isTrue();
        assertThat(Database.upToDate(ds)).as("migrated").isTrue();
        assertThat(Database.migrateIfBehind(ds)).as("Flyway skipped when up to date").isFalse();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        String last = jdbc.queryForObject("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL"
                + " ORDER BY \"installed_rank\" DESC LIMIT 1", String.class);
        assertThat(last).isEqualTo(Database.versions().get(Database.versions().size() - 1));
        jdbc.update("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = ?", last);
        assertThat(Database.upToDate(ds)).as("last migration failed").isFalse();
        jdbc.update("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = ?", last);
        assertThat(Database.upToDate(ds)).as("last migration missing").isFalse();
    }

    private static DataSource h2() {
        return Database.simple("jdbc:h2:mem:database-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /** Migrates up to {@code version} only, as an older Tarikh did. */
    private static void migrateTo(DataSource ds, String version) {
        org.flywaydb.core.Flyway.configure().dataSource(ds)
                .locations(Database.MIGRATIONS, Database.VENDOR_MIGRATIONS + Database.vendor(ds))
                .javaMigrations(Database.javaMigrations()).target(version).load().migrate();
    }

    /**
     * V19: on H2 the ids of the tables the job appends to in its chunks are reserved 10,000 at a
     * time; on both databases, ids still go up as rows are appended.
     */
    @Test
    void v19ReservesTheJobsIdentitiesInThousandsOnH2() throws Exception {
        DataSource h2 = h2();
        Database.migrate(h2);
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        for (String table : List.of("SEARCH_PENDING", "ARTICLE_CAPTURE", "REJECTION")) {
            assertThat(jdbc.queryForObject("SELECT IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_NAME = ? AND COLUMN_NAME = 'ID'", Long.class, table)).as(table).isEqualTo(10_000L);
        }
        pendingIdsAscend(jdbc);
        try (LocalPostgres pg = new LocalPostgres("tarikh_v19")) {
            DataSource postgres = Database.simple(pg.urlWithUser());
            Database.migrate(postgres);
            pendingIdsAscend(new JdbcTemplate(postgres));
        }
    }

    private static void pendingIdsAscend(JdbcTemplate jdbc) {
        insert(jdbc, "p1", "صحيفة", "2020-02-02", "METADATA", "نص قصير عن السوق");
        for (int i = 0; i < 40; i++) {
            jdbc.update("INSERT INTO search_pending (term, article_id, context_events, text_events, text_count)"
                    + " VALUES (?, 'p1', '1', '1', 1)", "كلمة" + i);
        }
        List<Long> ids = jdbc.queryForList("SELECT id FROM search_pending ORDER BY term", Long.class);
        assertThat(ids).hasSize(40).doesNotHaveDuplicates();
        assertThat(jdbc.queryForList("SELECT id FROM search_pending ORDER BY id", Long.class).get(39))
                .isEqualTo(jdbc.queryForObject("SELECT MAX(id) FROM search_pending", Long.class));
    }

    @Test
    void v14FillsInTheArticleKeyOfStoredArticlesInH2() {
        v14FillsInTheArticleKeyOfStoredArticles(h2());
    }

    @Test
    void v14FillsInTheArticleKeyOfStoredArticlesInPostgreSql() throws Exception {
        try (LocalPostgres pg = new LocalPostgres("tarikh_v14")) {
            v14FillsInTheArticleKeyOfStoredArticles(Database.simple(pg.urlWithUser()));
        }
    }

    /** V14 fills in article_key for the articles stored before it, as the reader computes the key. */
    private static void v14FillsInTheArticleKeyOfStoredArticles(DataSource ds) {
        migrateTo(ds, "13");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        String text = "وصل الوفد إلى العاصمة يوم الأحد لبدء جولة جديدة من المحادثات التي تأجلت مرتين بسبب الظروف"
                + " الأمنية، وقال المتحدث إن الجولة ستستمر ثلاثة أيام.";
        insert(jdbc, "dated", "a.example", "2015-07-18", "url", text);
        insert(jdbc, "captured", " a.example ", "2015-07-21", "capture", text);
        insert(jdbc, "before-v7", "a.example", "2015-07-18", null, text);
        insert(jdbc, "short", "a.example", "2015-07-18", "url", "وصل الوفد");

        Database.migrate(ds);

        java.util.function.BiFunction<org.tarikh.article.DateEvidence.Kind, String, Long> key = (kind, day) ->
                org.tarikh.article.Article.Keys.of("a.example", new org.tarikh.article.DateEvidence(List.of(
                        new org.tarikh.article.DateEvidence.Candidate(kind, java.time.LocalDate.parse(day), day))), text)
                        .article();
        assertThat(articleKey(jdbc, "dated")).isEqualTo(key.apply(org.tarikh.article.DateEvidence.Kind.URL, "2015-07-18"));
        assertThat(articleKey(jdbc, "before-v7")).as("dated by its published field").isEqualTo(articleKey(jdbc, "dated"));
        assertThat(articleKey(jdbc, "captured")).as("the capture day does not count; the source is stripped")
                .isEqualTo(key.apply(org.tarikh.article.DateEvidence.Kind.CAPTURE, "2015-07-23"))
                .isNotEqualTo(articleKey(jdbc, "dated"));
        assertThat(articleKey(jdbc, "short")).as("too short a text").isNull();
    }

    private static void insert(JdbcTemplate jdbc, String id, String source, String day, String evidence, String text) {
        jdbc.update("INSERT INTO article (id, published, dct, source, language, content_hash, char_count, body, origin,"
                + " processed_at, dct_evidence) VALUES (?,?,?,?,'ar',?,?,?,'t',CURRENT_TIMESTAMP,?)", id, day,
                java.time.LocalDate.parse(day), source, "0".repeat(64), text.length(), text, evidence);
    }

    private static Long articleKey(JdbcTemplate jdbc, String id) {
        return jdbc.queryForObject("SELECT article_key FROM article WHERE id = ?", Long.class, id);
    }

    @Test
    void v15FillsInTheLineKeysOfOldArticlesAndClearsTheLinesSearchFormsInH2() {
        v15FillsInTheLineKeysOfOldArticlesAndClearsTheLinesSearchForms(h2());
    }

    @Test
    void v15FillsInTheLineKeysOfOldArticlesAndClearsTheLinesSearchFormsInPostgreSql() throws Exception {
        try (LocalPostgres pg = new LocalPostgres("tarikh_v15")) {
            v15FillsInTheLineKeysOfOldArticlesAndClearsTheLinesSearchForms(Database.simple(pg.urlWithUser()));
        }
    }

    /**
     * V15 fills in the boundary lines' keys of the articles stored before V13 (as the store writes
     * them) and clears the per-event copies of each line's search form.
     */
    private static void v15FillsInTheLineKeysOfOldArticlesAndClearsTheLinesSearchForms(DataSource ds) {
        migrateTo(ds, "14");
        String text = "عنوان الخبر\nافتتح الوزير المعرض يوم 7 أبريل 2021\nوقال إنه سعيد.\nوأضاف أن المعرض كبير.\n"
                + "وختم كلمته.\nرابط الخبر بصحيفة الوئام: عنوان الخبر";
        insert(new JdbcTemplate(ds), "old", "a.example", "2021-04-08", "published", text);
        insert(new JdbcTemplate(ds), "new", "a.example", "2021-04-08", "published", text);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.update("INSERT INTO article_line_key (article_id, line_key) VALUES ('new', 'B stored')");
        jdbc.update("INSERT INTO timex (article_id, seq, begin_offset, end_offset, covered_text, timex_type, timex_value)"
                + " VALUES ('old', 0, 26, 39, 'يوم 7 أبريل 2021', 'DATE', '2021-04-07')");
        jdbc.update("INSERT INTO event (article_id, seq, begin_offset, end_offset, event_text, timex_seq, sort_start,"
                + " sort_end, granularity, vague, context_terms) VALUES ('old', 0, 12, 39, 'افتتح الوزير المعرض', 0,"
                + " TIMESTAMP '2021-04-07 00:00:00', TIMESTAMP '2021-04-08 00:00:00', 'DAY', FALSE, ' وزير معرض ')");

        migrateTo(ds, "15"); // V21 adds the keys an article lacks, "new"'s among them

        assertThat(jdbc.queryForList("SELECT line_key FROM article_line_key WHERE article_id = 'old'", String.class))
                .containsExactlyInAnyOrderElementsOf(org.tarikh.anchor.Lines.keys(text)).isNotEmpty();
        assertThat(jdbc.queryForList("SELECT line_key FROM article_line_key WHERE article_id = 'new'", String.class))
                .as("an article with rows keeps them").containsExactly("B stored");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event WHERE context_terms IS NOT NULL", Integer.class))
                .isZero();
    }

    @Test
    void v20AndV21FillInTheSourceAndTheShortAndRunOnLineKeysInH2() {
        v20AndV21FillInTheSourceAndTheShortAndRunOnLineKeys(h2());
    }

    @Test
    void v20AndV21FillInTheSourceAndTheShortAndRunOnLineKeysInPostgreSql() throws Exception {
        try (LocalPostgres pg = new LocalPostgres("tarikh_v21")) {
            v20AndV21FillInTheSourceAndTheShortAndRunOnLineKeys(Database.simple(pg.urlWithUser()));
        }
    }

    /**
     * V20 gives each stored line key its article's source; V21 adds the keys of a two-line article's
     * labelled bottom line and of a link run on after the last sentence, and keys those lines' events
     * again, leaving articles whose keys are all stored as they are.
     */
    private static void v20AndV21FillInTheSourceAndTheShortAndRunOnLineKeys(DataSource ds) {
        migrateTo(ds, "19");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        String linked = "افتتح الوزير المعرض يوم 7 أبريل 2021 في الرياض.\nرابط الخبر بصحيفة الوئام: افتتاح المعرض";
        String plain = "افتتح الوزير المعرض يوم 7 أبريل 2021.\nوقال إنه سعيد بالمعرض";
        String runOn = "افتتح الوزير المعرض يوم 7 أبريل 2021. رابط الخبر بصحيفة الوئام: http://www.alweeam.com.sa/1.html";
        String keyed = "عنوان الخبر\nافتتح الوزير المعرض يوم 7 أبريل 2021\nوقال إنه سعيد.\nوأضاف أن المعرض كبير.\n"
                + "رابط الخبر بصحيفة الوئام: عنوان الخبر";
        insert(jdbc, "linked", "alweeam.com.sa", "2021-04-08", "published", linked);
        insert(jdbc, "plain", "alweeam.com.sa", "2021-04-08", "published", plain);
        insert(jdbc, "run-on", "alweeam.com.sa", "2021-04-08", "published", runOn);
        insert(jdbc, "keyed", "alweeam.com.sa", "2021-04-08", "published", keyed);
        for (String key : org.tarikh.anchor.Lines.keys(keyed)) {
            jdbc.update("INSERT INTO article_line_key (article_id, line_key) VALUES ('keyed', ?)", key);
        }
        event(jdbc, "linked", 0, 0);
        event(jdbc, "linked", 1, linked.indexOf("رابط"));
        event(jdbc, "run-on", 0, 0);
        event(jdbc, "run-on", 1, runOn.indexOf("رابط"));
        event(jdbc, "keyed", 0, keyed.indexOf("رابط"));
        jdbc.update("UPDATE event SET line_key = ? WHERE article_id = 'keyed'", "E|رابط الخبر بصحيفه الوئام");

        Database.migrate(ds);

        String link = "E|رابط الخبر بصحيفه الوئام";
        assertThat(jdbc.queryForList("SELECT article_id || ' ' || line_key || ' ' || source FROM article_line_key",
                String.class)).containsExactlyInAnyOrder(
                        "keyed B|عنوان الخبر alweeam.com.sa", "keyed E|رابط الخبر بصحيفه الوئام alweeam.com.sa",
                        "keyed E|واضاف ان alweeam.com.sa", "keyed E|وقال انه alweeam.com.sa",
                        "linked " + link + " alweeam.com.sa", "run-on " + link + " alweeam.com.sa");
        assertThat(jdbc.queryForList("SELECT article_id || ' ' || seq || ' ' || COALESCE(line_key, '-') FROM event",
                String.class)).containsExactlyInAnyOrder(
                        "keyed 0 " + link, "linked 0 -", "linked 1 " + link, "run-on 0 -", "run-on 1 " + link);
    }

    private static void event(JdbcTemplate jdbc, String article, int seq, int begin) {
        jdbc.update("INSERT INTO event (article_id, seq, begin_offset, end_offset, event_text, sort_start, sort_end,"
                + " granularity, vague) VALUES (?, ?, ?, ?, 'حدث', TIMESTAMP '2021-04-07 00:00:00',"
                + " TIMESTAMP '2021-04-08 00:00:00', 'DAY', FALSE)", article, seq, begin, begin + 3);
    }

    /**
     * After a run, an H2 file that is mostly free space (H2's store only appends) is compacted, its
     * rows kept; one mostly live is left alone. (One another process has open is left alone too: the
     * compaction connects without AUTO_SERVER, and H2's file lock refuses it; that needs a second JVM.)
     */
    @Test
    void aSparseH2FileIsCompactedAndKeepsItsRows(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        // MAX_COMPACT_TIME=0: H2 itself must not compact on closing, so that the file is left sparse
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url + ";MAX_COMPACT_TIME=0", "sa", "");
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id INT PRIMARY KEY, v VARCHAR(1000))");
            s.execute("INSERT INTO kept VALUES (1, 'باق')");
            SparseH2.churn(s, 30, 900);
        }
        long before = Files.size(dir.resolve("db.mv.db"));
        assertThat(before).as("a small file").isLessThan(Database.COMPACT_FROM_BYTES);
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(dir.resolve("db.mv.db"));
        assertThat(Database.compactIfSparse(url, "sa", "")).as("small files are left as they are").isEmpty();
        assertThat(Files.size(dir.resolve("db.mv.db"))).as("not compacted").isEqualTo(before);
        assertThat(Files.getLastModifiedTime(dir.resolve("db.mv.db"))).as("not even opened").isEqualTo(modified);
        javax.sql.DataSource open = Database.simple(url + ";MAX_COMPACT_TIME=0");
        assertThat(Database.mayBeSparse(open)).as("under the size from which a run compacts").isFalse();
        open.getConnection().close();
        assertThat(Database.mayBeSparse(Database.simple("jdbc:h2:mem:x"))).as("not a file: asks compactIfSparse").isTrue();
        assertThat(Database.compactIfSparse(url, "sa", "", 0)).hasValueSatisfying(n -> assertThat(n).startsWith("database compacted"));
        assertThat(Files.size(dir.resolve("db.mv.db"))).isLessThan(before / 4);
        JdbcTemplate jdbc = new JdbcTemplate(Database.simple(url));
        assertThat(jdbc.queryForObject("SELECT v FROM kept WHERE id = 1", String.class)).isEqualTo("باق");
        assertThat(Database.compactIfSparse(url, "sa", "", 0)).as("mostly live now").isEmpty();
        assertThat(Database.compactIfSparse("jdbc:h2:mem:x", "sa", "")).isEmpty();
    }
}
