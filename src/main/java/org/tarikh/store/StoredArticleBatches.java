package org.tarikh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How the Java migrations that fill a column from the stored bodies (V14, V15, V21) read them: the ids
 * first, then the rows by batches of ids, so that no database keeps a cursor over the bodies open
 * across the migration's own writes; the writes of each batch are sent as one JDBC batch.
 */
final class StoredArticleBatches {

    /** Articles read (and their writes sent) per batch. */
    static final int BATCH = 500;

    /** What a migration does with one stored row; its writes go to {@code write} with {@code addBatch}. */
    interface Row {
        void accept(ResultSet row, PreparedStatement write) throws SQLException;
    }

    private StoredArticleBatches() {
    }

    /**
     * Reads {@code columns} of the articles {@code idQuery} selects (its first column: the id), a
     * batch at a time, hands each row to {@code row} and executes {@code write} after each batch.
     */
    static void forEach(Connection c, String idQuery, String columns, String write, Row row) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(idQuery)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        forEach(c, ids, columns, write, row);
    }

    /** As above, for the articles of these ids. */
    static void forEach(Connection c, List<String> ids, String columns, String write, Row row) throws SQLException {
        try (PreparedStatement w = c.prepareStatement(write)) {
            for (int i = 0; i < ids.size(); i += BATCH) {
                List<String> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
                try (PreparedStatement read = c.prepareStatement("SELECT " + columns + " FROM article WHERE id IN ("
                        + String.join(",", Collections.nCopies(batch.size(), "?")) + ")")) {
                    for (int k = 0; k < batch.size(); k++) {
                        read.setString(k + 1, batch.get(k));
                    }
                    try (ResultSet rs = read.executeQuery()) {
                        while (rs.next()) {
                            row.accept(rs, w);
                        }
                    }
                }
                w.executeBatch();
            }
        }
    }
}
