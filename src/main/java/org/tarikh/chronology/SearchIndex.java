package org.tarikh.chronology;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The index of search terms (tables {@code search_term} and {@code search_indexed}, migration
 * V11): for each {@link ArabicTerms} term and each article, the events whose paragraph has the
 * term (what {@code --query} matches) and the events whose own text has it ({@code --entity},
 * and the document frequencies of the merge weights). A query reads the postings of its few
 * terms and then only the candidate events; nothing scans the event texts.
 * <p>
 * The index is written with the events ({@code TimelineStore}) from each event's search form
 * ({@code event.search_terms}) and its line's, which is not stored with the event (a line of n
 * events would be stored n times). The job appends the postings to {@code search_pending} (V16),
 * and {@link #flush} moves them into {@code search_term} in key order, in one pass, at the end of
 * the run: written chunk by chunk into a table keyed by term, they rewrote most of its pages at
 * every commit (docs/storage.md). Articles stored before the index existed are indexed on first
 * use ({@link #complete}) from {@code event.search_terms} and the lines of {@code article.body};
 * {@link #complete} also flushes postings that a killed run left pending.
 */
public final class SearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    /** Bind parameters per IN list: well under every database's limit. */
    static final int IN_CHUNK = 500;

    /**
     * Bind parameters per IN list of a lookup whose rows are read on the query's thread (document
     * frequencies, the candidate articles' events): H2 checks every row it finds through the index
     * against the whole list again, one value after the other, so a row costs as many comparisons
     * as the list is long (with 500, the frequencies of a query's 15,000 terms took 7.5 million).
     */
    static final int LOOKUP_CHUNK = 100;

    /** More terms than this are counted in one pass over the whole index rather than term by term. */
    static final int WHOLE_INDEX_TERMS = 20_000;

    /** Longer terms are not indexed (the column's size; Lucene's tokenizer cuts tokens at 255). */
    static final int MAX_TERM = 300;

    private SearchIndex() {
    }

    /** One event's stored search forms: its own text's and its paragraph's ({@code null}: the text's). */
    public record EventForms(int seq, String searchTerms, String contextTerms) {
    }

    /** One row of {@code search_term} for one article. */
    public record Posting(String term, String contextEvents, String textEvents, int textCount) {
    }

    /**
     * The postings of one article's events, in term order. The events of one paragraph share its
     * context form, so each distinct form is split once and its terms get all its events at once;
     * the seqs of a term are kept as bits (an article's seqs are small and dense).
     */
    public static List<Posting> postings(List<EventForms> events) {
        Map<String, BitSet> contextOf = new HashMap<>(); // term -> seqs of the events whose paragraph holds it
        Map<String, BitSet> textOf = new HashMap<>(); // term -> seqs of the events whose own text holds it
        Map<String, BitSet> byContextForm = new LinkedHashMap<>();
        for (EventForms e : events) {
            String context = e.contextTerms() == null ? e.searchTerms() : e.contextTerms();
            byContextForm.computeIfAbsent(context == null ? "" : context, k -> new BitSet()).set(e.seq());
            for (String t : terms(e.searchTerms())) {
                textOf.computeIfAbsent(t, k -> new BitSet()).set(e.seq());
            }
        }
        byContextForm.forEach((form, seqs) -> {
            for (String t : terms(form)) {
                contextOf.computeIfAbsent(t, k -> new BitSet()).or(seqs);
            }
        });
        Set<String> all = new HashSet<>(contextOf.keySet());
        all.addAll(textOf.keySet());
        List<String> sorted = new ArrayList<>(all);
        Collections.sort(sorted);
        List<Posting> out = new ArrayList<>(sorted.size());
        BitSet none = new BitSet();
        for (String t : sorted) {
            if (t.length() > MAX_TERM) {
                continue;
            }
            BitSet x = textOf.getOrDefault(t, none);
            out.add(new Posting(t, join(contextOf.getOrDefault(t, none)), join(x), x.cardinality()));
        }
        return out;
    }

    /**
     * Writes articles' postings to {@code search_pending} and marks them indexed (inside the
     * caller's transaction, if any). Queries see them once {@link #flush} has moved them into
     * {@code search_term}: at the end of the run, or at the next query ({@link #complete}).
     */
    public static void write(JdbcTemplate jdbc, Map<String, List<Posting>> byArticle) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> indexed = new ArrayList<>();
        byArticle.forEach((article, postings) -> {
            indexed.add(new Object[] {article});
            for (Posting p : postings) {
                rows.add(new Object[] {p.term(), article, p.contextEvents(), p.textEvents(), p.textCount()});
            }
        });
        // the pending rows go in article by article, as written (their key is an identity); flush sorts them by
        // search_term's key
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO search_pending (term, article_id, context_events, text_events, text_count)"
                    + " VALUES (?,?,?,?,?)", rows);
        }
        if (!indexed.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO search_indexed (article_id) VALUES (?)", indexed);
        }
    }

    /** Pending rows a flush sorts in memory at a time: one run of its merge sort. */
    static final int FLUSH_ROWS = 100_000;

    /**
     * Moves the pending postings into {@code search_term}, in its key order, in one transaction,
     * and marks the stored frequencies stale; returns how many it moved. The generation row is
     * updated first, which takes its lock: a second flush waits for the first and then finds
     * nothing left to move. Cheap when nothing is pending (one row read).
     * <p>
     * The rows are sorted by {@link PendingPostings}, an external merge sort that reads the pending
     * table once in its own key order (runs of about {@link #FLUSH_ROWS} rows, sorted here and
     * kept in temporary files) and inserts the merged runs in key order, so that every page of the
     * index is written about once. The database does not sort them: H2 sorts a large result in a
     * temporary B-tree filled in arrival order, which is the scattered write pattern this table
     * exists to avoid (a whole-corpus run's 4 million postings took it more than a quarter of an
     * hour); and reading the pending table once per range of terms, the previous way, read it
     * about 40 times on a whole-corpus night (docs/storage.md).
     */
    public static int flush(DataSource dataSource) {
        return flush(dataSource, FLUSH_ROWS, REBUILD_ROWS);
    }

    /**
     * Pending rows from which an H2 flush drops {@code search_term}'s article index
     * ({@code search_term_article}, and the foreign key to {@code article} that uses it) and builds
     * both again after the move, when they are also at least an eighth of the index. The rows go in in (term, article) order, which scatters them
     * over the article index: every article's leaf is written again at each of the store's
     * commits during the flush. A whole-corpus first flush (4 million rows, 27,000 articles) grew
     * the file past 15 GB that way; H2 builds an index on existing rows by sorting them. A nightly
     * run's 150,000 rows of about 1,000 articles touch as many leaves and are moved with the index
     * in place. PostgreSQL maintains its indexes without rewriting pages, and keeps it.
     */
    static final int REBUILD_ROWS = 300_000;

    /**
     * {@link #flush} at the end of a run, which holds the run lock (no other run writes) and whose
     * partitions have ended: on H2, when no other session is connected through the server or holds
     * uncommitted changes, the moved rows leave {@code search_pending} by {@code TRUNCATE} after
     * the move's commit instead of row by row inside it (each deleted row was written twice, in the
     * table and its article index, and again by the commit: about half of a fresh 400-article run's flush,
     * docs/performance.md, "Round thirteen").
     * See {@link #flush(DataSource, int, int, boolean, Runnable)}.
     */
    public static int flushAtRunEnd(DataSource dataSource) {
        return flush(dataSource, FLUSH_ROWS, REBUILD_ROWS, true, null);
    }

    /** {@link #flush} with runs of about {@code runRows} rows, rebuilding H2's article index from {@code rebuildRows} rows. */
    static int flush(DataSource dataSource, int runRows, int rebuildRows) {
        return flush(dataSource, runRows, rebuildRows, false, null);
    }

    /**
     * The flush. With {@code runEnd} ({@link #flushAtRunEnd}) on H2, the moved rows may be left in
     * {@code search_pending} by the move's transaction and truncated after its commit
     * ({@link #truncateMoved}); {@code afterMove} runs in between (a test's simulated kill). A
     * process killed there leaves rows both pending and in {@code search_term}: the next flush
     * deletes those first ({@link #forgetMoved}). A pending row whose (term, article) is already in
     * the index can only be such a row: storing an article again deletes its postings from both
     * tables (the cascade from {@code article}), and {@code search_term}'s key refuses a second row.
     */
    static int flush(DataSource dataSource, int runRows, int rebuildRows, boolean runEnd, Runnable afterMove) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        boolean h2 = isH2(jdbc);
        if (h2) {
            articleIndex(jdbc); // a flush stopped between dropping it and building it again
        }
        if (!pending(jdbc)) {
            return 0;
        }
        if (movedFirst(jdbc)) {
            forgetMoved(jdbc);
            if (!pending(jdbc)) {
                return 0;
            }
        }
        boolean rebuild = h2 && rebuildsArticleIndex(jdbc, rebuildRows);
        if (rebuild) {
            dropArticleIndex(jdbc); // H2 commits a DDL statement on its own
        }
        try {
            PendingPostings postings = new PendingPostings(jdbc, runRows);
            boolean truncate = runEnd && h2 && alone(jdbc);
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            long[] last = new long[1];
            java.util.function.Supplier<Integer> move = () -> tx.execute(s -> {
                jdbc.update(BUMP);
                Long max = jdbc.queryForObject("SELECT MAX(id) FROM search_pending", Long.class);
                last[0] = max == null ? 0 : max;
                return max == null ? 0 : postings.moveUpTo(max, !truncate);
            });
            Integer moved;
            try {
                moved = move.get();
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // moved rows left pending that the first row did not reveal (rows of a later run come first)
                if (forgetMoved(jdbc) == 0) {
                    throw e;
                }
                moved = move.get();
            }
            if (truncate && moved != null && moved > 0) {
                if (afterMove != null) {
                    afterMove.run();
                }
                if (!truncateMoved(jdbc, moved, last[0])) {
                    tx.executeWithoutResult(s -> postings.deleteMoved());
                }
            }
            LOG.debug("search index: {} pending postings moved into the index{}", moved,
                    rebuild ? ", its article index built again" : "");
            return moved == null ? 0 : moved;
        } finally {
            if (rebuild) {
                articleIndex(jdbc);
            }
        }
    }

    /** Deletes the pending rows that are already in {@code search_term} (see {@link #flush(DataSource, int, int, boolean, Runnable)}). */
    private static int forgetMoved(JdbcTemplate jdbc) {
        int n = jdbc.update("DELETE FROM search_pending p WHERE EXISTS (SELECT 1 FROM search_term t"
                + " WHERE t.term = p.term AND t.article_id = p.article_id)");
        if (n > 0) {
            LOG.info("search index: {} postings moved by a flush that was stopped before deleting them, deleted now", n);
        }
        return n;
    }

    /** Whether the oldest pending row is already in {@code search_term}: a flush stopped after its move left it. */
    private static boolean movedFirst(JdbcTemplate jdbc) {
        List<Map<String, Object>> first = jdbc.queryForList(
                "SELECT term, article_id FROM search_pending ORDER BY id FETCH FIRST 1 ROWS ONLY");
        return !first.isEmpty() && jdbc.queryForObject("SELECT COUNT(*) FROM search_term WHERE term = ? AND article_id = ?",
                Integer.class, first.get(0).get("term"), first.get(0).get("article_id")) > 0;
    }

    /**
     * True when no other session can be writing {@code search_pending} (H2): none is connected
     * through the server (another process's, which could be indexing articles stored before the
     * index) and none holds uncommitted changes. Only an administrator sees the other sessions:
     * for any other user, false.
     */
    private static boolean alone(JdbcTemplate jdbc) {
        Boolean admin = jdbc.queryForObject("SELECT IS_ADMIN FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME = CURRENT_USER",
                Boolean.class);
        return Boolean.TRUE.equals(admin) && jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()"
                + " AND (SERVER IS NOT NULL OR CLIENT_ADDR IS NOT NULL OR CONTAINS_UNCOMMITTED)", Integer.class) == 0;
    }

    /**
     * Truncates {@code search_pending} (H2, after the move's commit) if it holds exactly the
     * {@code moved} rows up to {@code last}, nothing committed since; false if it does not, or if
     * another session holds a lock on it (the truncation does not wait: it would then remove rows
     * that session commits): the caller deletes the moved rows by their ids instead.
     */
    private static boolean truncateMoved(JdbcTemplate jdbc, long moved, long last) {
        Boolean done = jdbc.execute((java.sql.Connection c) -> {
            try (java.sql.Statement s = c.createStatement()) {
                try (java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(id) FROM search_pending")) {
                    rs.next();
                    if (rs.getLong(1) != moved || rs.getLong(2) != last) {
                        return false;
                    }
                }
                int timeout;
                try (java.sql.ResultSet rs = s.executeQuery("CALL LOCK_TIMEOUT()")) {
                    rs.next();
                    timeout = rs.getInt(1);
                }
                s.execute("SET LOCK_TIMEOUT 0");
                try {
                    s.execute("TRUNCATE TABLE search_pending");
                    return true;
                } catch (java.sql.SQLException locked) {
                    LOG.debug("search index: pending postings not truncated ({}); deleted by id", locked.getMessage());
                    return false;
                } finally {
                    s.execute("SET LOCK_TIMEOUT " + timeout);
                }
            }
        });
        return Boolean.TRUE.equals(done);
    }

    private static boolean rebuildsArticleIndex(JdbcTemplate jdbc, int rebuildRows) {
        long pending = jdbc.queryForObject("SELECT COUNT(*) FROM search_pending", Long.class);
        long indexed = jdbc.queryForObject("SELECT COUNT(*) FROM search_term", Long.class);
        return pending >= rebuildRows && pending * 8 >= indexed;
    }

    /**
     * On H2, makes {@code table}'s foreign key to {@code article} use the index {@code index} on
     * its {@code article_id} and no other (creating either if missing): H2 gives a foreign key
     * declared with its table an index of its own, so V11 and V16's tables kept two indexes on
     * {@code article_id}, both written with every row (V18). The key is named {@code index + "_fk"}.
     */
    public static void oneArticleIndex(JdbcTemplate jdbc, String table, String index) {
        String fk = index + "_fk";
        if (jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = UPPER(?)"
                + " AND INDEX_NAME = UPPER(?)", Integer.class, table, index) == 0) {
            jdbc.execute("CREATE INDEX " + index + " ON " + table + " (article_id)");
        }
        for (String other : jdbc.queryForList("SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " WHERE TABLE_NAME = UPPER(?) AND CONSTRAINT_TYPE = 'FOREIGN KEY' AND CONSTRAINT_NAME <> UPPER(?)",
                String.class, table, fk)) {
            jdbc.execute("ALTER TABLE " + table + " DROP CONSTRAINT \"" + other + "\"");
        }
        if (jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_NAME = UPPER(?)"
                + " AND CONSTRAINT_NAME = UPPER(?)", Integer.class, table, fk) == 0) {
            jdbc.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + fk
                    + " FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE");
        }
    }

    /** Restores {@code search_term}'s article index and the foreign key that uses it, if a flush left them dropped. */
    private static void articleIndex(JdbcTemplate jdbc) {
        oneArticleIndex(jdbc, "search_term", "search_term_article");
    }

    /** Drops {@code search_term}'s foreign key to {@code article} and its index, for a large flush (H2). */
    private static void dropArticleIndex(JdbcTemplate jdbc) {
        for (String fk : jdbc.queryForList("SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                + " WHERE TABLE_NAME = 'SEARCH_TERM' AND CONSTRAINT_TYPE = 'FOREIGN KEY'", String.class)) {
            jdbc.execute("ALTER TABLE search_term DROP CONSTRAINT \"" + fk + "\"");
        }
        jdbc.execute("DROP INDEX IF EXISTS search_term_article");
    }

    private static boolean isH2(JdbcTemplate jdbc) {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        return product != null && product.startsWith("H2");
    }

    private static boolean pending(JdbcTemplate jdbc) {
        return !jdbc.queryForList("SELECT id FROM search_pending FETCH FIRST 1 ROWS ONLY", Long.class).isEmpty();
    }

    private static final String BUMP = "UPDATE search_generation SET generation = generation + 1 WHERE id = 1";

    /**
     * The events that have every one of {@code terms}: article id → event seqs. {@code context}:
     * in their paragraph (a query's words), else in their own text (an entity's).
     */
    public static Map<String, Set<Integer>> candidates(JdbcTemplate jdbc, Collection<String> terms, boolean context) {
        Map<String, Set<Integer>> out = null;
        String column = context ? "context_events" : "text_events";
        for (String term : new TreeSet<>(terms)) {
            Map<String, Set<Integer>> hits = new HashMap<>();
            jdbc.query("SELECT article_id, " + column + " FROM search_term WHERE term = ?", rs -> {
                Set<Integer> seqs = seqs(rs.getString(2));
                if (!seqs.isEmpty()) {
                    hits.put(rs.getString(1), seqs);
                }
            }, term);
            if (out == null) {
                out = hits;
            } else {
                Map<String, Set<Integer>> both = new HashMap<>();
                for (Map.Entry<String, Set<Integer>> e : out.entrySet()) {
                    Set<Integer> other = hits.get(e.getKey());
                    if (other != null) {
                        Set<Integer> s = new TreeSet<>(e.getValue());
                        s.retainAll(other);
                        if (!s.isEmpty()) {
                            both.put(e.getKey(), s);
                        }
                    }
                }
                out = both;
            }
            if (out.isEmpty()) {
                break;
            }
        }
        return out == null ? new HashMap<>() : out;
    }

    /**
     * In how many stored events' own text each of {@code terms} occurs (absent: none), and how
     * many events there are (key ""). With {@code terms} null: every term. Read from
     * {@code search_df}, which is recomputed from the postings (one pass) when the index has
     * changed since it was computed ({@code search_generation}).
     */
    public static Map<String, Integer> documentFrequencies(JdbcTemplate jdbc, Collection<String> terms) {
        String table = frequencies(jdbc) ? "search_df" : DF_FROM_POSTINGS;
        Map<String, Integer> df = new HashMap<>();
        if (terms == null || terms.size() > WHOLE_INDEX_TERMS) {
            Set<String> wanted = terms == null ? null : new java.util.HashSet<>(terms);
            jdbc.query("SELECT term, events FROM " + table, rs -> {
                String t = rs.getString(1);
                if (wanted == null || wanted.contains(t)) {
                    put(df, t, rs.getLong(2));
                }
            });
        } else {
            List<String> list = new ArrayList<>(new TreeSet<>(terms));
            for (int i = 0; i < list.size(); i += LOOKUP_CHUNK) {
                List<String> chunk = list.subList(i, Math.min(list.size(), i + LOOKUP_CHUNK));
                jdbc.query("SELECT term, events FROM " + table + " WHERE term IN (" + marks(chunk.size()) + ")", rs -> {
                    put(df, rs.getString(1), rs.getLong(2));
                }, chunk.toArray());
            }
        }
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM event", Integer.class);
        df.put("", n == null ? 0 : n);
        return df;
    }

    /** The frequencies summed from the postings, as a derived table (when search_df cannot be brought up to date). */
    private static final String DF_FROM_POSTINGS =
            "(SELECT term, SUM(text_count) AS events FROM search_term GROUP BY term) f";

    /**
     * Recomputes the stored document frequencies (at the end of a run, so that the first query after
     * it does not pay for the sum over every posting). The generation goes up first, unconditionally:
     * a chunk's own bump after its commit may have failed, or the process died between the commit and
     * the bump, and then the generations would say up to date while the postings have changed.
     */
    public static void refreshFrequencies(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        try {
            jdbc.update(BUMP); // auto-commit: a transaction of its own
        } catch (RuntimeException e) {
            LOG.warn("search index: stored frequencies not marked stale at the end of the run ({})", e.toString());
        }
        frequencies(jdbc);
    }

    /**
     * Brings {@code search_df} up to date with the index if it is not; false if that failed
     * (another query recomputing it at the same moment): then read the postings directly.
     */
    static boolean frequencies(JdbcTemplate jdbc) {
        Map<String, Object> g = jdbc.queryForMap("SELECT generation, df_generation FROM search_generation WHERE id = 1");
        long generation = ((Number) g.get("generation")).longValue();
        Object done = g.get("df_generation");
        if (done != null && ((Number) done).longValue() == generation) {
            return true;
        }
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        try {
            tx.executeWithoutResult(s -> {
                jdbc.update("DELETE FROM search_df");
                jdbc.update("INSERT INTO search_df (term, events) SELECT term, SUM(text_count) FROM search_term"
                        + " GROUP BY term HAVING SUM(text_count) > 0");
                // up to date as of the generation read; if a run wrote meanwhile, the next query recomputes
                jdbc.update("UPDATE search_generation SET df_generation = ? WHERE id = 1 AND generation = ?",
                        generation, generation);
            });
            LOG.debug("search index: document frequencies recomputed (generation {})", generation);
            return true;
        } catch (DataAccessException e) {
            LOG.info("search index: document frequencies not recomputed now ({}); read from the postings",
                    e.getMostSpecificCause().getMessage());
            return false;
        }
    }

    private static void put(Map<String, Integer> df, String term, long n) {
        if (n > 0) {
            df.put(term, (int) n);
        }
    }

    /**
     * Indexes the articles that are not yet (stored before V11, or by a Tarikh without the
     * index), from their stored search forms, filling in any search form missing since before V3.
     * Cheap when nothing is missing: two counts. Returns how many articles it indexed.
     */
    public static int complete(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        flushQuietly(dataSource); // a run killed before its end left its postings pending
        Long articles = jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class);
        Long indexed = jdbc.queryForObject("SELECT COUNT(*) FROM search_indexed", Long.class);
        if (articles == null || indexed == null || articles.equals(indexed)) {
            return 0;
        }
        List<String> missing = jdbc.queryForList("SELECT a.id FROM article a WHERE NOT EXISTS"
                + " (SELECT 1 FROM search_indexed s WHERE s.article_id = a.id) ORDER BY a.id", String.class);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        int done = 0;
        for (int i = 0; i < missing.size(); i += 100) {
            List<String> chunk = missing.subList(i, Math.min(missing.size(), i + 100));
            try {
                tx.executeWithoutResult(s -> index(jdbc, chunk));
                done += chunk.size();
            } catch (DataAccessException raced) {
                // another process stored or indexed some of these meanwhile: one by one, skipping those
                for (String id : chunk) {
                    try {
                        tx.executeWithoutResult(s -> index(jdbc, List.of(id)));
                        done++;
                    } catch (DataAccessException e) {
                        LOG.info("search index: article {} not indexed now ({}); retried on a later query", id,
                                e.getMostSpecificCause().getMessage());
                    }
                }
            }
        }
        flushQuietly(dataSource);
        LOG.info("search index: indexed {} articles stored before it existed", done);
        return done;
    }

    /** {@link #flush}, where a failure (an article replaced meanwhile) leaves the postings for the next query. */
    private static void flushQuietly(DataSource dataSource) {
        try {
            flush(dataSource);
        } catch (DataAccessException e) {
            LOG.info("search index: pending postings not moved now ({}); retried on a later query",
                    e.getMostSpecificCause().getMessage());
        }
    }

    /**
     * Indexes these stored articles again from their stored events and bodies (their postings
     * replaced, the new ones pending until the next flush; inside the caller's transaction, if
     * any): for a migration that changes what the index holds (V17: the first line's paragraph
     * without its dateline).
     */
    public static void reindex(JdbcTemplate jdbc, List<String> ids) {
        for (int i = 0; i < ids.size(); i += IN_CHUNK) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + IN_CHUNK));
            jdbc.update("DELETE FROM search_term WHERE article_id IN (" + marks(chunk.size()) + ")", chunk.toArray());
            jdbc.update("DELETE FROM search_pending WHERE article_id IN (" + marks(chunk.size()) + ")", chunk.toArray());
            jdbc.update("DELETE FROM search_indexed WHERE article_id IN (" + marks(chunk.size()) + ")", chunk.toArray());
            index(jdbc, chunk);
        }
    }

    private static void index(JdbcTemplate jdbc, List<String> ids) {
        Map<String, String> bodies = new HashMap<>();
        jdbc.query("SELECT id, body FROM article WHERE id IN (" + marks(ids.size()) + ")",
                rs -> {
                    bodies.put(rs.getString(1), rs.getString(2));
                }, ids.toArray());
        Map<String, List<EventForms>> forms = new LinkedHashMap<>();
        ids.forEach(id -> forms.put(id, new ArrayList<>()));
        List<Object[]> filled = new ArrayList<>();
        Map<String, String> lineForms = new HashMap<>(); // article id and line start → the line's search form
        Map<String, Integer> leads = new HashMap<>(); // article id → where its first line goes on after a dateline
        jdbc.query("SELECT article_id, seq, event_text, search_terms, context_terms, begin_offset, end_offset FROM event"
                + " WHERE article_id IN (" + marks(ids.size()) + ")", rs -> {
                    String id = rs.getString(1);
                    String search = rs.getString(4);
                    if (search == null) { // stored before V3
                        search = ArabicTerms.searchForm(rs.getString(3));
                        filled.add(new Object[] {search, id, rs.getInt(2)});
                    }
                    // the paragraph's search form: stored with the event from V6 until V15, else from the article's line
                    String context = rs.getString(5);
                    String body = bodies.get(id);
                    int begin = rs.getInt(6);
                    if (context == null && body != null && begin >= 0 && begin <= body.length()) {
                        // as the store: the first line without its dateline (Lines.searchLineAt)
                        int lead = leads.computeIfAbsent(id, k -> org.tarikh.anchor.Lines.leadStart(body));
                        int[] line = org.tarikh.anchor.Lines.searchLineAt(body, begin, rs.getInt(7), lead);
                        context = lineForms.computeIfAbsent(id + "\u0000" + line[0],
                                k -> ArabicTerms.searchForm(body.substring(line[0], line[1])));
                    }
                    forms.get(id).add(new EventForms(rs.getInt(2), search, context));
                }, ids.toArray());
        if (!filled.isEmpty()) {
            jdbc.batchUpdate("UPDATE event SET search_terms = ? WHERE article_id = ? AND seq = ?", filled);
        }
        Map<String, List<Posting>> postings = new LinkedHashMap<>();
        forms.forEach((id, events) -> postings.put(id, postings(events)));
        write(jdbc, postings);
    }

    static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static List<String> terms(String searchForm) {
        if (searchForm == null || searchForm.isBlank()) {
            return List.of();
        }
        return List.of(searchForm.strip().split(" "));
    }

    /**
     * The seqs, ascending, with each run of consecutive ones written as a range ({@code 0 3-17 20}):
     * the events of one paragraph have consecutive seqs (events are in text order), and a term of a
     * long paragraph is in the paragraph of every one of them, so a list of each would make the
     * index grow with the square of the paragraph's length.
     */
    static String join(BitSet seqs) {
        StringBuilder b = new StringBuilder();
        int first = -1;
        int last = -1;
        for (int s = seqs.nextSetBit(0); s >= 0; s = seqs.nextSetBit(s + 1)) {
            if (first >= 0 && s == last + 1) {
                last = s;
                continue;
            }
            append(b, first, last);
            first = s;
            last = s;
        }
        append(b, first, last);
        return b.toString();
    }

    private static void append(StringBuilder b, int first, int last) {
        if (first < 0) {
            return;
        }
        if (!b.isEmpty()) {
            b.append(' ');
        }
        b.append(first);
        if (last > first) {
            b.append('-').append(last);
        }
    }

    /** The seqs of a list written by {@link #join} (or by Tarikh before ranges: every seq on its own). */
    static Set<Integer> seqs(String list) {
        Set<Integer> out = new TreeSet<>();
        if (list == null || list.isBlank()) {
            return out;
        }
        for (String s : list.strip().split(" ")) {
            int dash = s.indexOf('-');
            if (dash < 0) {
                out.add(Integer.parseInt(s));
            } else {
                for (int i = Integer.parseInt(s.substring(0, dash)), last = Integer.parseInt(s.substring(dash + 1));
                        i <= last; i++) {
                    out.add(i);
                }
            }
        }
        return out;
    }
}
