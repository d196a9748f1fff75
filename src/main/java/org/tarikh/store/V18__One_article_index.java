package org.tarikh.store;

import java.sql.Connection;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.tarikh.chronology.SearchIndex;

/**
 * One index on {@code article_id} for each of the search tables (docs/storage.md). H2 gives a
 * foreign key declared with its table an index of its own, so {@code search_term} (V11) and
 * {@code search_pending} (V16) each kept two indexes on {@code article_id}, their own and the
 * foreign key's, both written with every posting. On H2 each foreign key to {@code article} is
 * declared again on the table's own index ({@link SearchIndex#oneArticleIndex}); which also lets a
 * large flush drop and rebuild that one index. PostgreSQL creates no index for a foreign key: nothing
 * to do there.
 * <p>
 * A Java migration because the foreign keys' names are H2's generated ones, read from its
 * information schema.
 */
public class V18__One_article_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        if (!c.getMetaData().getDatabaseProductName().startsWith("H2")) {
            return;
        }
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(c, true));
        SearchIndex.oneArticleIndex(jdbc, "search_term", "search_term_article");
        SearchIndex.oneArticleIndex(jdbc, "search_pending", "search_pending_article");
    }
}
