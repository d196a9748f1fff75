package org.tarikh.store;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.tarikh.article.Article;
import org.tarikh.article.DateEvidence;

/**
 * {@code article.article_key}: what makes another record the same article,
 * {@link Article.Keys#article()} (64 bits of SHA-256 over source, publication day as its evidence
 * decided unless only a capture gave it, and text; NULL for a text too short to tell), the one
 * rule the reader's duplicate check ({@code InputGuard}) and the store's look-up of captures
 * stored by earlier runs ({@link TimelineStore#lookUp}) now share. Indexed: every article read
 * under an id not stored yet is looked up by it. Existing rows are filled in from their stored
 * source, day, winning evidence ({@code dct_evidence}; before V7 the {@code published} field) and
 * body. The index on {@code content_hash} (V12), which only that look-up used, goes.
 * <p>
 * A Java migration because the key is computed as the reader computes it (the letter count of
 * the text, SHA-256 over its UTF-8 bytes), which no SQL both H2 and PostgreSQL speak can do.
 */
public class V14__Article_key extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE article ADD COLUMN article_key BIGINT");
            s.execute("DROP INDEX article_content_hash");
        }
        StoredArticleBatches.forEach(c, "SELECT id FROM article ORDER BY id", "id, source, dct, dct_evidence, body",
                "UPDATE article SET article_key = ? WHERE id = ?", (rs, write) -> {
                    // article.dct is the day as stored: curation (V8) never rewrites it, a DATE correction is a curation row applied at query time
                    Long key = key(rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5));
                    if (key == null) {
                        write.setNull(1, java.sql.Types.BIGINT);
                    } else {
                        write.setLong(1, key);
                    }
                    write.setString(2, rs.getString(1));
                    write.addBatch();
                });
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX article_article_key ON article (article_key)");
        }
    }

    /** {@link Article.Keys#article()} of a stored article: its winning evidence's kind and day are all the key reads of it. */
    static Long key(String source, LocalDate dct, String evidence, String body) {
        DateEvidence.Kind kind = DateEvidence.Kind.PUBLISHED; // before V7 only the published field dated articles
        for (DateEvidence.Kind k : DateEvidence.Kind.values()) {
            if (k.code().equals(evidence)) {
                kind = k;
            }
        }
        return Article.Keys.of(source, new DateEvidence(List.of(new DateEvidence.Candidate(kind, dct, null))), body)
                .article();
    }
}
