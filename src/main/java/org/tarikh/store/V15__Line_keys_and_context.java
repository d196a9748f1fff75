package org.tarikh.store;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.tarikh.anchor.Lines;

/**
 * Store hygiene (docs/storage.md):
 * <ul>
 * <li>{@code article_line_key} (V13) for the articles stored before it, from their bodies
 * ({@link Lines#keys}, as the store writes it): the count of a source's repeated lines then reads
 * that table alone, not also every event's {@code line_key}, and the index {@code event_line_key},
 * which only that count used, goes.</li>
 * <li>{@code event.context_terms} (V6), the search form of each event's whole line, is cleared:
 * the search index (V11) holds what it was for, and an index rebuilt for an article reads the line
 * from the body. Stored per event, a line of n events was stored n times, so the column grew with
 * the square of a line's length and was the largest part of the database.</li>
 * </ul>
 * A Java migration because the keys are computed as the store computes them, which no SQL can do.
 */
public class V15__Line_keys_and_context extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        StoredArticleBatches.forEach(c, "SELECT a.id FROM article a WHERE NOT EXISTS"
                + " (SELECT 1 FROM article_line_key l WHERE l.article_id = a.id) ORDER BY a.id", "id, body",
                "INSERT INTO article_line_key (article_id, line_key) VALUES (?,?)", (rs, write) -> {
                    for (String key : Lines.keys(rs.getString(2))) {
                        write.setString(1, rs.getString(1));
                        write.setString(2, key);
                        write.addBatch();
                    }
                });
        try (Statement s = c.createStatement()) {
            s.execute("DROP INDEX event_line_key");
            s.execute("UPDATE event SET context_terms = NULL WHERE context_terms IS NOT NULL");
        }
    }
}
