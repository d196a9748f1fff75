package org.tarikh.job;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A canonical, comparable dump of what a run stored: the sorted rows of article, timex, event
 * and rejection, without the columns that differ between runs (execution ids, timestamps,
 * generated keys). Two databases hold the same timeline exactly when their dumps are equal.
 */
final class DatabaseDump {

    private static final Set<String> RUN_SPECIFIC = Set.of("JOB_EXECUTION_ID", "PROCESSED_AT", "ID_GENERATED",
            "FIRST_JOB_EXECUTION_ID", "LAST_JOB_EXECUTION_ID", "FIRST_SEEN", "LAST_SEEN");

    private DatabaseDump() {
    }

    static List<String> of(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            return of(c);
        }
    }

    static List<String> of(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        rows.addAll(table(c, "article", "SELECT * FROM article ORDER BY id"));
        rows.addAll(table(c, "timex", "SELECT * FROM timex ORDER BY article_id, seq"));
        rows.addAll(table(c, "event", "SELECT * FROM event ORDER BY article_id, seq"));
        rows.addAll(table(c, "rejection", "SELECT source_file, line_no, article_id, reason, detail FROM rejection"
                + " ORDER BY source_file, line_no, reason"));
        return rows;
    }

    private static List<String> table(Connection c, String name, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder(name);
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    if (!RUN_SPECIFIC.contains(md.getColumnName(i).toUpperCase(java.util.Locale.ROOT))) {
                        row.append(" | ").append(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT)).append('=')
                                .append(rs.getString(i));
                    }
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    static long count(String url, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) { // table names are constants of the tests
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The dump's rows grouped by the article they belong to ("rejection" rows under their own key). */
    static java.util.Map<String, List<String>> byArticle(List<String> dump) {
        java.util.Map<String, List<String>> groups = new java.util.TreeMap<>();
        for (String row : dump) {
            String key;
            if (row.startsWith("article |")) {
                key = field(row, "id");
            } else if (row.startsWith("timex |") || row.startsWith("event |")) {
                key = field(row, "article_id");
            } else {
                key = "(rejections)";
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    private static String field(String row, String name) {
        String marker = " | " + name + "=";
        int at = row.indexOf(marker) + marker.length();
        int end = row.indexOf(" | ", at);
        return end < 0 ? row.substring(at) : row.substring(at, end);
    }
}
