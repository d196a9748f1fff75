package org.tarikh.curation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** The {@code curation} table: curations are added and undone, never deleted or changed otherwise. */
public final class CurationStore {

    private final DataSource dataSource;

    public CurationStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records a curation; returns its id. */
    public long add(Curation.Action action, String eventKey, String otherKey, String value, String reason, String by) {
        String sql = "INSERT INTO curation (action, event_key, other_key, val, reason, created_by, created_at) VALUES (?,?,?,?,?,?,?)";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, action.name());
            ps.setString(2, eventKey);
            ps.setString(3, otherKey);
            ps.setString(4, value);
            ps.setString(5, reason);
            ps.setString(6, by);
            ps.setTimestamp(7, Timestamp.from(Instant.now()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the curation: " + e.getMessage(), e);
        }
    }

    /** Undoes curation {@code id}; false when there is none in force with that id. */
    public boolean undo(long id, String by) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "UPDATE curation SET undone_by = ?, undone_at = ? WHERE id = ? AND undone_at IS NULL")) {
            ps.setString(1, by);
            ps.setTimestamp(2, Timestamp.from(Instant.now()));
            ps.setLong(3, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot undo curation " + id + ": " + e.getMessage(), e);
        }
    }

    /** Every curation in the order made; {@code all}: the undone ones too. */
    public List<Curation> list(boolean all) {
        String sql = "SELECT id, action, event_key, other_key, val, reason, created_by, created_at, undone_by, undone_at"
                + " FROM curation" + (all ? "" : " WHERE undone_at IS NULL") + " ORDER BY id";
        List<Curation> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp undone = rs.getTimestamp(10);
                out.add(new Curation(rs.getLong(1), Curation.Action.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                        rs.getString(9), undone == null ? null : undone.toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the curations: " + e.getMessage(), e);
        }
        return out;
    }
}
