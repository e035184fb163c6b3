package nl.dictu.tvs.portal.usecase.overview;

import nl.dictu.tvs.portal.persistence.SchemaMigrator;
import nl.dictu.tvs.portal.testbed.MutableClock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two nodes on one database: per refresh period one of them builds the dashboard, the other adopts it. */
class DashboardNodeTest {

    private static final Instant PERIOD = Instant.parse("2026-12-04T12:05:00Z");

    private final JdbcDataSource dataSource = migratedDatabase();
    /** The moments every build of either node was asked for, in order. */
    private final List<Instant> builds = new CopyOnWriteArrayList<>();
    private final ExecutorService nodes = Executors.newFixedThreadPool(2);

    @AfterEach
    void close() {
        nodes.shutdownNow();
    }

    private static JdbcDataSource migratedDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:dashboard-node-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrator.migrate(dataSource);
        return dataSource;
    }

    private DashboardNode node(String name, MutableClock clock) {
        return node(name, clock, (connection, at) -> {
            builds.add(at);
            return dashboard(at);
        });
    }

    private DashboardNode node(String name, MutableClock clock, DashboardNode.Builder builder) {
        return new DashboardNode(dataSource, clock, builder, name + "/" + UUID.randomUUID());
    }

    private static Dashboard dashboard(Instant at) {
        Map<Phase, Long> perPhase = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            perPhase.put(phase, 1L);
        }
        return new Dashboard(at, perPhase, 0, 0, 0, List.of(new PhaseLeadTime(Phase.LIVE, 0, null, null)), 90, 0,
                List.of(), List.of());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static MutableClock at(Instant instant) {
        return new MutableClock(instant);
    }

    @Test
    void shouldLetOnlyOneOfTwoNodesBuildWhileTheOtherIsBuildingInTheSamePeriod() throws Exception {
        CountDownLatch firstBuilding = new CountDownLatch(1);
        CountDownLatch secondTried = new CountDownLatch(1);
        DashboardNode first = node("node1", at(PERIOD.plusMillis(20)), (connection, at) -> {
            builds.add(at);
            firstBuilding.countDown();
            await(secondTried);
            return dashboard(at);
        });
        DashboardNode second = node("node2", at(PERIOD.plusMillis(40)));

        // given the first node has claimed this period's build and is building
        Future<Boolean> firstBuilt = nodes.submit(first::refresh);
        assertThat(firstBuilding.await(30, TimeUnit.SECONDS)).isTrue();

        // when the second node's refresh of the same period comes meanwhile
        boolean secondBuilt = second.refresh();
        secondTried.countDown();

        // then only the first one builds
        assertThat(firstBuilt.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(secondBuilt).isFalse();
        assertThat(builds).containsExactly(PERIOD.plusMillis(20));
    }

    @Test
    void shouldBuildOncePerPeriodWhenTheOtherNodeRefreshesAfterTheBuildEnded() {
        MutableClock clock1 = at(PERIOD.plusMillis(10));
        MutableClock clock2 = at(PERIOD.plusSeconds(3));
        DashboardNode first = node("node1", clock1);
        DashboardNode second = node("node2", clock2);

        assertThat(first.refresh()).isTrue();
        assertThat(second.refresh()).as("the period's dashboard is stored").isFalse();

        // the next period: whichever comes first builds
        clock1.advance(DashboardNode.REFRESH);
        clock2.advance(DashboardNode.REFRESH);
        assertThat(second.refresh()).isTrue();
        assertThat(first.refresh()).isFalse();

        assertThat(builds).containsExactly(PERIOD.plusMillis(10), PERIOD.plusSeconds(3).plus(DashboardNode.REFRESH));
    }

    @Test
    void shouldLetAnotherNodeTakeOverTheClaimOfANodeThatDiedMidBuildOnceItsLeaseExpired() throws SQLException {
        // given a node claimed the build at the start of the period and died before it stored anything
        try (Connection connection = dataSource.getConnection()) {
            assertThat(StoredDashboard.claim(connection, "node1/dead", PERIOD, PERIOD.plus(DashboardNode.LEASE), PERIOD))
                    .isTrue();
        }
        MutableClock clock = at(PERIOD.plusSeconds(1));
        DashboardNode survivor = node("node2", clock);

        // then the survivor does not build while the lease runs (the next periods included)
        assertThat(survivor.refresh()).isFalse();
        clock.advance(DashboardNode.REFRESH);
        assertThat(survivor.refresh()).isFalse();
        assertThat(builds).isEmpty();

        // and builds in the first period after the lease
        clock.advance(DashboardNode.LEASE);
        assertThat(survivor.refresh()).isTrue();
        assertThat(builds).containsExactly(PERIOD.plusSeconds(1).plus(DashboardNode.REFRESH).plus(DashboardNode.LEASE));
    }

    @Test
    void shouldFreeTheClaimWhenABuildFails() {
        DashboardNode failing = node("node1", at(PERIOD.plusSeconds(1)), (connection, at) -> {
            throw new SQLException("statement timeout", "57014");
        });
        DashboardNode other = node("node2", at(PERIOD.plusSeconds(2)));

        assertThatThrownBy(failing::refresh).isInstanceOf(IllegalStateException.class).hasMessageContaining("statement timeout");

        assertThat(other.refresh()).isTrue();
        assertThat(builds).containsExactly(PERIOD.plusSeconds(2));
    }

    @Test
    void shouldLetTheOtherNodeAdoptTheNewerStoredDashboardAndNeverAnOlderOne() {
        MutableClock clock1 = at(PERIOD.plusSeconds(1));
        MutableClock clock2 = at(PERIOD.plusSeconds(2));
        DashboardNode first = node("node1", clock1);
        DashboardNode second = node("node2", clock2);
        assertThat(second.refresh()).isTrue();

        // when the first node builds the next period's
        clock1.advance(DashboardNode.REFRESH);
        assertThat(first.refresh()).isTrue();
        assertThat(second.latest().at()).as("before adopting").isEqualTo(PERIOD.plusSeconds(2));
        second.adopt();

        // then both serve it
        Instant next = PERIOD.plusSeconds(1).plus(DashboardNode.REFRESH);
        assertThat(second.latest().at()).isEqualTo(next);
        assertThat(first.latest().at()).isEqualTo(next);

        // and an older one stored meanwhile (a node whose lease had run out) neither replaces it nor is adopted
        try (Connection connection = dataSource.getConnection()) {
            StoredDashboard.write(connection, dashboard(PERIOD));
            assertThat(StoredDashboard.read(connection).orElseThrow().at()).isEqualTo(next);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        second.adopt();
        assertThat(second.latest().at()).isEqualTo(next);
    }

    @Test
    void shouldServeTheStoredDashboardAtOnceOnANodeThatStartsWithoutBuilding() {
        assertThat(node("node1", at(PERIOD.plusSeconds(1))).refresh()).isTrue();

        DashboardNode started = node("node2", at(PERIOD.plusSeconds(30)));

        assertThat(started.latest().at()).isEqualTo(PERIOD.plusSeconds(1));
        assertThat(builds).hasSize(1);
    }

    @Test
    void shouldBuildTheFirstDashboardForTheFirstRequestOnADatabaseThatNeverHadOne() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(StoredDashboard.read(connection)).isEmpty();
        }

        Dashboard first = node("node1", at(PERIOD.plusSeconds(1))).latest();

        assertThat(first.at()).isEqualTo(PERIOD.plusSeconds(1));
        assertThat(builds).containsExactly(PERIOD.plusSeconds(1));
        try (Connection connection = dataSource.getConnection()) {
            assertThat(StoredDashboard.read(connection)).contains(first);
        }
        assertThat(node("node2", at(PERIOD.plusSeconds(2))).refresh()).as("stored and the claim freed").isFalse();
        assertThat(node("node3", at(PERIOD.plus(DashboardNode.REFRESH))).refresh()).as("the claim freed").isTrue();
    }

    @Test
    void shouldCutTheClockIntoRefreshPeriods() {
        assertThat(DashboardNode.periodStart(Instant.parse("2026-12-04T12:09:59.999Z"))).isEqualTo(PERIOD);
        assertThat(DashboardNode.periodStart(PERIOD)).isEqualTo(PERIOD);
    }
}
