package nl.dictu.tvs.portal.usecase.apiaccess;

import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/**
 * The client assertion ids seen, table {@code api_assertion_jti}, until their assertions expire. The
 * primary key decides: of two nodes getting the same assertion at once, one inserts, the other is
 * refused. Each statement commits on its own, outside the caller's transaction.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JtiStore implements JtiRegister {

    private static final String DUPLICATE_KEY = "23505";

    @Resource(lookup = "java:jboss/datasources/TvsDS")
    private DataSource dataSource;

    private Clock clock = Clock.systemUTC();

    public JtiStore() {
        // for the container
    }

    /** Outside the container (tests), on a database the Flyway migrations made. */
    public JtiStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public boolean firstUse(String clientId, String jti, Instant expiresAt) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement purge = c.prepareStatement("DELETE FROM api_assertion_jti WHERE expires_at < ?")) {
                purge.setObject(1, ApiClientStore.at(clock.instant()));
                purge.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO api_assertion_jti (client_id, jti, expires_at) VALUES (?, ?, ?)")) {
                insert.setString(1, clientId);
                insert.setString(2, jti);
                insert.setObject(3, ApiClientStore.at(expiresAt));
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (DUPLICATE_KEY.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record client assertion id: " + e.getMessage(), e);
        }
    }
}
