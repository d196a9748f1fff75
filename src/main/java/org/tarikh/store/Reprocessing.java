package org.tarikh.store;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Asks the next run to annotate stored articles again even though their content is unchanged
 * (e.g. after a Tarikh upgrade): their stored content hash is replaced by a marker no SHA-256
 * can equal, so the next run that reads them sees a change and replaces them atomically. Until
 * then the current version stays visible.
 */
public final class Reprocessing {

    static final String MARKER = "-".repeat(64);

    private Reprocessing() {
    }

    /** Returns the ids that were not found (nothing to reprocess for them). */
    public static List<String> mark(DataSource dataSource, List<String> ids) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return ids.stream()
                .filter(id -> jdbc.update("UPDATE article SET content_hash = ? WHERE id = ?", MARKER, id) == 0)
                .toList();
    }
}
