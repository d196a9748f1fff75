package org.tarikh.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tarikh.store.Database;

/**
 * The search index (V11): postings per term and article, the candidates of a query, document
 * frequencies equal to counting the stored search forms, and articles stored before the index
 * indexed on first use with the same results.
 */
class SearchIndexTest {

    @Test
    void postingsListTheEventsWhoseParagraphOrTextHasEachTerm() {
        List<SearchIndex.Posting> p = SearchIndex.postings(List.of(
                new SearchIndex.EventForms(0, " قنا سويس ", " قنا سويس جديد "),
                new SearchIndex.EventForms(1, " افتتاح ", " قنا سويس جديد "),
                new SearchIndex.EventForms(2, " قنا ", null)));
        Map<String, SearchIndex.Posting> byTerm = new HashMap<>();
        p.forEach(x -> byTerm.put(x.term(), x));
        assertThat(byTerm.keySet()).containsExactlyInAnyOrder("قنا", "سويس", "جديد", "افتتاح");
        assertThat(byTerm.get("قنا")).isEqualTo(new SearchIndex.Posting("قنا", "0-2", "0 2", 2));
        assertThat(byTerm.get("سويس")).isEqualTo(new SearchIndex.Posting("سويس", "0-1", "0", 1));
        // in the text but not the paragraph it was given: text postings only
        assertThat(byTerm.get("افتتاح")).isEqualTo(new SearchIndex.Posting("افتتاح", "", "1", 1));
        assertThat(SearchIndex.seqs("0 2 11")).containsExactly(0, 2, 11);
    }

