package nl.dictu.tvs.portal.usecase.overview;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BinaryOperator;
import java.util.logging.Logger;

/**
 * One node's dashboard, shared with the other nodes through {@link StoredDashboard}. The refresh periods are the
 * wall clock's {@link #REFRESH} slices (12:00, 12:05, ...); per period the node that takes the claim builds and stores,
 * and the others adopt the stored one, so every node serves the same "as of". A claim expires after {@link #LEASE}:
 * when its node died mid-build, the first refresh after that builds on another node.
 */
final class DashboardNode {

    static final Duration REFRESH = Duration.ofMinutes(DashboardSnapshot.REFRESH_MINUTES);
    /** Longer than the slowest build (minutes at 100,000 applications); a node that died blocks the builds this long. */
    static final Duration LEASE = Duration.ofMinutes(15);

    private static final Logger LOG = Logger.getLogger(DashboardNode.class.getName());
    private static final BinaryOperator<Dashboard> NEWER = (a, b) -> a == null || b.at().isAfter(a.at()) ? b : a;

    /** Aggregates the dashboard as of {@code at} ({@link DashboardBuilder#build}). */
    @FunctionalInterface
    interface Builder {
        Dashboard build(Connection connection, Instant at) throws SQLException;
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final Builder builder;
    private final String holder;
    private final AtomicReference<Dashboard> latest = new AtomicReference<>();
    private final Object building = new Object();

    /** @param holder this node in the claim: unique per node and start (the claim is only released by its holder) */
    DashboardNode(DataSource dataSource, Clock clock, Builder builder, String holder) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.builder = builder;
        this.holder = holder;
    }

    /**
     * This node's latest dashboard, else the stored one; on a database that never had one, this call builds it (under
     * the claim if it can take it; if another node holds it, both build this once).
     */
    Dashboard latest() {
        Dashboard dashboard = latest.get();
        if (dashboard != null) {
            return dashboard;
        }
        synchronized (building) {
            if (latest.get() != null) {
                return latest.get();
            }
            try (Connection connection = dataSource.getConnection()) {
                Optional<Dashboard> stored = adopt(connection);
                if (stored.isPresent()) {
                    return stored.get();
                }
                Instant now = clock.instant();
                return build(connection, now, claim(connection, now));
            } catch (SQLException e) {
                throw new IllegalStateException("the overview could not be read: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Builds and stores the dashboard of the current period if this node takes the claim; otherwise (built or being
     * built elsewhere) adopts the stored one if newer. A refresh still running on this node makes the next one wait.
     *
     * @return whether this node built
     */
    boolean refresh() {
        synchronized (building) {
            try (Connection connection = dataSource.getConnection()) {
                Instant now = clock.instant();
                if (!claim(connection, now)) {
                    adopt(connection);
                    return false;
                }
                build(connection, now, true);
                return true;
            } catch (SQLException e) {
                throw new IllegalStateException("the overview could not be refreshed: " + e.getMessage(), e);
            }
        }
    }

    /** Takes the stored dashboard when it is newer than this node's (reads only its time otherwise). */
    void adopt() {
        try (Connection connection = dataSource.getConnection()) {
            adopt(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("the stored overview could not be read: " + e.getMessage(), e);
        }
    }

    private Optional<Dashboard> adopt(Connection connection) throws SQLException {
        Dashboard own = latest.get();
        Optional<Instant> builtAt = StoredDashboard.builtAt(connection);
        if (builtAt.isPresent() && (own == null || builtAt.get().isAfter(own.at()))) {
            StoredDashboard.read(connection).ifPresent(stored -> latest.accumulateAndGet(stored, NEWER));
        }
        return Optional.ofNullable(latest.get());
    }

    private boolean claim(Connection connection, Instant now) throws SQLException {
        return StoredDashboard.claim(connection, holder, now, now.plus(LEASE), periodStart(now));
    }

    /** Builds and stores the dashboard as of {@code now}, then frees the claim if this node holds it. */
    private Dashboard build(Connection connection, Instant now, boolean claimed) throws SQLException {
        long start = System.nanoTime();
        try {
            Dashboard dashboard = builder.build(connection, now);
            latest.accumulateAndGet(dashboard, NEWER);
            StoredDashboard.write(connection, dashboard);
            LOG.fine(() -> "Dashboard snapshot built in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return dashboard;
        } finally {
            if (claimed) {
                StoredDashboard.release(connection, holder);
            }
        }
    }

    /** The start of the refresh period {@code now} lies in. */
    static Instant periodStart(Instant now) {
        long seconds = now.getEpochSecond();
        return Instant.ofEpochSecond(seconds - Math.floorMod(seconds, REFRESH.toSeconds()));
    }
}
