package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.usecase.task.TaskSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.*;
import static org.assertj.core.api.Assertions.assertThat;

class MilestoneRoadTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void shouldShowThePassedStepsTheOpenOneAndTheRoadAfterIt() {
        MilestoneRoad road = MilestoneRoad.of(status(ApplicationStatusView.IN_PROGRESS, List.of(VERIFY_ALB_DECISION),
                APPLICATION_SUBMITTED, RUN_AUTOMATED_CHECKS, "sendReminder"));

        assertThat(road.passed()).extracting(Milestone::elementId).containsExactly(APPLICATION_SUBMITTED, RUN_AUTOMATED_CHECKS);
        assertThat(road.current()).containsExactly(VERIFY_ALB_DECISION);
        assertThat(road.ahead()).startsWith(REGISTER_APPLICATION, ISSUE_SERVICE_UUIDS).endsWith(AWAIT_CONNECTION_TERMINATION)
                .doesNotContain(APPLICATION_SUBMITTED, RUN_AUTOMATED_CHECKS, VERIFY_ALB_DECISION);
    }

    @Test
    void shouldNotListAnOpenStepOfTheRoadAsAheadToo() {
        MilestoneRoad road = MilestoneRoad.of(status(ApplicationStatusView.IN_PROGRESS, List.of(ASSESS_CHECKLIST),
                APPLICATION_SUBMITTED, RUN_AUTOMATED_CHECKS, REGISTER_APPLICATION, ISSUE_SERVICE_UUIDS,
                ARRANGE_DIGID_CONNECTION, DELIVER_TEST_ACCOUNTS, ACKNOWLEDGE_TEST_ACCOUNTS));

        assertThat(road.current()).containsExactly(ASSESS_CHECKLIST);
        assertThat(road.ahead()).startsWith(APPROVE_PREPRODUCTION).doesNotContain(ASSESS_CHECKLIST);
    }

    @Test
    void shouldShowNothingAheadOnceTheApplicationHasEnded() {
        MilestoneRoad road = MilestoneRoad.of(status(ConnectionRequestModel.Status.WITHDRAWN, List.of(),
                APPLICATION_SUBMITTED, APPLICATION_WITHDRAWN));

        assertThat(road.passed()).extracting(Milestone::elementId).containsExactly(APPLICATION_SUBMITTED, APPLICATION_WITHDRAWN);
        assertThat(road.current()).isEmpty();
        assertThat(road.ahead()).isEmpty();
    }

    private static ApplicationStatusView status(String status, List<String> open, String... passed) {
        List<TaskSummary> tasks = open.stream().map(key -> new TaskSummary("t-" + key, "TVS-2026-00001", key, key, AT, null)).toList();
        List<Milestone> milestones = java.util.Arrays.stream(passed).map(id -> new Milestone(id, AT)).toList();
        return new ApplicationStatusView("TVS-2026-00001", AT, 1, status, WaitingFor.DICTU, tasks, milestones);
    }
}