    /**
     * A term of a long paragraph is in the paragraph of each of its events: the list is written as
     * ranges of consecutive seqs, so that it grows with the paragraphs, not with their events
     * (a list of every seq made the index grow with the square of a paragraph's length).
     */
    @Test
    void consecutiveSeqsAreWrittenAsRanges() {
        assertThat(SearchIndex.join(bits(8, 0, 1, 2, 5, 7))).isEqualTo("0-2 5 7-8");
        assertThat(SearchIndex.join(bits())).isEmpty();
        assertThat(SearchIndex.seqs("0-2 5 7-8")).containsExactly(0, 1, 2, 5, 7, 8);
        List<SearchIndex.EventForms> paragraph = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            paragraph.add(new SearchIndex.EventForms(i, " حدث" + i + " ", " سويس قنا جديد "));
        }
        List<SearchIndex.Posting> p = SearchIndex.postings(paragraph);
        assertThat(p).filteredOn(x -> x.term().equals("سويس")).singleElement()
                .isEqualTo(new SearchIndex.Posting("سويس", "0-299", "", 0));
        assertThat(SearchIndex.seqs("0-299")).hasSize(300);
    }

    @Test
    void theStoreIndexesEveryEventItWrites() {
        DataSource db = ChronologyDatabase.create();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_indexed", Integer.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM article", Integer.class));
        Map<String, Set<Integer>> c = SearchIndex.candidates(jdbc, ArabicTerms.of("القوات الأمريكية"), true);
        assertThat(c).containsOnlyKeys("chrono-b-daily", "chrono-c-weekly", "evil/<id>&\"x\"");
        assertThat(SearchIndex.candidates(jdbc, ArabicTerms.of("القوات معرض"), true)).isEmpty();
        assertThat(SearchIndex.complete(db)).isZero(); // nothing to do
    }

    @Test
    void documentFrequenciesAreThoseOfTheStoredSearchForms() {
        DataSource db = ChronologyDatabase.create();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        // counted the slow way: every event's search form, each term once per event
        Map<String, Integer> expected = new HashMap<>();
        List<String> forms = jdbc.queryForList("SELECT search_terms FROM event", String.class);
        for (String f : forms) {
            Arrays.stream(f.strip().split(" ")).filter(t -> !t.isEmpty()).distinct()
                    .forEach(t -> expected.merge(t, 1, Integer::sum));
        }
        expected.put("", forms.size());
        assertThat(new EventQuery(db).documentFrequencies()).isEqualTo(expected);
        String forces = ArabicTerms.of("القوات").get(0);
        assertThat(expected.get(forces)).isPositive();
        Map<String, Integer> some = new EventQuery(db).documentFrequencies(List.of(forces, "no-such-term"));
        assertThat(some).containsOnlyKeys(forces, "").containsEntry(forces, expected.get(forces))
                .containsEntry("", forms.size());
    }

    @Test
    void storedFrequenciesAreRecomputedWhenTheIndexChanges() {
        DataSource db = ChronologyDatabase.create();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        String forces = ArabicTerms.of("القوات").get(0);
        Map<String, Integer> before = new EventQuery(db).documentFrequencies(List.of(forces));
        assertThat(jdbc.queryForObject("SELECT df_generation = generation FROM search_generation", Boolean.class)).isTrue();
        // a run stores one more article whose event names the forces; its end moves the postings into the
        // index: the stored frequencies are stale
        ChronologyDatabase.store(db, "chrono-z-extra", "وصلت القوات الأمريكية يوم 7 أبريل 2021 إلى القاعدة.");
        SearchIndex.flush(db);
        assertThat(jdbc.queryForObject("SELECT df_generation = generation FROM search_generation", Boolean.class)).isFalse();
        Map<String, Integer> after = new EventQuery(db).documentFrequencies(List.of(forces));
        assertThat(after.get(forces)).isEqualTo(before.get(forces) + 1);
        assertThat(after.get("")).isEqualTo(before.get("") + 1);
    }

    @Test
    void articlesStoredBeforeTheIndexAreIndexedOnFirstUseWithTheSameResults() {
        DataSource indexed = ChronologyDatabase.create();
        DataSource old = ChronologyDatabase.create();
        JdbcTemplate jdbc = new JdbcTemplate(old);
        jdbc.update("DELETE FROM search_term");
        jdbc.update("DELETE FROM search_indexed WHERE article_id <> 'chrono-a-wire'");
        ChronologyFilter q = new ChronologyFilter("القوات الأمريكية", null, null, null, null, null);
        assertThat(new EventQuery(old).events(q)).isEqualTo(new EventQuery(indexed).events(q));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_indexed", Integer.class)).isEqualTo(5);
        // the one marked indexed without postings stays as it was: the mark is what counts
        assertThat(new EventQuery(old).documentFrequencies().get("")).isEqualTo(10);
        ChronologyFilter entity = new ChronologyFilter(null, "عين الأسد", null, null, null, null);
        assertThat(new EventQuery(old).events(entity)).isEqualTo(new EventQuery(indexed).events(entity));
    }

    @Test
    void aReplacedArticleIsReindexedNotDoubled() {
        DataSource db = ChronologyDatabase.create();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        int rows = jdbc.queryForObject("SELECT COUNT(*) FROM search_term", Integer.class);
        // the store replaces an article by deleting it: its postings go with it (cascade)
        jdbc.update("DELETE FROM article WHERE id = 'chrono-b-daily'");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_term WHERE article_id = 'chrono-b-daily'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_term", Integer.class)).isLessThan(rows);
        assertThat(SearchIndex.candidates(jdbc, ArabicTerms.of("القوات الأمريكية"), true))
                .containsOnlyKeys("chrono-c-weekly", "evil/<id>&\"x\"");
    }

    /**
     * A run's chunk appends its postings to search_pending and leaves search_term and the generation
     * alone (no page of the term-keyed index is rewritten per chunk, and no row is shared by the
     * partitions' chunks); the flush moves them in, marks the frequencies stale, and a query finds
     * them. A chunk rolled back leaves nothing pending.
     */
    @Test
    void aChunksPostingsJoinTheIndexAtTheFlushNotBefore() {
        DataSource db = ChronologyDatabase.create();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        long before = generation(jdbc);
        int rows = jdbc.queryForObject("SELECT COUNT(*) FROM search_term", Integer.class);
        org.springframework.transaction.support.TransactionTemplate tx = new org.springframework.transaction.support
                .TransactionTemplate(new org.springframework.jdbc.datasource.DataSourceTransactionManager(db));
        tx.executeWithoutResult(s -> {
            ChronologyDatabase.store(db, "chrono-z-undone", "وصلت القوات الأمريكية يوم 7 أبريل 2021 إلى القاعدة.");
            s.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_pending", Integer.class)).as("rolled back").isZero();
        ChronologyDatabase.store(db, "chrono-z-tx", "وصلت القوات الأمريكية يوم 7 أبريل 2021 إلى القاعدة.");
        int pending = jdbc.queryForObject("SELECT COUNT(*) FROM search_pending", Integer.class);
        assertThat(pending).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_term", Integer.class)).isEqualTo(rows);
        assertThat(generation(jdbc)).as("not marked before the flush").isEqualTo(before);
        assertThat(SearchIndex.candidates(jdbc, ArabicTerms.of("القاعدة"), true)).doesNotContainKey("chrono-z-tx");

        assertThat(SearchIndex.flush(db)).isEqualTo(pending);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_pending", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_term", Integer.class)).isEqualTo(rows + pending);
        assertThat(generation(jdbc)).as("marked by the flush").isEqualTo(before + 1);
        assertThat(SearchIndex.candidates(jdbc, ArabicTerms.of("القاعدة"), true)).containsKey("chrono-z-tx");
        assertThat(SearchIndex.flush(db)).as("nothing left").isZero();
        assertThat(generation(jdbc)).isEqualTo(before + 1);
    }

    /** Sorted in many runs (here of a few rows each) and merged, the index holds exactly what one run gives. */
    @Test
    void aFlushInManyRunsMovesEveryRowOnce() {
        DataSource whole = ChronologyDatabase.create();
        DataSource ranged = ChronologyDatabase.create();
        for (DataSource db : List.of(whole, ranged)) {
            ChronologyDatabase.store(db, "chrono-z-one", "وصلت القوات الأمريكية يوم 7 أبريل 2021 إلى القاعدة الجوية في الأنبار.");
            ChronologyDatabase.store(db, "chrono-z-two", "غادرت القوات البريطانية يوم 7 أبريل 2021 القاعدة بعد مناورات مشتركة.");
        }
        int pending = new JdbcTemplate(ranged).queryForObject("SELECT COUNT(*) FROM search_pending", Integer.class);
        assertThat(pending).isGreaterThan(10);
        assertThat(SearchIndex.flush(whole)).isEqualTo(pending);
        assertThat(SearchIndex.flush(ranged, 3, SearchIndex.REBUILD_ROWS)).isEqualTo(pending);
        String all = "SELECT term, article_id, context_events, text_events, text_count FROM search_term ORDER BY term, article_id";
        assertThat(new JdbcTemplate(ranged).queryForList(all)).isEqualTo(new JdbcTemplate(whole).queryForList(all));
        assertThat(new JdbcTemplate(ranged).queryForObject("SELECT COUNT(*) FROM search_pending", Integer.class)).isZero();
    }

    /**
     * The merge sort's runs on disk keep every value whole (an event list longer than 64 KB, which
     * {@code writeUTF} would refuse), merge runs of one row each into key order, and leave pending
     * the rows above the id the flush was asked to move.
     */
    @Test
    void theMergeSortMovesLongRowsWholeInKeyOrderAndOnlyUpToItsId() {
        DataSource db = ChronologyDatabase.create();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        ChronologyDatabase.store(db, "chrono-z-sort", "وصلت القوات الأمريكية يوم 7 أبريل 2021 إلى القاعدة.");
        SearchIndex.flush(db);
        String longList = "1-" + "9".repeat(70_000);
        String[] terms = {"zz-c", "zz-a", "zz-d", "zz-b"};
        for (String t : terms) {
            jdbc.update("INSERT INTO search_pending (term, article_id, context_events, text_events, text_count)"
                    + " VALUES (?,?,?,?,?)", t, "chrono-z-sort", longList, "1", 1);
        }
        long last = jdbc.queryForObject("SELECT MAX(id) FROM search_pending", Long.class);
        jdbc.update("INSERT INTO search_pending (term, article_id, context_events, text_events, text_count)"
                + " VALUES (?,?,?,?,?)", "zz-later", "chrono-z-sort", "1", "1", 1);

        assertThat(new PendingPostings(jdbc, 1).moveUpTo(last)).isEqualTo(terms.length);

        assertThat(jdbc.queryForList("SELECT term FROM search_term WHERE term LIKE 'zz-%' ORDER BY term", String.class))
                .containsExactly("zz-a", "zz-b", "zz-c", "zz-d");
        assertThat(jdbc.queryForList("SELECT context_events FROM search_term WHERE term LIKE 'zz-%'", String.class))
                .allMatch(longList::equals);
        assertThat(jdbc.queryForList("SELECT term FROM search_pending", String.class)).containsExactly("zz-later");
    }

    /**
     * A large flush on H2 drops the article index and builds it again after the move (the index
     * then holds every row, and an article's postings still go with it); a flush that was stopped
     * between the two leaves the index missing, and the next flush, even with nothing pending,
     * builds it.
     */
    @Test
    void aLargeFlushBuildsTheArticleIndexAgainAndTheNextFlushRepairsAMissingOne() {
        DataSource db = ChronologyDatabase.create();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        ChronologyDatabase.store(db, "chrono-z-big", "وصلت القوات الأمريكية يوم 7 أبريل 2021 إلى القاعدة الجوية في الأنبار.");
        assertThat(articleIndexes(jdbc)).as("after V18").isOne();
        int pending = jdbc.queryForObject("SELECT COUNT(*) FROM search_pending", Integer.class);
        assertThat(SearchIndex.flush(db, 3, 1)).isEqualTo(pending);
        assertThat(articleIndexes(jdbc)).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_term USE INDEX (search_term_article)"
                + " WHERE article_id = 'chrono-z-big'", Integer.class)).isEqualTo(pending);

        // as a flush stopped between the drop and the rebuild leaves them
        jdbc.execute("ALTER TABLE search_term DROP CONSTRAINT search_term_article_fk");
        jdbc.execute("DROP INDEX search_term_article");
        assertThat(SearchIndex.flush(db)).as("nothing pending").isZero();
        assertThat(articleIndexes(jdbc)).isOne();
        jdbc.update("DELETE FROM article WHERE id = 'chrono-z-big'");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_term WHERE article_id = 'chrono-z-big'", Integer.class))
                .as("cascade").isZero();
    }

    /** The indexes of search_term other than its primary key: one, the article index its foreign key uses (V18). */
    private static int articleIndexes(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForObject("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " WHERE TABLE_NAME = 'SEARCH_TERM' AND CONSTRAINT_TYPE = 'FOREIGN KEY'", String.class))
                .isEqualTo("SEARCH_TERM_ARTICLE");
        return jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'SEARCH_TERM'"
                + " AND INDEX_TYPE_NAME <> 'PRIMARY KEY'", Integer.class);
    }

    /**
     * At the end of a run on H2 the moved rows leave {@code search_pending} by a truncation after
     * the move's commit. A process killed between the two (simulated: the flush stops there, the
     * database is shut down and opened again) leaves the moved rows pending as well; the next flush,
     * even after a later run added postings of its own, deletes them instead of moving them twice,
     * and the index then holds exactly what an uninterrupted flush gives.
     */
    @Test
    void aFlushKilledBetweenTheMoveAndTheTruncationLeavesTheSameIndex(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String all = "SELECT term, article_id, context_events, text_events, text_count FROM search_term ORDER BY term, article_id";
        DataSource reference = ChronologyDatabase.create();
        storeTwo(reference);
        ChronologyDatabase.store(reference, "chrono-z-later", "عاد الوفد يوم 7 أبريل 2021 إلى العاصمة بعد المحادثات.");
        int pending = new JdbcTemplate(reference).queryForObject("SELECT COUNT(*) FROM search_pending", Integer.class);
        assertThat(SearchIndex.flushAtRunEnd(reference)).isEqualTo(pending);
        assertThat(new JdbcTemplate(reference).queryForObject("SELECT COUNT(*) FROM search_pending", Integer.class)).isZero();

        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        DataSource db = ChronologyDatabase.create(url);
        storeTwo(db);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        int moved = jdbc.queryForObject("SELECT COUNT(*) FROM search_pending", Integer.class);
        int indexed = jdbc.queryForObject("SELECT COUNT(*) FROM search_term", Integer.class);
        class Killed extends RuntimeException {
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SearchIndex.flush(db, SearchIndex.FLUSH_ROWS,
                SearchIndex.REBUILD_ROWS, true, () -> {
                    throw new Killed();
                })).isInstanceOf(Killed.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_term", Integer.class)).as("moved, committed")
                .isEqualTo(indexed + moved);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_pending", Integer.class)).as("not deleted").isEqualTo(moved);
        jdbc.execute("SHUTDOWN"); // the process is gone; the next one opens the file again

        DataSource restarted = Database.simple(url);
        Database.migrate(restarted);
        JdbcTemplate again = new JdbcTemplate(restarted);
        ChronologyDatabase.store(restarted, "chrono-z-later", "عاد الوفد يوم 7 أبريل 2021 إلى العاصمة بعد المحادثات.");
        int later = again.queryForObject("SELECT COUNT(*) FROM search_pending", Integer.class) - moved;
        assertThat(later).isPositive();
        assertThat(SearchIndex.flushAtRunEnd(restarted)).as("only the later run's rows").isEqualTo(later);
        assertThat(again.queryForObject("SELECT COUNT(*) FROM search_pending", Integer.class)).isZero();
        assertThat(again.queryForList(all)).isEqualTo(new JdbcTemplate(reference).queryForList(all));
        assertThat(SearchIndex.flush(restarted)).as("nothing left").isZero();
        again.execute("SHUTDOWN");
    }

    /**
     * Moved rows left pending behind a row that is not (here a row given an older id by hand): the
     * move meets a duplicate key, deletes every moved row, and moves the rest.
     */
    @Test
    void movedRowsLeftPendingBehindANewOneAreDeletedWhenTheMoveMeetsThem() {
        DataSource db = ChronologyDatabase.create();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        storeTwo(db);
        int pending = jdbc.queryForObject("SELECT COUNT(*) FROM search_pending", Integer.class);
        // a copy of the pending rows, as if moved and not deleted
        jdbc.update("INSERT INTO search_term (term, article_id, context_events, text_events, text_count)"
                + " SELECT term, article_id, context_events, text_events, text_count FROM search_pending");
        jdbc.update("INSERT INTO search_pending (id, term, article_id, context_events, text_events, text_count)"
                + " VALUES (0, 'zz-first', 'chrono-z-one', '1', '1', 1)");
        assertThat(SearchIndex.flush(db)).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_pending", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM search_term WHERE article_id IN ('chrono-z-one', 'chrono-z-two')",
                Integer.class)).isEqualTo(pending + 1);
    }

    /**
     * The truncation removes only what the flush moved: while another session holds uncommitted
     * pending rows, the end of a run deletes its moved rows by id, and the other session's row,
     * committed after, stays pending.
     */
    @Test
    void anotherSessionsUncommittedPostingsSurviveTheEndOfARun() throws Exception {
        String url = "jdbc:h2:mem:chrono-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        DataSource db = ChronologyDatabase.create(url);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        storeTwo(db);
        int pending = jdbc.queryForObject("SELECT COUNT(*) FROM search_pending", Integer.class);
        try (java.sql.Connection other = java.sql.DriverManager.getConnection(url, Database.H2_USER, Database.H2_PASSWORD)) {
            other.setAutoCommit(false);
            try (java.sql.Statement s = other.createStatement()) {
                s.executeUpdate("INSERT INTO search_pending (term, article_id, context_events, text_events, text_count)"
                        + " VALUES ('zz-other', 'chrono-z-one', '1', '1', 1)");
            }
            assertThat(SearchIndex.flushAtRunEnd(db)).isEqualTo(pending);
            other.commit();
        }
        assertThat(jdbc.queryForList("SELECT term FROM search_pending", String.class)).containsExactly("zz-other");
    }

    private static void storeTwo(DataSource db) {
        ChronologyDatabase.store(db, "chrono-z-one", "وصلت القوات الأمريكية يوم 7 أبريل 2021 إلى القاعدة الجوية في الأنبار.");
        ChronologyDatabase.store(db, "chrono-z-two", "غادرت القوات البريطانية يوم 7 أبريل 2021 القاعدة بعد مناورات مشتركة.");
    }

    /** A run killed before its end leaves its postings pending: the next query moves them in and finds them. */
    @Test
    void postingsLeftPendingByAKilledRunAreMovedInByTheNextQuery() {
        DataSource db = ChronologyDatabase.create();
        ChronologyDatabase.store(db, "chrono-z-killed", "وصلت القوات الأمريكية يوم 7 أبريل 2021 إلى القاعدة.");
        ChronologyFilter q = new ChronologyFilter("القاعدة", null, null, null, null, null);
        assertThat(new EventQuery(db).events(q)).anyMatch(e -> e.articleId().equals("chrono-z-killed"));
        assertThat(new JdbcTemplate(db).queryForObject("SELECT COUNT(*) FROM search_pending", Integer.class)).isZero();
    }

    /**
     * A chunk committed but its bump did not happen (it failed, or the process died between the
     * commit and the bump): the generations say up to date, and the end of the run recomputes anyway.
     */
    @Test
    void theEndOfARunRecomputesTheFrequenciesEvenWhenAChunksBumpWasLost() {
        DataSource db = ChronologyDatabase.create();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        String forces = ArabicTerms.of("القوات").get(0);
        Map<String, Integer> before = new EventQuery(db).documentFrequencies(List.of(forces));
        long upToDate = generation(jdbc);
        ChronologyDatabase.store(db, "chrono-z-lost", "وصلت القوات الأمريكية يوم 7 أبريل 2021 إلى القاعدة.");
        SearchIndex.flush(db);
        // the bump, lost (a Tarikh before V16 bumped after each chunk's commit, and could die in between)
        jdbc.update("UPDATE search_generation SET generation = ? WHERE id = 1", upToDate);
        assertThat(jdbc.queryForObject("SELECT df_generation = generation FROM search_generation", Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("SELECT events FROM search_df WHERE term = ?", Integer.class, forces))
                .as("stale").isEqualTo(before.get(forces));
        SearchIndex.refreshFrequencies(db);
        assertThat(generation(jdbc)).isEqualTo(upToDate + 1);
        assertThat(jdbc.queryForObject("SELECT df_generation = generation FROM search_generation", Boolean.class)).isTrue();
        assertThat(new EventQuery(db).documentFrequencies(List.of(forces)).get(forces)).isEqualTo(before.get(forces) + 1);
    }

    private static long generation(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT generation FROM search_generation WHERE id = 1", Long.class);
    }

    private static java.util.BitSet bits(int... seqs) {
        java.util.BitSet b = new java.util.BitSet();
        for (int s : seqs) {
            b.set(s);
        }
        return b;
    }
}
