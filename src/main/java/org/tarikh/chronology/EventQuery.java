package org.tarikh.chronology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.tarikh.annotate.Timex;

/**
 * Reads per-article events for a chronology. Filtering happens in SQL, on the stored search
 * forms ({@code event.search_terms}, see {@link ArabicTerms}) with bind parameters only, and
 * the order is the stored timeline keys: {@code sort_start, sort_end, article_id, seq}.
 */
public class EventQuery {

    private static final String SELECT = """
            SELECT e.article_id, e.seq, e.begin_offset, e.end_offset, e.event_text, e.sort_start, e.sort_end,
                   e.granularity, e.vague, t.covered_text, t.timex_type, t.timex_value, t.timex_mod,
                   t.begin_offset, t.end_offset, a.dct, a.title, a.source, a.url, e.search_terms
              FROM event e
              JOIN timex t ON t.article_id = e.article_id AND t.seq = e.timex_seq
              JOIN article a ON a.id = e.article_id
             WHERE 1 = 1
            """;

    private final JdbcTemplate jdbc;

    public EventQuery(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public List<SourceEvent> events(ChronologyFilter f) {
        backfillSearchTerms();
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> args = new ArrayList<>();
        if (f.query() != null && !f.query().isBlank()) {
            List<String> terms = ArabicTerms.of(f.query());
            if (terms.isEmpty()) { // only stop words: fall back to the raw text
                sql.append(" AND LOWER(e.event_text) LIKE ? ESCAPE '!'");
                args.add("%" + escape(f.query().strip().toLowerCase(Locale.ROOT)) + "%");
            }
            for (String t : terms.stream().distinct().toList()) {
                sql.append(" AND e.search_terms LIKE ? ESCAPE '!'");
                args.add("% " + escape(t) + " %");
            }
        }
        if (f.entity() != null && !f.entity().isBlank()) {
            List<String> terms = ArabicTerms.of(f.entity());
            sql.append(terms.isEmpty() ? " AND LOWER(e.event_text) LIKE ? ESCAPE '!'" : " AND e.search_terms LIKE ? ESCAPE '!'");
            args.add(terms.isEmpty() ? "%" + escape(f.entity().strip().toLowerCase(Locale.ROOT)) + "%"
                    : "% " + escape(String.join(" ", terms)) + " %");
        }
        if (f.source() != null && !f.source().isBlank()) {
            sql.append(" AND LOWER(a.source) LIKE ? ESCAPE '!'");
            args.add("%" + escape(f.source().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (f.article() != null) {
            sql.append(" AND e.article_id = ?");
            args.add(f.article());
        }
        if (f.from() != null) {
            sql.append(" AND e.sort_end > ?");
            args.add(f.from().atStartOfDay());
        }
        if (f.to() != null) {
            sql.append(" AND e.sort_start < ?");
            args.add(f.to().plusDays(1).atStartOfDay());
        }
        sql.append(" ORDER BY e.sort_start, e.sort_end, e.article_id, e.seq");
        return jdbc.query(sql.toString(), (rs, n) -> new SourceEvent(
                rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                rs.getObject(6, java.time.LocalDateTime.class), rs.getObject(7, java.time.LocalDateTime.class),
                rs.getString(8), rs.getBoolean(9), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getInt(14), rs.getInt(15), rs.getObject(16, java.time.LocalDate.class),
                rs.getString(17), rs.getString(18), rs.getString(19), terms(rs.getString(20))),
                args.toArray());
    }

    /** In how many stored events each term occurs, and how many events there are (key ""). */
    public Map<String, Integer> documentFrequencies() {
        Map<String, Integer> df = new HashMap<>();
        int[] n = {0};
        jdbc.query("SELECT search_terms FROM event", rs -> {
            n[0]++;
            terms(rs.getString(1)).stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum));
        });
        df.put("", n[0]);
        return df;
    }

    /** An article's text, publication day and expressions (for per-article exports such as TimeML). */
    public record ArticleText(String id, LocalDate dct, String published, String title, String source, String url,
            String body, List<Timex> timexes) {
    }

    public List<ArticleText> articles(List<String> ids) {
        List<ArticleText> out = new ArrayList<>();
        for (String id : ids) {
            List<Timex> timexes = jdbc.query("SELECT tid, begin_offset, end_offset, covered_text, timex_type,"
                    + " timex_value, timex_mod, timex_quant, timex_freq FROM timex WHERE article_id = ? ORDER BY seq",
                    (rs, n) -> new Timex(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)),
                    id);
            out.addAll(jdbc.query("SELECT id, dct, published, title, source, url, body FROM article WHERE id = ?",
                    (rs, n) -> new ArticleText(rs.getString(1), rs.getObject(2, java.time.LocalDate.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), timexes),
                    id));
        }
        return out;
    }

    /** Events stored before migration V3 have no search form yet: compute it once, here. */
    void backfillSearchTerms() {
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("SELECT article_id, seq, event_text FROM event WHERE search_terms IS NULL",
                rs -> {
                    rows.add(new Object[] {ArabicTerms.searchForm(rs.getString(3)), rs.getString(1), rs.getInt(2)});
                });
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("UPDATE event SET search_terms = ? WHERE article_id = ? AND seq = ?", rows);
        }
    }

    private static List<String> terms(String searchForm) {
        if (searchForm == null || searchForm.isBlank()) {
            return List.of();
        }
        return Arrays.asList(searchForm.strip().split(" "));
    }

    private static String escape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
