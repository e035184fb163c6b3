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
import java.time.Clock;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The dashboard as of its last refresh: built in the background every {@value #REFRESH_MINUTES}
 * minutes, so a reviewer opening the page reads a finished snapshot (with its "as of" time)
 * instead of waiting while the engine's history is aggregated. Of the nodes of a cluster one builds per period (the
 * one that takes the claim in table {@code dashboard_snapshot}) and stores it; every node adopts a newer stored one
 * within {@value #ADOPT_SECONDS} seconds ({@link DashboardNode}). After a start the node serves the stored one at once
 * and builds in the background if that one is of an earlier period (a timer, so the start does not wait); only the
 * very first request on a database that never had a dashboard waits for a build.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DashboardSnapshot {

    /** How long after the start the first snapshot is built: the deployment has finished by then. */
    static final long FIRST_BUILD_DELAY_MILLIS = 1_000;

    public static final int REFRESH_MINUTES = 5;
    static final int ADOPT_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(DashboardSnapshot.class.getName());

    @Resource(lookup = "java:jboss/datasources/TvsDS")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @Resource
    private TimerService timers;

    private DashboardNode node;

    @PostConstruct
    void scheduleFirstBuild() {
        String name = System.getProperty("jboss.node.name", "node");
        node = new DashboardNode(dataSource, clock, new DashboardBuilder()::build, name + "/" + UUID.randomUUID());
        timers.createSingleActionTimer(FIRST_BUILD_DELAY_MILLIS, new TimerConfig("first dashboard snapshot", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void buildFirst() {
        node.adopt(); // served while a new one is built
        node.refresh();
    }

    /** The latest snapshot: this node's, else the stored one; builds the first one if there is none at all. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Dashboard latest() {
        return node.latest();
    }

    @Schedule(hour = "*", minute = "*/" + REFRESH_MINUTES, persistent = false, info = "dashboard snapshot")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void refresh() {
        try {
            node.refresh();
        } catch (RuntimeException e) {
            LOG.severe(() -> "The dashboard could not be refreshed; the next five minutes try again: " + e);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/" + ADOPT_SECONDS, persistent = false, info = "dashboard adoption")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void adopt() {
        try {
            node.adopt();
        } catch (RuntimeException e) {
            LOG.warning(() -> "The stored dashboard could not be read; tried again in " + ADOPT_SECONDS + " s: " + e);
        }
    }
}
