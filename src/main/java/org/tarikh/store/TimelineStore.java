package org.tarikh.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.tarikh.anchor.AnnotatedArticle;
import org.tarikh.anchor.Event;
import org.tarikh.anchor.Lines;
import org.tarikh.chronology.ArabicTerms;
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

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public TimelineStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Content hashes of the given stored articles, by id (absent ids are not in the map). */
    public Map<String, String> contentHashes(Collection<String> ids) {
        Map<String, String> hashes = new HashMap<>();
        if (ids.isEmpty()) {
            return hashes;
        }
        named.query("SELECT id, content_hash FROM article WHERE id IN (:ids)",
                new MapSqlParameterSource("ids", ids),
                rs -> {
                    hashes.put(rs.getString(1), rs.getString(2));
                });
        return hashes;
    }

    public Optional<String> contentHash(String id) {
        return Optional.ofNullable(contentHashes(List.of(id)).get(id));
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
        for (AnnotatedArticle a : articles) {
            Article art = a.article();
            articleRows.add(new Object[] {art.id(), art.published(), art.dct(), art.title(), art.source(), art.url(),
                    art.language(), a.contentHash(), art.text().length(), art.text(), art.origin().location(),
                    jobExecutionId, now});
            for (int i = 0; i < a.timexes().size(); i++) {
                Timex t = a.timexes().get(i);
                TimeInterval interval = t.isAnchorable()
                        ? TimexIntervals.of(t.value(), t.mod(), art.dct()).orElse(null) : null;
                timexRows.add(new Object[] {art.id(), i, t.tid(), t.begin(), t.end(), t.text(), t.type(), t.value(),
                        t.mod(), t.quant(), t.freq(),
                        interval == null ? null : interval.granularity().name(),
                        interval == null ? null : Timestamp.valueOf(interval.start()),
                        interval == null ? null : Timestamp.valueOf(interval.end()),
                        interval == null ? null : interval.vague()});
            }
            for (Event e : a.events()) {
                int[] line = Lines.lineAt(art.text(), e.begin());
                String context = art.text().substring(line[0], line[1]);
                eventRows.add(new Object[] {art.id(), e.position(), e.begin(), e.end(), e.text(),
                        e.anchor() == null ? null : a.positionOf(e.anchor()), Timestamp.valueOf(e.interval().start()),
                        Timestamp.valueOf(e.interval().end()), e.interval().granularity().name(),
                        e.interval().vague(), ArabicTerms.searchForm(e.text()),
                        e.trigger() == null ? null : e.trigger().begin(), e.trigger() == null ? null : e.trigger().end(),
                        e.trigger() == null ? null : abbreviate(e.trigger().text(), 200), e.group(), e.kind().name(),
                        e.relation().name(), e.anchor() == null ? art.dct().toString() : e.anchor().value(),
                        Lines.key(art.text(), e.begin()), ArabicTerms.searchForm(context)});
            }
        }
        jdbc.batchUpdate("INSERT INTO article (id, published, dct, title, source, url, language, content_hash,"
                + " char_count, body, origin, job_execution_id, processed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                articleRows);
        jdbc.batchUpdate("INSERT INTO timex (article_id, seq, tid, begin_offset, end_offset, covered_text, timex_type,"
                + " timex_value, timex_mod, timex_quant, timex_freq, granularity, start_at, end_at, vague)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", timexRows);
        jdbc.batchUpdate("INSERT INTO event (article_id, seq, begin_offset, end_offset, event_text, timex_seq,"
                + " sort_start, sort_end, granularity, vague, search_terms, trigger_begin, trigger_end, trigger_text,"
                + " trigger_group, kind, relation, event_value, line_key, context_terms)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", eventRows);
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

    /** A rejected input's claimed id may be anything; it must never make the insert (and the chunk) fail. */
    private static String id(Rejection r) {
        String id = r.articleId();
        return id == null || id.length() <= 512 ? id : id.substring(0, 509) + "...";
    }

    private static String abbreviate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 3997) + "...";
    }
}
