package nl.dictu.tvs.portal.usecase.overview;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * The dashboard as of its last refresh: built in the background every {@value #REFRESH_MINUTES}
 * minutes, so a reviewer opening the page reads a finished snapshot (with its "as of" time)
 * instead of waiting while the engine's history is aggregated; the first request after a start
 * builds it once. A refresh still running makes the next one skip.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DashboardSnapshot {

    public static final int REFRESH_MINUTES = 5;
    private static final Logger LOG = Logger.getLogger(DashboardSnapshot.class.getName());

    private final AtomicReference<Dashboard> latest = new AtomicReference<>();
    private final Object building = new Object();

    @Resource(lookup = "java:jboss/datasources/TvsDS")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    /** The latest snapshot; builds the first one if there is none yet. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Dashboard latest() {
        Dashboard dashboard = latest.get();
        if (dashboard != null) {
            return dashboard;
        }
        synchronized (building) {
            return latest.get() != null ? latest.get() : build();
        }
    }

    @Schedule(hour = "*", minute = "*/" + REFRESH_MINUTES, persistent = false, info = "dashboard snapshot")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void refresh() {
        synchronized (building) {
            build();
        }
    }

    private Dashboard build() {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Dashboard dashboard = new DashboardBuilder().build(connection, clock.instant());
            latest.set(dashboard);
            LOG.fine(() -> "Dashboard snapshot built in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return dashboard;
        } catch (SQLException e) {
            throw new IllegalStateException("the overview could not be read: " + e.getMessage(), e);
        }
    }
}
