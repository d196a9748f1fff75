package org.tarikh.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashSet;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.anchor.Event;
import org.tarikh.anchor.Lines;
import org.tarikh.chronology.ArabicTerms;
import org.tarikh.chronology.SearchIndex;
import org.tarikh.annotate.Timex;
import org.tarikh.article.Article;
import org.tarikh.article.Rejection;
import org.tarikh.order.TimeInterval;
import org.tarikh.order.TimexIntervals;

/**
 * Writes articles with their expressions and events, and rejections. All SQL here uses bind
 * parameters: nothing from an article ever becomes SQL text.
 */
public class TimelineStore {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public TimelineStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Column sizes of timex (V2__timeline.sql) that annotator output must fit. */
    static final int TID = 32;
    static final int COVERED_TEXT = 4000;
    static final int TIMEX_TYPE = 16;
    static final int TIMEX_VALUE = 128;
    static final int TIMEX_MOD = 16;
    static final int TIMEX_QUANT = 32;
    static final int TIMEX_FREQ = 32;
    static final int TIMEX_RULE = 200;

    /**
     * Why this annotated article cannot be stored as it is (a value longer than its column, an
     * expression or event outside the text), in words; empty when it can. Checked before the
     * chunk is written: one article's output must never make the whole chunk's insert fail.
     */
    public static Optional<String> unstorable(AnnotatedArticle a) {
        int length = a.article().text().length();
        for (int i = 0; i < a.timexes().size(); i++) {
            Timex t = a.timexes().get(i);
            String where = "expression " + i + " «" + abbreviate(t.text(), 40) + "»";
            String problem = tooLong("tid", t.tid(), TID, false)
                    .or(() -> tooLong("text", t.text(), COVERED_TEXT, true))
                    .or(() -> tooLong("type", t.type(), TIMEX_TYPE, true))
                    .or(() -> tooLong("value", t.value(), TIMEX_VALUE, true))
                    .or(() -> tooLong("mod", t.mod(), TIMEX_MOD, false))
                    .or(() -> tooLong("quant", t.quant(), TIMEX_QUANT, false))
                    .or(() -> tooLong("freq", t.freq(), TIMEX_FREQ, false))
                    .or(() -> tooLong("rule", t.rule(), TIMEX_RULE, false))
                    .orElse(null);
            if (problem != null) {
                return Optional.of(where + ": " + problem);
            }
            if (t.begin() < 0 || t.end() > length || t.begin() > t.end()) {
                return Optional.of(where + ": offsets " + t.begin() + ".." + t.end() + " outside the text (" + length
                        + " characters)");
            }
        }
        for (Event e : a.events()) {
            if (e.begin() < 0 || e.end() > length || e.begin() > e.end()) {
                return Optional.of("event " + e.position() + ": offsets " + e.begin() + ".." + e.end()
                        + " outside the text (" + length + " characters)");
            }
            if (e.anchor() != null && !a.timexes().contains(e.anchor())) {
                return Optional.of("event " + e.position() + ": anchored to an expression the article does not have");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> tooLong(String name, String value, int max, boolean required) {
        if (value == null) {
            return required ? Optional.of("no " + name) : Optional.empty();
        }
        return value.length() <= max ? Optional.empty()
                : Optional.of(name + " has " + value.length() + " characters («" + abbreviate(value, 40)
                        + "»); the column holds " + max);
    }

    /**
     * What is stored for an article read: the content hash stored under its id (empty: a new id),
     * and the id of a stored article it is another capture of (docs/operations.md "Duplicates and
     * captures"): one stored under another id with the same {@link Article.Keys#article()} key, the
     * rule the reader's duplicate check applies within a run (the same source, publication day as
     * its evidence decided unless only a capture gave it, and text), stored in
     * {@code article.article_key} (V14). Empty when there is none, or when the text is too short to
     * make two ids one article ({@link Article.Keys#MIN_LETTERS_FOR_ANOTHER_ID}); the first such id,
     * by id, when there are several.
     */
    public record Stored(Optional<String> contentHash, Optional<String> capturedAs) {
    }

    /**
     * The {@link Stored} answer for each article, in one query for all (the job asks once per
     * chunk); by article instance, so that two records with one id keep their own answers.
     */
    public Map<Article, Stored> lookUp(List<Article> articles) {
        Map<Article, Stored> stored = new java.util.IdentityHashMap<>();
        if (articles.isEmpty()) {
            return stored;
        }
        Set<String> ids = new LinkedHashSet<>();
        Map<Article, Long> keys = new java.util.IdentityHashMap<>(); // the articles a capture may match (a pass over the text: once)
        for (Article a : articles) {
            ids.add(a.id());
            Long key = a.keys().article();
            if (key != null) {
                keys.put(a, key);
            }
        }
        String columns = "SELECT id, content_hash, article_key FROM article";
        MapSqlParameterSource parameters = new MapSqlParameterSource("ids", ids);
        String sql = columns + " WHERE id IN (:ids)";
        if (!keys.isEmpty()) {
            // a second branch, not an OR, so that each uses its index
            sql += " UNION ALL " + columns + " WHERE article_key IN (:keys)";
            parameters.addValue("keys", new LinkedHashSet<>(keys.values()));
        }
        Map<String, String> hashById = new HashMap<>();
        Map<Long, Set<String>> idsByKey = new HashMap<>(); // each set in id order
        named.query(sql, parameters, rs -> {
            hashById.put(rs.getString(1), rs.getString(2));
            long key = rs.getLong(3);
            if (!rs.wasNull()) {
                idsByKey.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(rs.getString(1));
            }
        });
        for (Article a : articles) {
            Long key = keys.get(a);
            Optional<String> capturedAs = key == null ? Optional.empty()
                    : idsByKey.getOrDefault(key, Set.of()).stream().filter(id -> !id.equals(a.id())).findFirst();
            stored.put(a, new Stored(Optional.ofNullable(hashById.get(a.id())), capturedAs));
        }
        return stored;
    }

    /**
     * Replaces each article with its new version: the old row, expressions and events go
     * (cascade) and the new ones come in, inside the caller's transaction.
     */
    public void saveAll(List<AnnotatedArticle> articles, Long jobExecutionId) {
        if (articles.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("DELETE FROM article WHERE id = ?",
                articles.stream().map(a -> new Object[] {a.article().id()}).toList());
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        List<Object[]> articleRows = new ArrayList<>();
        List<Object[]> timexRows = new ArrayList<>();
        List<Object[]> eventRows = new ArrayList<>();
        List<Object[]> lineKeyRows = new ArrayList<>();
        // the search index rows of their events: the postings of their search forms (SearchIndex), so that a
        // query reads only candidate events
        Map<String, List<SearchIndex.Posting>> postings = new java.util.LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            Article art = a.article();
            for (String key : Lines.keys(art.text())) {
                lineKeyRows.add(new Object[] {art.id(), key, art.source()});
            }
            articleRows.add(new Object[] {art.id(), art.published(), art.dct(), art.title(), art.source(), art.url(),
                    art.language(), a.contentHash(), art.text().length(), art.text(), art.origin().location(),
                    jobExecutionId, now, art.dateEvidence().winner().kind().code(),
                    abbreviate(art.dateEvidence().summary(), 1000), abbreviate(art.dateEvidence().disagreement(), 1000),
                    art.keys().article()});
            for (int i = 0; i < a.timexes().size(); i++) {
                Timex t = a.timexes().get(i);
                TimeInterval interval = t.isAnchorable()
                        ? TimexIntervals.of(t.value(), t.mod(), art.dct()).orElse(null) : null;
                timexRows.add(new Object[] {art.id(), i, t.tid(), t.begin(), t.end(), t.text(), t.type(), t.value(),
                        t.mod(), t.quant(), t.freq(), t.rule(),
                        interval == null ? null : interval.granularity().name(),
                        interval == null ? null : interval.start(),
                        interval == null ? null : interval.end(),
                        interval == null ? null : interval.vague()});
            }
            org.tarikh.StageEvent terms = org.tarikh.StageEvent.start(org.tarikh.StageEvent.SEARCH_TERMS);
            // an article's events often share a line: the line's search form and boilerplate key (which reads the
            // whole text) are computed once per line, by where it starts. The line's search form goes into the
            // search index only (the events' context postings); it is not stored with each event, which made the
            // table grow with the square of a line's length (docs/storage.md)
            Map<Integer, String> lineTerms = new HashMap<>();
            List<SearchIndex.EventForms> forms = new ArrayList<>();
            int lead = Lines.leadStart(art.text()); // the first line's paragraph is searched without its dateline
            int tail = Lines.tail(art.text()); // a link run on after the last sentence has a key of its own
            Map<Integer, java.util.Optional<String>> keys = new HashMap<>(); // by where the line (or the tail) starts
            for (Event e : a.events()) {
                int[] line = Lines.searchLineAt(art.text(), e.begin(), e.end(), lead);
                String lineTerm = lineTerms.computeIfAbsent(line[0],
                        start -> ArabicTerms.searchForm(art.text().substring(line[0], line[1])));
                String lineKey = keys.computeIfAbsent(tail >= 0 && e.begin() >= tail ? -1 : line[0],
                        place -> java.util.Optional.ofNullable(Lines.key(art.text(), e.begin()))).orElse(null);
                String searchTerms = ArabicTerms.searchForm(e.text());
                forms.add(new SearchIndex.EventForms(e.position(), searchTerms, lineTerm));
                eventRows.add(new Object[] {art.id(), e.position(), e.begin(), e.end(), e.text(),
                        e.anchor() == null ? null : a.positionOf(e.anchor()), e.interval().start(),
                        e.interval().end(), e.interval().granularity().name(),
                        e.interval().vague(), searchTerms,
                        e.trigger() == null ? null : e.trigger().begin(), e.trigger() == null ? null : e.trigger().end(),
                        e.trigger() == null ? null : abbreviate(e.trigger().text(), 200), e.group(), e.kind().name(),
                        e.relation().name(), e.anchor() == null ? art.dct().toString() : e.anchor().value(),
                        lineKey});
            }
            postings.put(art.id(), SearchIndex.postings(forms));
            org.tarikh.StageEvent.end(terms);
        }
        jdbc.batchUpdate("INSERT INTO article (id, published, dct, title, source, url, language, content_hash,"
                + " char_count, body, origin, job_execution_id, processed_at, dct_evidence, dct_candidates, dct_disagreement,"
                + " article_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                articleRows);
        jdbc.batchUpdate("INSERT INTO timex (article_id, seq, tid, begin_offset, end_offset, covered_text, timex_type,"
                + " timex_value, timex_mod, timex_quant, timex_freq, timex_rule, granularity, start_at, end_at, vague)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", timexRows);
        jdbc.batchUpdate("INSERT INTO event (article_id, seq, begin_offset, end_offset, event_text, timex_seq,"
                + " sort_start, sort_end, granularity, vague, search_terms, trigger_begin, trigger_end, trigger_text,"
                + " trigger_group, kind, relation, event_value, line_key)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", eventRows);
        jdbc.batchUpdate("INSERT INTO article_line_key (article_id, line_key, source) VALUES (?,?,?)", lineKeyRows);
        SearchIndex.write(jdbc, postings);
    }

    /**
     * {@link #saveAll} for a chunk, such that an article the database refuses cannot take the
     * rest of the chunk with it: the chunk is saved behind a savepoint; if the database refuses
     * it, it is rolled back to the savepoint and saved article by article, each behind its own
     * savepoint. Returns the articles that were refused (their rows are not written), with the reason.
     */
    public Map<AnnotatedArticle, String> saveAllOrRefuse(List<AnnotatedArticle> articles, Long jobExecutionId) {
        Map<AnnotatedArticle, String> refused = new java.util.LinkedHashMap<>();
        if (articles.isEmpty()) {
            return refused;
        }
        try {
            behindSavepoint(() -> saveAll(articles, jobExecutionId));
            return refused;
        } catch (org.springframework.dao.DataIntegrityViolationException chunkRefused) {
            // only the data itself is refused (too long, constraint); a database that is gone or full fails the chunk
            for (AnnotatedArticle a : articles) {
                try {
                    behindSavepoint(() -> saveAll(List.of(a), jobExecutionId));
                } catch (org.springframework.dao.DataIntegrityViolationException e) {
                    Throwable root = e.getMostSpecificCause();
                    refused.put(a, "the database refused it: " + String.valueOf(root.getMessage()).lines().findFirst()
                            .orElse(root.toString()));
                }
            }
            return refused;
        }
    }

    /** Runs {@code work}; if it fails inside a transaction, undoes its writes (savepoint) and rethrows. */
    private void behindSavepoint(Runnable work) {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            work.run(); // auto-commit: each statement on its own
            return;
        }
        java.sql.Connection c = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
        java.sql.Savepoint savepoint;
        try {
            savepoint = c.setSavepoint();
        } catch (java.sql.SQLException e) {
            throw new org.springframework.jdbc.UncategorizedSQLException("savepoint", null, e);
        }
        try {
            work.run();
            c.releaseSavepoint(savepoint);
        } catch (RuntimeException e) {
            try {
                c.rollback(savepoint);
            } catch (java.sql.SQLException rollback) {
                e.addSuppressed(rollback);
                throw new IllegalStateException("cannot roll back to a savepoint", e); // fails the chunk, not silently
            }
            throw e;
        } catch (java.sql.SQLException e) {
            throw new org.springframework.jdbc.UncategorizedSQLException("release savepoint", null, e);
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /** Records a rejection once per (file, line, reason); a re-run only updates when it was last seen. */
    public void rejectAll(List<Rejection> rejections, Long jobExecutionId) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        for (Rejection r : rejections) {
            int updated = jdbc.update("UPDATE rejection SET last_seen = ?, last_job_execution_id = ?, detail = ?,"
                    + " article_id = ? WHERE source_file = ? AND line_no = ? AND reason = ?",
                    now, jobExecutionId, abbreviate(r.detail()), id(r), r.origin().file(), r.origin().line(),
                    r.reason().name());
            if (updated == 0) {
                jdbc.update("INSERT INTO rejection (source_file, line_no, article_id, reason, detail,"
                        + " first_job_execution_id, last_job_execution_id, first_seen, last_seen)"
                        + " VALUES (?,?,?,?,?,?,?,?,?)",
                        r.origin().file(), r.origin().line(), id(r), r.reason().name(),
                        abbreviate(r.detail()), jobExecutionId, jobExecutionId, now, now);
            }
        }
    }

    /**
     * Records where each article was read ({@code article_capture}): once per (file, record);
     * reading the same record again (a re-run over the same input) only updates when it was
     * last seen and which article it belongs to. In the caller's transaction.
     */
    public void recordCaptures(List<org.tarikh.article.Capture> captures, Long jobExecutionId) {
        if (captures.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        List<Object[]> updates = new ArrayList<>();
        for (org.tarikh.article.Capture c : captures) {
            updates.add(new Object[] {captureId(c.articleId()), abbreviate(c.copy().url(), 4000), c.captureDate(),
                    abbreviate(c.copy().published(), 64), abbreviate(c.copy().dateEvidence().summary(), 1000),
                    abbreviate(c.detail(), 1000), now, jobExecutionId, c.origin().file(), c.origin().line()});
        }
        int[] updated = jdbc.batchUpdate("UPDATE article_capture SET article_id = ?, capture_url = ?, capture_date = ?,"
                + " published = ?, evidence = ?, duplicate_detail = ?, last_seen = ?, last_job_execution_id = ?"
                + " WHERE source_file = ? AND record_no = ?", updates);
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < captures.size(); i++) {
            if (updated[i] == 0) {
                Object[] u = updates.get(i);
                inserts.add(new Object[] {u[0], u[1], u[8], u[9], u[2], u[3], u[4], u[5], jobExecutionId, jobExecutionId,
                        now, now});
            }
        }
        if (inserts.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO article_capture (article_id, capture_url, source_file, record_no, capture_date,"
                + " published, evidence, duplicate_detail, first_job_execution_id, last_job_execution_id, first_seen,"
                + " last_seen) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", inserts);
    }

    private static String captureId(String id) {
        return id == null || id.length() <= 512 ? id : id.substring(0, 509) + "...";
    }

    /** A rejected input's claimed id may be anything; it must never make the insert (and the chunk) fail. */
    private static String id(Rejection r) {
        String id = r.articleId();
        return id == null || id.length() <= 512 ? id : id.substring(0, 509) + "...";
    }

    private static String abbreviate(String s) {
        return abbreviate(s, 4000);
    }

    private static String abbreviate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
