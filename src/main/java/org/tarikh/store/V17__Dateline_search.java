package org.tarikh.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.tarikh.anchor.Lines;
import org.tarikh.chronology.SearchIndex;

/**
 * The search index without datelines (docs/chronology.md, "Filters"): {@code --query} matches an
 * event's paragraph, and the first line's paragraph now starts after its dateline
 * ({@link Lines#searchLineAt}: «سبق- الرياض:» names where the report was filed, not what it is
 * about). The articles whose first line opens with a dateline are indexed again
 * ({@link SearchIndex#reindex}); the others' postings are unchanged. Which ones is read from the
 * head of each body ({@value #HEAD} characters: a dateline is a few short segments).
 * <p>
 * A Java migration because the dateline is found as the store finds it, which no SQL can do.
 */
public class V17__Dateline_search extends BaseJavaMigration {

    /** Characters of a body's head read to find its dateline. */
    static final int HEAD = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<String> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, SUBSTRING(body, 1, " + HEAD + ") FROM article ORDER BY id")) {
            while (rs.next()) {
                String head = rs.getString(2);
                if (head != null && Lines.leadStart(head) >= 0) {
                    ids.add(rs.getString(1));
                }
            }
        }
        if (!ids.isEmpty()) {
            SearchIndex.reindex(new JdbcTemplate(new SingleConnectionDataSource(c, true)), ids);
        }
    }
}
