package nl.dictu.tvs.portal.usecase.overview;

import nl.dictu.tvs.portal.generator.GeneratedDatabase;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview's figures on generated data, checked against the engine's own API. */
class OverviewOnGeneratedDataTest {

    private static ServiceTestBed bed;
    private static Dashboard dashboard;
    private static final Instant NOW = Instant.now();

    @BeforeAll
    static void build() throws SQLException {
        bed = GeneratedDatabase.bed();
        try (Connection connection = bed.dataSource.getConnection()) {
            dashboard = new DashboardBuilder().build(connection, NOW);
        }
    }

    @Test
    void shouldCountRunningApplicationsPerPhaseAsTheEngineSeesThem() {
        Map<Phase, Long> expected = new EnumMap<>(Phase.class);
        for (ProcessInstance instance : bed.engine.getRuntimeService().createProcessInstanceQuery().list()) {
            List<String> active = bed.engine.getRuntimeService().getActiveActivityIds(instance.getId());
            Phase.ofNumber(active.stream().mapToInt(OverviewOnGeneratedDataTest::phaseOf).max().orElse(0))
                    .ifPresent(p -> expected.merge(p, 1L, Long::sum));
        }

        assertThat(dashboard.live()).isEqualTo(expected.get(Phase.LIVE)).isPositive();
        for (Phase phase : Phase.values()) {
            if (phase != Phase.LIVE) {
                assertThat(dashboard.openPerPhase().get(phase)).as(phase.name()).isEqualTo(expected.getOrDefault(phase, 0L));
            }
        }
        assertThat(dashboard.open()).isPositive();
    }

    @Test
    void shouldSplitOpenApplicationsByWhoseMoveItIs() {
        List<Task> tasks = bed.engine.getTaskService().createTaskQuery().list();
        Set<String> applicant = new HashSet<>();
        Set<String> reviewer = new HashSet<>();
        for (Task task : tasks) {
            (ConnectionRequestModel.APPLICANT_TASKS.contains(task.getTaskDefinitionKey()) ? applicant : reviewer)
                    .add(task.getProcessInstanceId());
        }
        reviewer.removeAll(applicant);

        assertThat(dashboard.waitingOnApplicant()).isEqualTo(applicant.size()).isPositive();
        assertThat(dashboard.waitingOnDictu()).isEqualTo(reviewer.size()).isPositive();
    }

    @Test
    void shouldGiveRealisticLeadTimesForThePhasesCompletedInTheLastNinetyDays() {
        PhaseLeadTime registration = line(Phase.REGISTRATION);

        assertThat(registration.completed()).isPositive();
        assertThat(registration.median()).isBetween(Duration.ofHours(6), Duration.ofDays(10));
        assertThat(registration.p90()).isGreaterThanOrEqualTo(registration.median());
        assertThat(line(Phase.PRODUCTION).median()).isNotNull().isGreaterThan(Duration.ofDays(14));
        assertThat(dashboard.leadTimeDays()).isEqualTo(90);
    }

    @Test
    void shouldListReviewerTasksPastTheirFiveWorkingDaysOldestFirst() {
        Instant cutoff = OverdueCutoff.before(NOW, new WorkingDays());
        long expected = bed.engine.getTaskService().createTaskQuery().taskCandidateGroup(ConnectionRequestModel.REVIEWER_GROUP)
                .taskCreatedBefore(java.util.Date.from(cutoff)).count();

        assertThat(dashboard.overdueCount()).isEqualTo(expected).isPositive();
        assertThat(dashboard.overdue()).isNotEmpty().isSortedAccordingTo((a, b) -> a.created().compareTo(b.created()))
                .allSatisfy(t -> {
                    assertThat(t.reference()).startsWith("TVS-");
                    assertThat(ConnectionRequestModel.REVIEWER_TASKS).contains(t.taskKey());
                });
    }

    @Test
    void shouldCountGoLivesPerMonthOverTwelveMonths() {
        long goLives = bed.engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(ConnectionRequestModel.AWAIT_CONNECTION_TERMINATION).list().stream()
                .filter(a -> !a.getStartTime().toInstant().isBefore(dashboard.goLivesPerMonth().get(0).month()
                        .atDay(1).atStartOfDay(WorkingDays.ZONE).toInstant()))
                .count();

        assertThat(dashboard.goLivesPerMonth()).hasSize(12);
        assertThat(dashboard.goLivesPerMonth().stream().mapToLong(MonthCount::count).sum()).isEqualTo(goLives).isPositive();
    }

    @Test
    void shouldExportEveryApplicationAsCsvWithBomHeaderAndLabels() throws SQLException {
        StringWriter out = new StringWriter();
        long written;
        try (Connection connection = bed.dataSource.getConnection()) {
            written = new ApplicationListCsv(key -> "[" + key + "]").write(connection, out);
        }
        long applications = bed.engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        String[] lines = out.toString().split("\r\n");

        assertThat(written).isEqualTo(applications);
        assertThat(lines).hasSize((int) applications + 1);
        assertThat(lines[0]).startsWith("\uFEFF[overview.csv.reference];[overview.csv.organisation];[overview.csv.oin]");
        assertThat(lines).filteredOn(l -> l.contains("[overview.status.live]")).isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains("[overview.phase.LIVE]").matches(".*;\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$"));
        assertThat(lines).filteredOn(l -> l.contains("[overview.status.rejected]")).isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains(";;[overview.waitingFor.NOBODY];"));
        assertThat(lines).filteredOn(l -> l.contains("[overview.waitingFor.APPLICANT]")).isNotEmpty();
    }

    @Test
    void shouldServeTheSameDashboardFromItsStoredCopyAndNeverReplaceANewerOne() throws SQLException {
        Dashboard older = new Dashboard(NOW.minus(Duration.ofMinutes(5)), dashboard.openPerPhase(), 0, 0, 0,
                List.of(new PhaseLeadTime(Phase.LIVE, 0, null, null)), 90, 0, List.of(), List.of());
        try (Connection connection = bed.dataSource.getConnection()) {
            StoredDashboard.write(connection, dashboard);
            StoredDashboard.write(connection, older);

            assertThat(StoredDashboard.read(connection)).contains(dashboard);
        }
        assertThat(dashboard.overdue()).as("the stored copy carries the listed tasks too").isNotEmpty();
        assertThat(DashboardJson.read(DashboardJson.write(older))).isEqualTo(older);
    }

    private static PhaseLeadTime line(Phase phase) {
        return dashboard.leadTimes().stream().filter(l -> l.phase() == phase).findFirst().orElseThrow();
    }

    private static int phaseOf(String activityId) {
        for (Phase phase : Phase.values()) {
            if (phase.activities().contains(activityId)) {
                return phase.number();
            }
        }
        return 0;
    }
}
