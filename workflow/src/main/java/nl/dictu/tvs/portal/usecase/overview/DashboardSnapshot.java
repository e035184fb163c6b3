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
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * The dashboard as of its last refresh: built in the background every {@value #REFRESH_MINUTES}
 * minutes, so a reviewer opening the page reads a finished snapshot (with its "as of" time)
 * instead of waiting while the engine's history is aggregated. The first one is built in the
 * background right after the start (a timer, so the start does not wait for it either); only a
 * request in the seconds before it is ready waits for it. A refresh still running makes the next
 * one wait its turn.
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
        if (latest.get() == null) {
            refresh();
        }
    }

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
