package org.tarikh.store;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the ordered timeline. The order is the stored sort keys, so this plain
 * {@code ORDER BY} is the definition of timeline order: start, end, article, position.
 */
public class TimelineQuery {

    private final JdbcTemplate jdbc;

    public TimelineQuery(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * @param articleId only this article, if not null
     * @param from      events whose interval ends after this day's start, if not null
     * @param to        events whose interval starts before the end of this day, if not null
     */
    public List<TimelineEntry> entries(String articleId, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("""
                SELECT e.article_id, e.seq, e.event_text, e.sort_start, e.sort_end, e.granularity, e.vague,
                       t.covered_text, t.timex_type, t.timex_value, t.timex_mod, t.begin_offset, t.end_offset,
                       a.dct, a.title, a.source, a.url
                  FROM event e
                  JOIN timex t ON t.article_id = e.article_id AND t.seq = e.timex_seq
                  JOIN article a ON a.id = e.article_id
                 WHERE 1 = 1
                """);
        List<Object> args = new ArrayList<>();
        if (articleId != null) {
            sql.append(" AND e.article_id = ?");
            args.add(articleId);
        }
        if (from != null) {
            sql.append(" AND e.sort_end > ?");
            args.add(Timestamp.valueOf(from.atStartOfDay()));
        }
        if (to != null) {
            sql.append(" AND e.sort_start < ?");
            args.add(Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
        }
        sql.append(" ORDER BY e.sort_start, e.sort_end, e.article_id, e.seq");
        return jdbc.query(sql.toString(), (rs, n) -> new TimelineEntry(
                rs.getString(1), rs.getInt(2), rs.getString(3),
                rs.getTimestamp(4).toLocalDateTime(), rs.getTimestamp(5).toLocalDateTime(),
                rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getInt(12), rs.getInt(13), rs.getDate(14).toLocalDate(),
                rs.getString(15), rs.getString(16), rs.getString(17)), args.toArray());
    }
}
