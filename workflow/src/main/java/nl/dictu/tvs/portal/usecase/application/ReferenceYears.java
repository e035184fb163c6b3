package nl.dictu.tvs.portal.usecase.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.config.PortalConfig;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Opens a year's reference counter in a transaction of its own, committed before the submission draws its number.
 * The first two submissions of a year (on one node or two) both open it, and neither fails: on PostgreSQL the second
 * insert waits for the first and then does nothing; on the embedded H2, which has no such statement, the second insert
 * waits for the first and then fails on the key, which this catches. Plain JDBC, so that failed statement neither
 * reaches the container's or Hibernate's log nor marks any transaction for rollback.
 */
@Stateless
public class ReferenceYears {

    private static final String DUPLICATE_KEY = "23505";
    private static final String ON_POSTGRESQL = "INSERT INTO application_reference_counter (reference_year, last_number)"
            + " VALUES (?, 0) ON CONFLICT (reference_year) DO NOTHING";
    private static final String ON_H2 = "INSERT INTO application_reference_counter (reference_year, last_number)"
            + " SELECT CAST(? AS INTEGER), 0 WHERE NOT EXISTS"
            + " (SELECT 1 FROM application_reference_counter WHERE reference_year = ?)";

    @Resource(lookup = "java:jboss/datasources/TvsDS")
    private DataSource dataSource;

    @Inject
    private PortalConfig config;

    public ReferenceYears() {
        // for the container
    }

    /** Outside the container (tests): on the embedded H2 behind {@code dataSource}. */
    public ReferenceYears(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens the year's counter unless it is open; committed when this returns. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(int year) {
        boolean embedded = config == null || config.isEmbeddedDatabase();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(embedded ? ON_H2 : ON_POSTGRESQL)) {
            insert.setInt(1, year);
            if (embedded) {
                insert.setInt(2, year);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!embedded || !DUPLICATE_KEY.equals(e.getSQLState())) {
                throw new IllegalStateException("the reference counter of " + year + " could not be opened: "
                        + e.getMessage(), e);
            }
            // another first submission of the year inserted it at the same moment: it is open either way
        }
    }
}
