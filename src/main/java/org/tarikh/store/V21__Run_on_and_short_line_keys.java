package org.tarikh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.tarikh.anchor.Lines;

/**
 * The boundary line keys that {@link Lines} gives since round fourteen, for the articles stored
 * before: a labelled bottom line of a two-line article, and a labelled link run on after the last
 * sentence of the last line («… . رابط الخبر بصحيفة الوئام: …») in any article. Such a link
 * line had no key, so a source's link lines could not be counted as its boilerplate
 * (docs/chronology.md, "Boilerplate"). The missing keys are added to {@code article_line_key}
 * (with the article's source, V20), and the events of the articles that gained one get their
 * {@code line_key} again, as the store computes it now. Articles whose keys are all stored already
 * (those the store wrote since) are left as they are. A Java migration because the keys are computed
 * as the store computes them, which no SQL can do.
 */
public class V21__Run_on_and_short_line_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<String> gained = new ArrayList<>();
        // each article's stored keys through the primary key, article by article: not the whole table in memory
        try (PreparedStatement stored = c.prepareStatement("SELECT line_key FROM article_line_key WHERE article_id = ?")) {
            StoredArticleBatches.forEach(c, "SELECT id FROM article ORDER BY id", "id, body, source",
                    "INSERT INTO article_line_key (article_id, line_key, source) VALUES (?,?,?)", (rs, write) -> {
                        String id = rs.getString(1);
                        Set<String> have = new HashSet<>();
                        stored.setString(1, id);
                        try (ResultSet k = stored.executeQuery()) {
                            while (k.next()) {
                                have.add(k.getString(1));
                            }
                        }
                        boolean added = false;
                        for (String key : Lines.keys(rs.getString(2))) {
                            if (!have.contains(key)) {
                                write.setString(1, id);
                                write.setString(2, key);
                                write.setString(3, rs.getString(3));
                                write.addBatch();
                                added = true;
                            }
                        }
                        if (added) {
                            gained.add(id);
                        }
                    });
        }
        try (PreparedStatement events = c.prepareStatement(
                "SELECT seq, begin_offset, line_key FROM event WHERE article_id = ?")) {
            StoredArticleBatches.forEach(c, gained, "id, body",
                    "UPDATE event SET line_key = ? WHERE article_id = ? AND seq = ?", (rs, write) -> {
                        String body = rs.getString(2);
                        events.setString(1, rs.getString(1));
                        try (ResultSet e = events.executeQuery()) {
                            while (e.next()) {
                                String key = Lines.key(body, e.getInt(2));
                                if (!java.util.Objects.equals(key, e.getString(3))) {
                                    write.setString(1, key);
                                    write.setString(2, rs.getString(1));
                                    write.setInt(3, e.getInt(1));
                                    write.addBatch();
                                }
                            }
                        }
                    });
        }
    }
}
