package nl.dictu.tvs.portal.shared.limit;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The counters behind every limit, in table {@code request_limit}, one row per key. Each statement
 * commits on its own, outside the caller's transaction: a refused sign-in or upload rolls back, its
 * count stays. Counting is one UPDATE that adds one to the row, so parallel requests are all
 * counted (the database serialises them on the row) and none fails on a version conflict.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LimitStore {

    private static final String DUPLICATE_KEY = "23505";

    @Resource(lookup = "java:jboss/datasources/TvsDS")
    private DataSource dataSource;

    public LimitStore() {
        // for the container
    }

    /** Outside the container (tests), on a database the Flyway migrations made. */
    public LimitStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Counts one hit on {@code key}. A window that began {@code window} ago or earlier starts anew
     * with this hit.
     */
    public Hits hit(String key, Instant now, Duration window) {
        try (Connection c = dataSource.getConnection()) {
            if (increment(c, key, now, window) == 0) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO request_limit (limit_key, window_start, hits) VALUES (?, ?, 1)")) {
                    insert.setString(1, key);
                    insert.setObject(2, at(now));
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                        throw e;
                    }
                    // another request made the row first: count on it
                    increment(c, key, now, window);
                }
            }
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT hits, window_start FROM request_limit WHERE limit_key = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return new Hits(row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count request limit " + key + ": " + e.getMessage(), e);
        }
    }

    /** Until when the key is blocked, if it is. */
    public Optional<Instant> blockedUntil(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT blocked_until FROM request_limit WHERE limit_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant)
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read request limit " + key + ": " + e.getMessage(), e);
        }
    }

    /** Blocks the key until {@code until}, unless it is blocked longer already. */
    public void blockUntil(String key, Instant until) {
        update("UPDATE request_limit SET blocked_until = ? WHERE limit_key = ? AND (blocked_until IS NULL OR blocked_until < ?)",
                key, until);
    }

    /** Forgets the key's count and block. */
    public void clear(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM request_limit WHERE limit_key = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clear request limit " + key + ": " + e.getMessage(), e);
        }
    }

    private static int increment(Connection c, String key, Instant now, Duration window) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE request_limit SET "
                + "hits = CASE WHEN window_start <= ? THEN 1 ELSE hits + 1 END, "
                + "window_start = CASE WHEN window_start <= ? THEN ? ELSE window_start END WHERE limit_key = ?")) {
            OffsetDateTime cutoff = at(now.minus(window));
            update.setObject(1, cutoff);
            update.setObject(2, cutoff);
            update.setObject(3, at(now));
            update.setString(4, key);
            return update.executeUpdate();
        }
    }

    /**
     * Removes the counters whose window began before {@code cutoff} and that block nothing after it: their window
     * ended long ago, so the next hit would start them anew anyway. Returns how many were removed.
     */
    public int deleteIdleBefore(Instant cutoff) {
        try (Connection c = dataSource.getConnection(); PreparedStatement delete = c.prepareStatement(
                "DELETE FROM request_limit WHERE window_start < ? AND (blocked_until IS NULL OR blocked_until < ?)")) {
            delete.setObject(1, at(cutoff));
            delete.setObject(2, at(cutoff));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot remove idle request limits: " + e.getMessage(), e);
        }
    }

    private void update(String sql, String key, Instant until) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.setObject(1, at(until));
            update.setString(2, key);
            update.setObject(3, at(until));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot block request limit " + key + ": " + e.getMessage(), e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The hits in the key's current window, this one included, and when the window began. */
    public record Hits(int count, Instant windowStart) {
    }
}
