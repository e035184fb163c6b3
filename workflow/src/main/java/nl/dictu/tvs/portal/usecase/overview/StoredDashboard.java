package nl.dictu.tvs.portal.usecase.overview;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The one row of table {@code dashboard_snapshot} (made by the migrations, empty until the first build): the last
 * dashboard any node built, and the claim on the next build. Every statement commits on its own (auto-commit).
 */
final class StoredDashboard {

    private static final int ID = 1;

    private StoredDashboard() {
    }

    static Optional<Dashboard> read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT content_json FROM dashboard_snapshot WHERE id = ? AND content_json IS NOT NULL")) {
            select.setInt(1, ID);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(DashboardJson.read(row.getString(1))) : Optional.empty();
            }
        }
    }

    /** When the stored dashboard was built ({@link Dashboard#at()}), without reading it; empty if none was. */
    static Optional<Instant> builtAt(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT built_at FROM dashboard_snapshot WHERE id = ? AND built_at IS NOT NULL")) {
            select.setInt(1, ID);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, OffsetDateTime.class).toInstant()) : Optional.empty();
            }
        }
    }

    /** Replaces the stored dashboard with {@code dashboard}, unless the stored one is newer. */
    static void write(Connection connection, Dashboard dashboard) throws SQLException {
        OffsetDateTime at = utc(dashboard.at());
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE dashboard_snapshot SET built_at = ?, content_json = ?"
                        + " WHERE id = ? AND (built_at IS NULL OR built_at <= ?)")) {
            update.setObject(1, at);
            update.setString(2, DashboardJson.write(dashboard));
            update.setInt(3, ID);
            update.setObject(4, at);
            update.executeUpdate();
        }
    }

    /**
     * Takes the claim on building the dashboard of the refresh period that began at {@code periodStart}, in one
     * statement, so of two nodes trying at once exactly one gets it: only while no dashboard of this period is stored
     * and the claim is free or expired (its holder died, or took longer than the lease).
     *
     * @return whether {@code holder} holds the claim now, until {@code until}
     */
    static boolean claim(Connection connection, String holder, Instant now, Instant until, Instant periodStart)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE dashboard_snapshot SET claimed_by = ?, claimed_until = ? WHERE id = ?"
                        + " AND (built_at IS NULL OR built_at < ?)"
                        + " AND (claimed_until IS NULL OR claimed_until <= ?)")) {
            update.setString(1, holder);
            update.setObject(2, utc(until));
            update.setInt(3, ID);
            update.setObject(4, utc(periodStart));
            update.setObject(5, utc(now));
            return update.executeUpdate() == 1;
        }
    }

    /** Frees the claim if {@code holder} still holds it (another node may have taken an expired one over). */
    static void release(Connection connection, String holder) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE dashboard_snapshot SET claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?")) {
            update.setInt(1, ID);
            update.setString(2, holder);
            update.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
