package nl.dictu.tvs.portal.usecase.overview;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The one row of table {@code dashboard_snapshot}: the last dashboard any node built. */
final class StoredDashboard {

    private static final int ID = 1;
    private static final String DUPLICATE_KEY = "23505";

    private StoredDashboard() {
    }

    static Optional<Dashboard> read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT content_json FROM dashboard_snapshot WHERE id = ?")) {
            select.setInt(1, ID);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(DashboardJson.read(row.getString(1))) : Optional.empty();
            }
        }
    }

    /** Replaces the stored dashboard with {@code dashboard} (the connection commits on its own). */
    static void write(Connection connection, Dashboard dashboard) throws SQLException {
        String json = DashboardJson.write(dashboard);
        OffsetDateTime at = dashboard.at().atOffset(ZoneOffset.UTC);
        if (update(connection, at, json) == 0) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO dashboard_snapshot (id, built_at, content_json) VALUES (?, ?, ?)")) {
                insert.setInt(1, ID);
                insert.setObject(2, at);
                insert.setString(3, json);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                    throw e;
                }
                update(connection, at, json); // another node stored its first one meanwhile
            }
        }
    }

    private static int update(Connection connection, OffsetDateTime at, String json) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE dashboard_snapshot SET built_at = ?, content_json = ? WHERE id = ? AND built_at <= ?")) {
            update.setObject(1, at);
            update.setString(2, json);
            update.setInt(3, ID);
            update.setObject(4, at);
            return update.executeUpdate();
        }
    }
}
