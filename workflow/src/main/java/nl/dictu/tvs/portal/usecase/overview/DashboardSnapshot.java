package nl.dictu.tvs.portal.usecase.overview;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * The dashboard as of its last refresh: built in the background every {@value #REFRESH_MINUTES}
 * minutes, so a reviewer opening the page reads a finished snapshot (with its "as of" time)
 * instead of waiting while the engine's history is aggregated. Every build is stored (table
 * {@code dashboard_snapshot}, {@link StoredDashboard}), so after a start the node serves the stored one at once and
 * builds a new one in the background (a timer, so the start does not wait for it either); only the very first
 * request on a database that never had a dashboard waits for a build. A refresh still running makes the next one
 * wait its turn.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DashboardSnapshot {

    /** How long after the start the first snapshot is built: the deployment has finished by then. */
    static final long FIRST_BUILD_DELAY_MILLIS = 1_000;

    public static final int REFRESH_MINUTES = 5;
    private static final Logger LOG = Logger.getLogger(DashboardSnapshot.class.getName());

    private final AtomicReference<Dashboard> latest = new AtomicReference<>();
    private final Object building = new Object();

    @Resource(lookup = "java:jboss/datasources/TvsDS")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @Resource
    private TimerService timers;

    @PostConstruct
    void scheduleFirstBuild() {
        timers.createSingleActionTimer(FIRST_BUILD_DELAY_MILLIS, new TimerConfig("first dashboard snapshot", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void buildFirst() {
        stored(); // served while the new one is built
        refresh();
    }

    /** The latest snapshot: this node's, else the stored one; builds the first one if there is none at all. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Dashboard latest() {
        Dashboard dashboard = latest.get();
        if (dashboard != null) {
            return dashboard;
        }
        synchronized (building) {
            if (latest.get() != null) {
                return latest.get();
            }
            return stored().orElseGet(this::build);
        }
    }

    @Schedule(hour = "*", minute = "*/" + REFRESH_MINUTES, persistent = false, info = "dashboard snapshot")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void refresh() {
        synchronized (building) {
            build();
        }
    }

    /** The stored dashboard, now also this node's latest, if there is one. */
    private Optional<Dashboard> stored() {
        try (Connection connection = dataSource.getConnection()) {
            Optional<Dashboard> stored = StoredDashboard.read(connection);
            stored.ifPresent(dashboard -> latest.compareAndSet(null, dashboard));
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException("the stored overview could not be read: " + e.getMessage(), e);
        }
    }

    private Dashboard build() {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Dashboard dashboard = new DashboardBuilder().build(connection, clock.instant());
            latest.set(dashboard);
            StoredDashboard.write(connection, dashboard);
            LOG.fine(() -> "Dashboard snapshot built in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return dashboard;
        } catch (SQLException e) {
            throw new IllegalStateException("the overview could not be read: " + e.getMessage(), e);
        }
    }
}
