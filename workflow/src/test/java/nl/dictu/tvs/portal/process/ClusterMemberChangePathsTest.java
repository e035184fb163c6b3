package nl.dictu.tvs.portal.process;

import nl.dictu.tvs.portal.domain.change.ChangeLane;
import nl.dictu.tvs.portal.domain.change.MemberChangeAction;
import nl.dictu.tvs.portal.usecase.change.MemberChangeRules;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.dictu.tvs.portal.process.ChangeRequestModel.*;
import static nl.dictu.tvs.portal.process.ChangeRequestModel.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * A served organisation of a supplier's cluster connection added and removed by a change request, through the same
 * model as every change request, started on the route {@link MemberChangeRules#lane} gives it: an addition is reviewed
 * with four eyes even when the admin's setting applies fast-lane changes at once; a removal takes the fast lane.
 */
@Deployment(resources = ChangeRequestModel.RESOURCE)
class ClusterMemberChangePathsTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder(ProcessTestEngine.configuration("cluster-member-change-paths"))
            .build();

    private static final String ASSESSOR = "beoordelaar";
    private static final String APPROVER = "beoordelaar2";
    private static final long ADDITION_ID = 11L;
    private static final long REMOVAL_ID = 12L;

    ProcessEngine processEngine;

    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        Mocks.register(Delegates.AUTOMATIC_APPROVAL, step(APPROVE_CHANGE_AUTOMATICALLY));
        Mocks.register(Delegates.APPLICATION, step(APPLY_CHANGE));
        Mocks.register(Delegates.CONFIRMATION, step(CONFIRM_CHANGE_APPLIED));
        Mocks.register(Delegates.REFUSAL, step(NOTIFY_CHANGE_REFUSED));
        Mocks.register(Delegates.NOTIFICATION, step("notification"));
        Mocks.register(ConnectionRequestModel.Delegates.WORKING_DAYS, new WorkingDays());
    }

    /** Each step with the change request it ran for, as the real delegates read it from the variables. */
    private JavaDelegate step(String name) {
        return execution -> steps.add(name + ":" + execution.getVariable(CHANGE_REQUEST_ID));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void shouldConnectAServedOrganisationOnlyAfterTwoReviewersApprovedItEvenWithTheAutomaticSettingOn() {
        ProcessInstance instance = start("TVS-2026-00007-W2", ADDITION_ID, MemberChangeAction.ADD, true);
        assertThat(instance).isWaitingAt(ASSESS_CHANGE).hasNotPassed(APPROVE_CHANGE_AUTOMATICALLY);

        complete(instance, ASSESS_CHANGE, ASSESSOR, Map.of(CHANGE_ACCEPTED, true));
        assertThat(instance).isWaitingAt(APPROVE_CHANGE);
        assertThat(steps).isEmpty();
        complete(instance, APPROVE_CHANGE, APPROVER, Map.of(CHANGE_ACCEPTED, true));

        assertThat(instance).isWaitingAt(LOAD_INTO_TVS).hasPassedInOrder(ASSESS_CHANGE, APPROVE_CHANGE, APPLY_CHANGE,
                CONFIRM_CHANGE_APPLIED);
        assertThat(instance).variables().containsEntry(CHANGE_ASSESSED_BY, ASSESSOR).containsEntry(CHANGE_APPROVED_BY, APPROVER);
        assertThat(steps).containsExactly(APPLY_CHANGE + ":" + ADDITION_ID, CONFIRM_CHANGE_APPLIED + ":" + ADDITION_ID);

        complete(instance, LOAD_INTO_TVS, ASSESSOR, Map.of());
        assertThat(instance).isEnded().hasPassed(CHANGE_APPLIED);
    }

    @Test
    void shouldRefuseAnAdditionTheSecondReviewerRejectsWithoutConnectingAnything() {
        ProcessInstance instance = start("TVS-2026-00007-W3", ADDITION_ID, MemberChangeAction.ADD, false);
        complete(instance, ASSESS_CHANGE, ASSESSOR, Map.of(CHANGE_ACCEPTED, true));

        complete(instance, APPROVE_CHANGE, APPROVER, Map.of(CHANGE_ACCEPTED, false));

        assertThat(instance).isEnded().hasPassed(CHANGE_REFUSED).hasNotPassed(APPLY_CHANGE);
        assertThat(steps).containsExactly(NOTIFY_CHANGE_REFUSED + ":" + ADDITION_ID);
    }

    @Test
    void shouldDisconnectAServedOrganisationAfterOneReviewersConfirmation() {
        ProcessInstance instance = start("TVS-2026-00007-W4", REMOVAL_ID, MemberChangeAction.REMOVE, false);
        assertThat(instance).isWaitingAt(CONFIRM_CHANGE);

        complete(instance, CONFIRM_CHANGE, ASSESSOR, Map.of(CHANGE_ACCEPTED, true));

        assertThat(instance).isWaitingAt(LOAD_INTO_TVS).hasPassedInOrder(CONFIRM_CHANGE, APPLY_CHANGE, CONFIRM_CHANGE_APPLIED)
                .hasNotPassed(ASSESS_CHANGE, APPROVE_CHANGE);
        assertThat(steps).containsExactly(APPLY_CHANGE + ":" + REMOVAL_ID, CONFIRM_CHANGE_APPLIED + ":" + REMOVAL_ID);
    }

    @Test
    void shouldDisconnectAServedOrganisationAtOnceWhenTheAdminSettingAllowsFastLaneChanges() {
        ProcessInstance instance = start("TVS-2026-00007-W5", REMOVAL_ID, MemberChangeAction.REMOVE, true);

        assertThat(instance).isWaitingAt(LOAD_INTO_TVS).hasNotPassed(REVIEW_CHANGE, CONFIRM_CHANGE);
        assertThat(steps).containsExactly(APPROVE_CHANGE_AUTOMATICALLY + ":" + REMOVAL_ID, APPLY_CHANGE + ":" + REMOVAL_ID,
                CONFIRM_CHANGE_APPLIED + ":" + REMOVAL_ID);
    }

    /** As the service starts it: the route from the rules, automatic only in the fast lane with the setting on. */
    private ProcessInstance start(String businessKey, long changeRequestId, MemberChangeAction action, boolean settingOn) {
        boolean fastLane = MemberChangeRules.lane(action) == ChangeLane.FAST;
        ProcessInstance instance = processEngine.getRuntimeService().createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(businessKey)
                .setVariables(Map.of(CHANGE_REQUEST_ID, changeRequestId, APPLICATION_ID, 7L,
                        ORGANISATION_OIN, "00000099444444440000", FAST_LANE, fastLane, AUTOMATIC, fastLane && settingOn))
                .execute();
        runAsyncContinuations(instance);
        return instance;
    }

    private void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> variables) {
        processEngine.getIdentityService().setAuthenticatedUserId(user);
        try {
            processEngine.getTaskService().complete(processEngine.getTaskService().createTaskQuery()
                    .processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult().getId(), variables);
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
        runAsyncContinuations(instance);
    }

    private void runAsyncContinuations(ProcessInstance instance) {
        AsyncContinuations.run(processEngine, instance);
    }
}
