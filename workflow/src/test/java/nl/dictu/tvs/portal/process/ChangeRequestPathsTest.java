package nl.dictu.tvs.portal.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static nl.dictu.tvs.portal.process.ChangeRequestModel.*;
import static nl.dictu.tvs.portal.process.ChangeRequestModel.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Every path of the change-request model on an in-memory engine: fast lane applied automatically or after one
 * reviewer's confirmation, reviewed with four eyes, refused by either reviewer, overdue and withdrawn. The coverage
 * extension fails the class unless together its tests take every flow node and sequence flow of the model.
 */
@Deployment(resources = ChangeRequestModel.RESOURCE)
class ChangeRequestPathsTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder(ProcessTestEngine.configuration("change-request-paths"))
            .assertClassCoverageAtLeast(1.0)
            .build();

    /** Thursday before King's Day 2026, so five working days end on Friday 1 May (27 April is a holiday). */
    private static final ZonedDateTime T0 = ZonedDateTime.of(2026, 4, 23, 10, 0, 0, 0, WorkingDays.ZONE);
    private static final String ASSESSOR = "beoordelaar";
    private static final String APPROVER = "beoordelaar2";

    ProcessEngine processEngine;

    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(T0.toInstant()));
        Mocks.register(Delegates.AUTOMATIC_APPROVAL, (JavaDelegate) execution -> steps.add(APPROVE_CHANGE_AUTOMATICALLY));
        Mocks.register(Delegates.APPLICATION, (JavaDelegate) execution -> steps.add(APPLY_CHANGE));
        Mocks.register(Delegates.CONFIRMATION, (JavaDelegate) execution -> steps.add(CONFIRM_CHANGE_APPLIED));
        Mocks.register(Delegates.REFUSAL, (JavaDelegate) execution -> steps.add(NOTIFY_CHANGE_REFUSED));
        Mocks.register(Delegates.NOTIFICATION, (JavaDelegate) execution -> steps.add(execution.getCurrentActivityId()
                + ":" + execution.getVariableLocal(ConnectionRequestModel.Variables.TEMPLATE_KEY)));
        Mocks.register(ConnectionRequestModel.Delegates.WORKING_DAYS, new WorkingDays());
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void shouldApplyAFastLaneChangeAtOnceWhenTheAdminSettingAllowsIt() {
        ProcessInstance instance = start(true, true);

        assertThat(instance).isWaitingAt(LOAD_INTO_TVS).hasNotPassed(REVIEW_CHANGE, CONFIRM_CHANGE);
        assertThat(steps).containsExactly(APPROVE_CHANGE_AUTOMATICALLY, APPLY_CHANGE, CONFIRM_CHANGE_APPLIED);

        complete(instance, LOAD_INTO_TVS, ASSESSOR, Map.of());

        assertThat(instance).isEnded().hasPassed(CHANGE_APPLIED);
    }

    @Test
    void shouldApplyAFastLaneChangeAfterOneReviewersConfirmation() {
        ProcessInstance instance = start(true, false);
        assertThat(instance).isWaitingAt(CONFIRM_CHANGE);
        assertThat(task(instance, CONFIRM_CHANGE)).hasCandidateGroup(ConnectionRequestModel.REVIEWER_GROUP);

        complete(instance, CONFIRM_CHANGE, ASSESSOR, Map.of(CHANGE_ACCEPTED, true));

        assertThat(instance).isWaitingAt(LOAD_INTO_TVS).hasPassedInOrder(CONFIRM_CHANGE, APPLY_CHANGE, CONFIRM_CHANGE_APPLIED)
                .hasNotPassed(ASSESS_CHANGE, APPROVE_CHANGE, APPROVE_CHANGE_AUTOMATICALLY);
        assertThat(instance).variables().containsEntry(CHANGE_ASSESSED_BY, ASSESSOR);
        assertThat(steps).containsExactly(APPLY_CHANGE, CONFIRM_CHANGE_APPLIED);
    }

    @Test
    void shouldRefuseAFastLaneChangeTheReviewerDoesNotConfirm() {
        ProcessInstance instance = start(true, false);

        complete(instance, CONFIRM_CHANGE, ASSESSOR, Map.of(CHANGE_ACCEPTED, false));

        assertThat(instance).isEnded().hasPassed(CHANGE_REFUSED).hasNotPassed(APPLY_CHANGE);
        assertThat(steps).containsExactly(NOTIFY_CHANGE_REFUSED);
    }

    @Test
    void shouldReviewEveryOtherChangeWithFourEyesEvenWhenTheSettingAllowsAutomaticChanges() {
        ProcessInstance instance = start(false, true);
        assertThat(instance).isWaitingAt(ASSESS_CHANGE);

        complete(instance, ASSESS_CHANGE, ASSESSOR, Map.of(CHANGE_ACCEPTED, true));
        assertThat(instance).isWaitingAt(APPROVE_CHANGE);
        assertThatThrownBy(() -> complete(instance, APPROVE_CHANGE, ASSESSOR, Map.of(CHANGE_ACCEPTED, true)))
                .hasStackTraceContaining("Four-eyes rule");
        assertThat(instance).isWaitingAt(APPROVE_CHANGE);
        complete(instance, APPROVE_CHANGE, APPROVER, Map.of(CHANGE_ACCEPTED, true));

        assertThat(instance).isWaitingAt(LOAD_INTO_TVS).hasPassedInOrder(ASSESS_CHANGE, APPROVE_CHANGE, APPLY_CHANGE)
                .hasNotPassed(APPROVE_CHANGE_AUTOMATICALLY, CONFIRM_CHANGE);
        assertThat(instance).variables().containsEntry(CHANGE_ASSESSED_BY, ASSESSOR).containsEntry(CHANGE_APPROVED_BY, APPROVER);
    }

    @Test
    void shouldRefuseAChangeTheAssessorRejects() {
        ProcessInstance instance = start(false, false);

        complete(instance, ASSESS_CHANGE, ASSESSOR, Map.of(CHANGE_ACCEPTED, false));

        assertThat(instance).isEnded().hasPassed(CHANGE_REFUSED).hasNotPassed(APPROVE_CHANGE, APPLY_CHANGE);
        assertThat(steps).containsExactly(NOTIFY_CHANGE_REFUSED);
    }

    @Test
    void shouldRefuseAChangeTheSecondReviewerRejects() {
        ProcessInstance instance = start(false, false);
        complete(instance, ASSESS_CHANGE, ASSESSOR, Map.of(CHANGE_ACCEPTED, true));

        complete(instance, APPROVE_CHANGE, APPROVER, Map.of(CHANGE_ACCEPTED, false));

        assertThat(instance).isEnded().hasPassed(CHANGE_REFUSED).hasNotPassed(APPLY_CHANGE);
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(CHANGE_APPROVED_BY).count()).isZero();
    }

    @Test
    void shouldEscalateToTheReviewersOnTheDueDateAndKeepWaiting() {
        ProcessInstance instance = start(false, false);
        Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(REVIEW_ESCALATION_TIMER).singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(ZonedDateTime.of(2026, 5, 1, 10, 0, 0, 0, WorkingDays.ZONE).toInstant()));

        ClockUtil.setCurrentTime(timer.getDuedate());
        processEngine.getManagementService().executeJob(timer.getId());
        runAsyncContinuations(instance);

        assertThat(instance).isWaitingAt(ASSESS_CHANGE).hasPassed(ESCALATE_REVIEW_CHANGE, REVIEW_ESCALATED);
        assertThat(steps).containsExactly(ESCALATE_REVIEW_CHANGE + ":" + ConnectionRequestModel.Notifications.REVIEWER_TASK_ESCALATED);
    }

    @Test
    void shouldEndWithoutChangingAnythingWhenTheApplicantWithdraws() {
        ProcessInstance instance = start(true, false);

        processEngine.getRuntimeService().createMessageCorrelation(Messages.CHANGE_WITHDRAWN)
                .processInstanceBusinessKey(instance.getBusinessKey()).correlateWithResult();

        assertThat(instance).isEnded().hasPassed(CHANGE_WITHDRAWN, CHANGE_WITHDRAWN_END).hasNotPassed(APPLY_CHANGE);
        assertThat(steps).isEmpty();
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    private ProcessInstance start(boolean fastLane, boolean automatic) {
        ProcessInstance instance = processEngine.getRuntimeService().createProcessInstanceByKey(PROCESS_KEY)
                .businessKey("TVS-2026-00001-W1")
                .setVariables(Map.of(CHANGE_REQUEST_ID, 7L, APPLICATION_ID, 1L, ORGANISATION_OIN, "00000099123456789000",
                        FAST_LANE, fastLane, AUTOMATIC, automatic))
                .execute();
        runAsyncContinuations(instance);
        return instance;
    }

    private void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> variables) {
        processEngine.getIdentityService().setAuthenticatedUserId(user);
        try {
            processEngine.getTaskService().complete(task(instance, taskKey).getId(), variables);
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
        runAsyncContinuations(instance);
    }

    private Task task(ProcessInstance instance, String taskKey) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).singleResult();
    }

    private void runAsyncContinuations(ProcessInstance instance) {
        AsyncContinuations.run(processEngine, instance);
    }
}
