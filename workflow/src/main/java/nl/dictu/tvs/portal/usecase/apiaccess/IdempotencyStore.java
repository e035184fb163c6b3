package nl.dictu.tvs.portal.usecase.apiaccess;

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
import java.util.Optional;

/**
 * The answers of POSTs sent with an {@code Idempotency-Key}, table {@code api_idempotency}, per
 * client and key, for {@value #KEEP_HOURS} hours: every node sees them. A key is claimed before the
 * request is served (the primary key lets one of two parallel requests through) and gets the answer
 * afterwards. Each statement commits on its own, outside the caller's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdempotencyStore {

    static final int KEEP_HOURS = 24;
    private static final String DUPLICATE_KEY = "23505";

    @Resource(lookup = "java:jboss/datasources/TvsDS")
    private DataSource dataSource;

    public IdempotencyStore() {
        // for the container
    }

    /** Outside the container (tests), on a database the Flyway migrations made. */
    public IdempotencyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * An earlier request with the key, or empty when this request claimed it now.
     *
     * @param answer the stored answer, empty while the earlier request is being served
     */
    public record Earlier(String requestHash, Optional<StoredAnswer> answer) {
    }

    public record StoredAnswer(int status, String contentType, String location, String body) {
    }

    public Optional<Earlier> claim(String clientId, String key, String requestHash, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement purge = c.prepareStatement("DELETE FROM api_idempotency WHERE created_at < ?")) {
                purge.setObject(1, ApiClientStore.at(now.minus(Duration.ofHours(KEEP_HOURS))));
                purge.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO api_idempotency "
                    + "(client_id, idempotency_key, request_hash, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, clientId);
                insert.setString(2, key);
                insert.setString(3, requestHash);
                insert.setObject(4, ApiClientStore.at(now));
                insert.executeUpdate();
                return Optional.empty();
            } catch (SQLException e) {
                if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                    throw e;
                }
            }
            return Optional.of(earlier(c, clientId, key));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim Idempotency-Key: " + e.getMessage(), e);
        }
    }

    /** Keeps the answer the claimed request got. */
    public void answer(String clientId, String key, StoredAnswer answer) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE api_idempotency SET status = ?, content_type = ?, "
                     + "location = ?, body = ? WHERE client_id = ? AND idempotency_key = ?")) {
            update.setInt(1, answer.status());
            update.setString(2, answer.contentType());
            update.setString(3, answer.location());
            update.setString(4, answer.body());
            update.setString(5, clientId);
            update.setString(6, key);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot keep Idempotency-Key answer: " + e.getMessage(), e);
        }
    }

    /** Frees the key after a failure on the portal's side, so the client may try again with it. */
    public void release(String clientId, String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement(
                     "DELETE FROM api_idempotency WHERE client_id = ? AND idempotency_key = ? AND status IS NULL")) {
            delete.setString(1, clientId);
            delete.setString(2, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot release Idempotency-Key: " + e.getMessage(), e);
        }
    }

    private static Earlier earlier(Connection c, String clientId, String key) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT request_hash, status, content_type, location, body "
                + "FROM api_idempotency WHERE client_id = ? AND idempotency_key = ?")) {
            select.setString(1, clientId);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    // purged between the insert and now: treat as still being served, the client retries
                    return new Earlier("", Optional.empty());
                }
                int status = row.getInt(2);
                boolean answered = !row.wasNull();
                return new Earlier(row.getString(1), !answered ? Optional.empty()
                        : Optional.of(new StoredAnswer(status, row.getString(3), row.getString(4), row.getString(5))));
            }
        }
    }
}
