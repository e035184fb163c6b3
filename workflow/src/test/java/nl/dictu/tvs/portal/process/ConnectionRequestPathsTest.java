package nl.dictu.tvs.portal.process;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.*;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Every path of the connection-request model on an in-memory engine. The coverage extension fails
 * the class unless together its tests take every flow node and every sequence flow of the model.
 */
@Deployment(resources = ConnectionRequestModel.RESOURCE)
class ConnectionRequestPathsTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder(ProcessTestEngine.configuration("connection-request-paths"))
            .assertClassCoverageAtLeast(1.0)
            .build();

    /** Thursday before King's Day 2026, so five working days end on Friday 1 May. */
    private static final ZonedDateTime T0 = ZonedDateTime.of(2026, 4, 23, 10, 0, 0, 0, WorkingDays.ZONE);

    static final List<String> WAIT_STATES_BEFORE_PRODUCTION_APPROVAL = List.of(RUN_AUTOMATED_CHECKS,
            CORRECT_APPLICATION, UPLOAD_ALB_DECISION, VERIFY_ALB_DECISION, REGISTER_APPLICATION,
            ARRANGE_DIGID_CONNECTION, DELIVER_TEST_ACCOUNTS, ACKNOWLEDGE_TEST_ACCOUNTS, ASSESS_CHECKLIST,
            REWORK_CHECKLIST, APPROVE_PREPRODUCTION, REQUEST_PRODUCTION, CORRECT_PRODUCTION_REQUEST,
            ASSESS_PRODUCTION, APPROVE_PRODUCTION);

    ProcessEngine processEngine;

    private final ScriptedDelegates delegates = new ScriptedDelegates();
    private ConnectionRequestDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(T0.toInstant()));
        delegates.register();
        driver = new ConnectionRequestDriver(processEngine, delegates);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void shouldTakeAnApplicationFromSubmissionToALiveProductionConnection() {
        ProcessInstance instance = driver.submit(false);

        driver.advanceTo(instance, AWAIT_CONNECTION_TERMINATION);

        assertThat(instance).isWaitingAt(AWAIT_CONNECTION_TERMINATION)
                .hasPassedInOrder(APPLICATION_SUBMITTED, RUN_AUTOMATED_CHECKS, REGISTER_APPLICATION,
                        ISSUE_SERVICE_UUIDS, ASSESS_CHECKLIST, APPROVE_PREPRODUCTION, UPLOAD_PREPRODUCTION_METADATA,
                        REGISTER_PREPRODUCTION_CONNECTION, NOTIFY_PREPRODUCTION_CONNECTED, REQUEST_PRODUCTION,
                        RUN_PRODUCTION_CHECKS, ASSESS_PRODUCTION, APPROVE_PRODUCTION,
                        REGISTER_PRODUCTION_CONNECTION, NOTIFY_PRODUCTION_CONNECTED)
                .hasPassed(ARRANGE_DIGID_CONNECTION, DELIVER_TEST_ACCOUNTS, ACKNOWLEDGE_TEST_ACCOUNTS)
                .hasNotPassed(CORRECT_APPLICATION, UPLOAD_ALB_DECISION, REWORK_CHECKLIST,
                        CORRECT_PRODUCTION_REQUEST, REGISTER_EENMALIG_INLOGGEN);
        assertThat(instance).variables()
                .containsEntry(APPLICATION_STATUS, Status.LIVE)
                .containsEntry(DIGID_CONNECTION_REFERENCE, ConnectionRequestDriver.DIGID_REFERENCE)
                .containsEntry(CHECKLIST_ASSESSED_BY, ConnectionRequestDriver.ASSESSOR)
                .containsEntry(PREPRODUCTION_APPROVED_BY, ConnectionRequestDriver.APPROVER)
                .containsEntry(PRODUCTION_ASSESSED_BY, ConnectionRequestDriver.ASSESSOR)
                .containsEntry(PRODUCTION_APPROVED_BY, ConnectionRequestDriver.APPROVER);
        assertThat(delegates.notifications).containsExactly(
                Notifications.PREPRODUCTION_CONNECTED, Notifications.PRODUCTION_CONNECTED);
        assertThat(List.of(delegates.serviceUuidIssues, delegates.preproductionRegistrations,
                delegates.productionRegistrations)).containsOnly(1);
    }

    @Test
    void shouldEndTheLivePhaseWhenTheConnectionIsTerminated() {
        ProcessInstance instance = driver.submit(false);
        driver.advanceTo(instance, AWAIT_CONNECTION_TERMINATION);

        correlate(Messages.CONNECTION_TERMINATED, instance);

        assertThat(instance).isEnded().hasPassed(CONNECTION_TERMINATED_END);
        assertThat(openTasks(instance)).isZero();
        assertThat(finalStatus(instance)).isEqualTo(Status.TERMINATED);
        assertThat(jobs(instance)).isEmpty();
    }

    @Test
    void shouldRegisterPreproductionOnlyAfterTheApplicantUploadedMetadataWithTheIssuedServiceUuids() {
        delegates.serviceUuidDelivery = "METADATA";
        ProcessInstance instance = driver.submit(false);

        driver.advanceTo(instance, UPLOAD_PREPRODUCTION_METADATA);

        assertThat(instance).isWaitingAt(UPLOAD_PREPRODUCTION_METADATA).hasPassed(APPROVE_PREPRODUCTION)
                .hasNotPassed(REGISTER_PREPRODUCTION_CONNECTION);
        assertThat(driver.task(instance, UPLOAD_PREPRODUCTION_METADATA))
                .hasCandidateGroup(applicantGroup(ConnectionRequestDriver.OIN));
        driver.complete(instance, UPLOAD_PREPRODUCTION_METADATA, ConnectionRequestDriver.APPLICANT, Map.of());
        driver.advanceTo(instance, REQUEST_PRODUCTION);
        assertThat(instance).hasPassedInOrder(UPLOAD_PREPRODUCTION_METADATA, REGISTER_PREPRODUCTION_CONNECTION,
                NOTIFY_PREPRODUCTION_CONNECTED);
        assertThat(delegates.preproductionRegistrations).isEqualTo(1);
    }

    @Test
    void shouldSkipTheMetadataUploadWhenTheServiceUuidTravelsInTheAuthnRequest() {
        delegates.serviceUuidDelivery = "AUTHN_REQUEST";
        ProcessInstance instance = driver.submit(false);

        driver.advanceTo(instance, REQUEST_PRODUCTION);

        assertThat(instance).hasPassedInOrder(APPROVE_PREPRODUCTION, REGISTER_PREPRODUCTION_CONNECTION)
                .hasNotPassed(UPLOAD_PREPRODUCTION_METADATA);
        assertThat(delegates.preproductionRegistrations).isEqualTo(1);
    }

    @ParameterizedTest(name = "eenmaligInloggen={0}")
    @ValueSource(booleans = {true, false})
    void shouldRegisterEenmaligInloggenMembershipOnlyWhenTheApplicantJoins(boolean joins) {
        ProcessInstance instance = driver.submit(joins);

        driver.advanceTo(instance, ARRANGE_DIGID_CONNECTION);

        assertThat(delegates.eenmaligInloggenRegistrations).isEqualTo(joins ? 1 : 0);
        if (joins) {
            assertThat(instance).hasPassed(REGISTER_EENMALIG_INLOGGEN);
        } else {
            assertThat(instance).hasNotPassed(REGISTER_EENMALIG_INLOGGEN);
        }
        assertThat(instance).isWaitingAt(ARRANGE_DIGID_CONNECTION, DELIVER_TEST_ACCOUNTS);
    }

    @Test
    void shouldRunTheChecksAgainWhenTheApplicantResubmitsACorrectedApplication() {
        delegates.checksFailures = 1;
        ProcessInstance instance = driver.submit(false);

        driver.runAsyncContinuations(instance);
        assertThat(instance).isWaitingAt(CORRECT_APPLICATION);
        assertThat(driver.task(instance, CORRECT_APPLICATION)).hasCandidateGroup(applicantGroup(ConnectionRequestDriver.OIN));

        driver.complete(instance, CORRECT_APPLICATION, ConnectionRequestDriver.APPLICANT, Map.of());
        driver.runAsyncContinuations(instance);

        assertThat(instance).isWaitingAt(REGISTER_APPLICATION);
        assertThat(driver.task(instance, REGISTER_APPLICATION)).hasCandidateGroup(REVIEWER_GROUP);
        assertThat(delegates.checksRuns).isEqualTo(2);
    }

    @Test
    void shouldRunTheProductionChecksAgainWhenTheApplicantCorrectsTheProductionRequest() {
        delegates.productionChecksFailures = 1;
        ProcessInstance instance = driver.submit(false);
        driver.advanceTo(instance, CORRECT_PRODUCTION_REQUEST);
        assertThat(driver.task(instance, CORRECT_PRODUCTION_REQUEST))
                .hasCandidateGroup(applicantGroup(ConnectionRequestDriver.OIN));

        driver.complete(instance, CORRECT_PRODUCTION_REQUEST, ConnectionRequestDriver.APPLICANT, Map.of());
        driver.runAsyncContinuations(instance);

        assertThat(instance).isWaitingAt(ASSESS_PRODUCTION);
        assertThat(delegates.productionChecksRuns).isEqualTo(2);
    }

    @Test
    void shouldContinueToRegistrationWhenAReviewerAcceptsTheUploadedAlbDecision() {
        delegates.onAlbList = false;
        ProcessInstance instance = driver.submit(false);
        driver.runAsyncContinuations(instance);
        assertThat(instance).isWaitingAt(UPLOAD_ALB_DECISION);

        driver.complete(instance, UPLOAD_ALB_DECISION, ConnectionRequestDriver.APPLICANT, Map.of());
        assertThat(driver.task(instance, VERIFY_ALB_DECISION)).hasCandidateGroup(REVIEWER_GROUP);
        driver.complete(instance, VERIFY_ALB_DECISION, ConnectionRequestDriver.ASSESSOR,
                Map.of(ALB_DECISION_ACCEPTED, true));

        assertThat(instance).isWaitingAt(REGISTER_APPLICATION).hasNotPassed(APPLICATION_REJECTED);
    }

    @Test
    void shouldRejectTheApplicationWhenAReviewerRejectsTheUploadedAlbDecision() {
        delegates.onAlbList = false;
        ProcessInstance instance = driver.submit(false);
        driver.advanceTo(instance, VERIFY_ALB_DECISION);

        driver.complete(instance, VERIFY_ALB_DECISION, ConnectionRequestDriver.ASSESSOR,
                Map.of(ALB_DECISION_ACCEPTED, false));
        driver.runAsyncContinuations(instance);

        assertEndedAs(instance, APPLICATION_REJECTED, Status.REJECTED, Notifications.APPLICATION_REJECTED);
        assertThat(instance).hasNotPassed(REGISTER_APPLICATION);
    }

    @Test
    void shouldRejectTheApplicationWithAReasonAtRegistration() {
        ProcessInstance instance = driver.submit(false);
        driver.advanceTo(instance, REGISTER_APPLICATION);

        driver.complete(instance, REGISTER_APPLICATION, ConnectionRequestDriver.ASSESSOR,
                Map.of(REGISTRATION_ACCEPTED, false, REJECTION_REASON, "Dienst valt buiten TVS"));
        driver.runAsyncContinuations(instance);

        assertEndedAs(instance, APPLICATION_REJECTED, Status.REJECTED, Notifications.APPLICATION_REJECTED);
        assertThat(instance).hasNotPassed(ISSUE_SERVICE_UUIDS);
        assertThat(historicValue(instance, REJECTION_REASON)).isEqualTo("Dienst valt buiten TVS");
        assertThat(delegates.serviceUuidIssues).isZero();
    }

    @Test
    void shouldLetTheApplicantReworkRejectedChecklistItemsAsOftenAsNeeded() {
        driver.checklistRejections = 2;
        ProcessInstance instance = driver.submit(false);

        driver.advanceTo(instance, APPROVE_PREPRODUCTION);

        assertThat(activityCount(instance, ASSESS_CHECKLIST)).isEqualTo(3);
        assertThat(activityCount(instance, REWORK_CHECKLIST)).isEqualTo(2);
        assertThat(instance).variables().containsEntry(CHECKLIST_APPROVED, true);
    }

    @Test
    void shouldOfferChecklistReworkToTheOrganisationsApplicants() {
        driver.checklistRejections = 1;
        ProcessInstance instance = driver.submit(false);

        driver.advanceTo(instance, REWORK_CHECKLIST);

        assertThat(driver.task(instance, REWORK_CHECKLIST)).hasCandidateGroup(applicantGroup(ConnectionRequestDriver.OIN));
        assertThat(instance).variables().containsEntry(CHECKLIST_APPROVED, false);
    }

    @ParameterizedTest(name = "{1} after {0}")
    @CsvSource({"assessChecklist, approvePreproduction, preproductionApprovedBy",
            "assessProduction, approveProduction, productionApprovedBy"})
    void shouldRefuseApprovalByTheReviewerWhoAssessedAndAcceptItFromAnother(String assessment, String approval,
                                                                           String approvedBy) {
        ProcessInstance instance = driver.submit(false);
        driver.advanceTo(instance, approval);
        assertThat(instance).hasPassed(assessment);

        assertThatThrownBy(() -> driver.complete(instance, approval, ConnectionRequestDriver.ASSESSOR, driver.decisionFor(approval)))
                .satisfies(thrown -> assertThat(causeOfType(thrown, FourEyesViolationException.class))
                        .hasMessageContaining("Four-eyes rule: " + ConnectionRequestDriver.ASSESSOR + " assessed")
                        .hasMessageContaining(instance.getBusinessKey()));
        assertThat(instance).isWaitingAt(approval);
        assertThat(instance).variables().doesNotContainKey(approvedBy);

        driver.complete(instance, approval, ConnectionRequestDriver.APPROVER, driver.decisionFor(approval));

        assertThat(instance).hasPassed(approval);
        assertThat(instance).variables().containsEntry(approvedBy, ConnectionRequestDriver.APPROVER);
    }

    @Test
    void shouldRefuseAnApprovalThatNoAuthenticatedReviewerCompletes() {
        ProcessInstance instance = driver.submit(false);
        driver.advanceTo(instance, APPROVE_PREPRODUCTION);
        String taskId = driver.task(instance, APPROVE_PREPRODUCTION).getId();

        assertThatThrownBy(() -> processEngine.getTaskService().complete(taskId))
                .satisfies(thrown -> assertThat(causeOfType(thrown, FourEyesViolationException.class))
                        .hasMessageContaining("authenticated reviewer"));
        assertThat(instance).isWaitingAt(APPROVE_PREPRODUCTION);
    }

    @ParameterizedTest(name = "withdrawn at {0}")
    @FieldSource("WAIT_STATES_BEFORE_PRODUCTION_APPROVAL")
    void shouldEndEveryOpenTaskWhenTheApplicantWithdraws(String waitState) {
        driver.routeVia(waitState);
        ProcessInstance instance = driver.submit(false);
        if (!waitState.equals(RUN_AUTOMATED_CHECKS)) {
            driver.advanceTo(instance, waitState);
        }
        assertThat(instance).isWaitingAt(waitState);

        correlate(Messages.APPLICATION_WITHDRAWN, instance);

        assertThat(openTasks(instance)).isZero();
        driver.runAsyncContinuations(instance);
        assertEndedAs(instance, APPLICATION_WITHDRAWN_END, Status.WITHDRAWN, Notifications.APPLICATION_WITHDRAWN);
    }

    @Test
    void shouldRefuseWithdrawalOnceProductionIsApproved() {
        ProcessInstance instance = driver.submit(false);
        driver.advanceTo(instance, APPROVE_PRODUCTION);
        driver.complete(instance, APPROVE_PRODUCTION, ConnectionRequestDriver.APPROVER, driver.decisionFor(APPROVE_PRODUCTION));

        assertWithdrawalRefused(instance);
        driver.runAsyncContinuations(instance);
        assertWithdrawalRefused(instance);

        assertThat(instance).isWaitingAt(AWAIT_CONNECTION_TERMINATION).hasNotPassed(APPLICATION_WITHDRAWN_END);
    }

    @ParameterizedTest(name = "reminder at {0}")
    @FieldSource("nl.dictu.tvs.portal.process.ConnectionRequestModel#APPLICANT_TASKS")
    void shouldRemindTheApplicantOfATaskIdleForFourteenDays(String applicantTask) {
        ProcessInstance instance = atWaitState(applicantTask);

        fireTimer(instance, reminderTimer(applicantTask), at(T0.plusDays(14)));

        assertThat(instance).hasPassed(reminderEnd(applicantTask)).isWaitingAt(applicantTask);
        assertThat(delegates.notifications).endsWith(Notifications.APPLICANT_TASK_REMINDER + ":" + applicantTask);
    }

    @ParameterizedTest(name = "expiry at {0}")
    @FieldSource("nl.dictu.tvs.portal.process.ConnectionRequestModel#APPLICANT_TASKS")
    void shouldCloseTheApplicationAsExpiredWhenAnApplicantTaskIsIdleForNinetyDays(String applicantTask) {
        ProcessInstance instance = atWaitState(applicantTask);

        fireTimer(instance, expiryTimer(applicantTask), at(T0.plusDays(90)));

        assertEndedAs(instance, APPLICATION_EXPIRED, Status.EXPIRED, Notifications.APPLICATION_EXPIRED);
    }

    @Test
    void shouldCloseTheParallelReviewerTaskTooWhenTheApplicationExpires() {
        ProcessInstance instance = driver.submit(false);
        driver.advanceTo(instance, DELIVER_TEST_ACCOUNTS);
        driver.complete(instance, DELIVER_TEST_ACCOUNTS, ConnectionRequestDriver.ASSESSOR, Map.of());
        assertThat(instance).isWaitingAt(ARRANGE_DIGID_CONNECTION, ACKNOWLEDGE_TEST_ACCOUNTS);

        fireTimer(instance, expiryTimer(ACKNOWLEDGE_TEST_ACCOUNTS), at(T0.plusDays(90)));

        assertThat(instance).isEnded().hasPassed(APPLICATION_EXPIRED);
        assertThat(openTasks(instance)).isZero();
    }

    @ParameterizedTest(name = "escalation at {0}")
    @FieldSource("nl.dictu.tvs.portal.process.ConnectionRequestModel#REVIEWER_TASKS")
    void shouldEscalateAReviewerTaskOpenForFiveWorkingDays(String reviewerTask) {
        ProcessInstance instance = atWaitState(reviewerTask);

        // Thursday 23 April + 5 working days, skipping the weekend and King's Day (Monday 27 April)
        fireTimer(instance, escalationTimer(reviewerTask), at(ZonedDateTime.of(2026, 5, 1, 10, 0, 0, 0, WorkingDays.ZONE)));

        assertThat(instance).hasPassed(escalationEnd(reviewerTask)).isWaitingAt(reviewerTask);
        assertThat(delegates.notifications).endsWith(Notifications.REVIEWER_TASK_ESCALATED + ":" + reviewerTask);
    }

    @Test
    void shouldRegisterARenewedCertificateAndWaitForTheNextRenewal() {
        ProcessInstance instance = atWaitState(AWAIT_CONNECTION_TERMINATION);

        correlate(Messages.PRODUCTION_CERTIFICATE_RENEWED, instance);
        driver.runAsyncContinuations(instance);

        assertThat(instance).hasPassed(PRODUCTION_CERTIFICATE_RENEWED, RUN_RENEWAL_CHECKS,
                        REGISTER_RENEWED_PRODUCTION_CONNECTION, NOTIFY_CERTIFICATE_RENEWED)
                .isWaitingAt(AWAIT_CONNECTION_TERMINATION, PRODUCTION_CERTIFICATE_RENEWED);
        assertThat(delegates.productionRegistrations).isEqualTo(2);
        assertThat(delegates.notifications).endsWith(Notifications.PRODUCTION_CERTIFICATE_RENEWED);
    }

    @Test
    void shouldLeaveRemindersAndAssessmentsToTheWatchesAndHoldNoTimerWhileLive() {
        ProcessInstance instance = atWaitState(AWAIT_CONNECTION_TERMINATION);

        assertThat(instance).isWaitingAt(AWAIT_CONNECTION_TERMINATION, PRODUCTION_CERTIFICATE_RENEWED);
        assertThat(jobs(instance)).as("the expiry watch and the assessment watch remind; the process does not").isEmpty();
    }

    @Test
    void shouldWaitForAnotherRenewalWhenTheRenewedCertificateFailsTheChecks() {
        ProcessInstance instance = atWaitState(AWAIT_CONNECTION_TERMINATION);
        delegates.productionChecksFailures = 1;

        correlate(Messages.PRODUCTION_CERTIFICATE_RENEWED, instance);
        driver.runAsyncContinuations(instance);

        assertThat(instance).hasPassed(RUN_RENEWAL_CHECKS).hasNotPassed(REGISTER_RENEWED_PRODUCTION_CONNECTION)
                .isWaitingAt(AWAIT_CONNECTION_TERMINATION, PRODUCTION_CERTIFICATE_RENEWED);
        assertThat(delegates.productionRegistrations).isEqualTo(1);
    }

    @Test
    void shouldRefuseARenewalBeforeGoLive() {
        ProcessInstance instance = atWaitState(APPROVE_PRODUCTION);

        assertThatThrownBy(() -> correlate(Messages.PRODUCTION_CERTIFICATE_RENEWED, instance))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(instance).isWaitingAt(APPROVE_PRODUCTION);
    }

    @Test
    void shouldGoStraightToVerificationWhenTheRvigDecisionWasAttachedBeforeTheChecksFinished() {
        delegates.onAlbList = false;
        ProcessInstance instance = driver.submit(false);
        processEngine.getRuntimeService().setVariable(instance.getId(), ALB_DECISION_FILE_ID, 77L);

        driver.runAsyncContinuations(instance);

        assertThat(instance).isWaitingAt(VERIFY_ALB_DECISION).hasPassed(ALB_DECISION_ATTACHED_GATEWAY)
                .hasNotPassed(UPLOAD_ALB_DECISION);
    }

    @Test
    void shouldSendTheProductionRequestBackToTheApplicantWithTheAssessorsReason() {
        ProcessInstance instance = atWaitState(ASSESS_PRODUCTION);

        driver.complete(instance, ASSESS_PRODUCTION, ConnectionRequestDriver.ASSESSOR,
                Map.of(PRODUCTION_ASSESSMENT_ACCEPTED, false, REJECTION_REASON, "Go-live date falls in a freeze"));
        driver.runAsyncContinuations(instance);

        assertThat(instance).isWaitingAt(CORRECT_PRODUCTION_REQUEST).hasPassed(NOTIFY_PRODUCTION_REQUEST_REFUSED);
        assertThat(delegates.notifications).endsWith(Notifications.PRODUCTION_REQUEST_REFUSED);
        assertThat(instance).variables().containsEntry(REJECTION_REASON, "Go-live date falls in a freeze");

        driver.complete(instance, CORRECT_PRODUCTION_REQUEST, ConnectionRequestDriver.APPLICANT, Map.of());
        driver.runAsyncContinuations(instance);

        assertThat(instance).isWaitingAt(ASSESS_PRODUCTION);
        assertThat(delegates.productionChecksRuns).isEqualTo(2);
    }

    @Test
    void shouldSendARefusedPreproductionApprovalBackToTheChecklistAssessmentWithoutRecordingAnApprover() {
        ProcessInstance instance = atWaitState(APPROVE_PREPRODUCTION);

        driver.complete(instance, APPROVE_PREPRODUCTION, ConnectionRequestDriver.APPROVER,
                Map.of(PREPRODUCTION_APPROVAL_ACCEPTED, false, PREPRODUCTION_APPROVAL_REFUSAL_REASON, "Check item C3"));

        assertThat(instance).isWaitingAt(ASSESS_CHECKLIST).hasNotPassed(REGISTER_PREPRODUCTION_CONNECTION);
        assertThat(instance).variables().doesNotContainKey(PREPRODUCTION_APPROVED_BY)
                .containsEntry(PREPRODUCTION_APPROVAL_REFUSAL_REASON, "Check item C3");
        assertThat(activityCount(instance, ASSESS_CHECKLIST)).isEqualTo(2);
        assertThat(delegates.preproductionRegistrations).isZero();

        driver.advanceTo(instance, REQUEST_PRODUCTION);
        assertThat(instance).variables().containsEntry(PREPRODUCTION_APPROVED_BY, ConnectionRequestDriver.APPROVER);
        assertThat(delegates.preproductionRegistrations).isEqualTo(1);
    }

    @Test
    void shouldSendARefusedProductionApprovalBackToAssessmentWithoutRecordingAnApprover() {
        ProcessInstance instance = atWaitState(APPROVE_PRODUCTION);

        driver.complete(instance, APPROVE_PRODUCTION, ConnectionRequestDriver.APPROVER,
                Map.of(PRODUCTION_APPROVAL_ACCEPTED, false, PRODUCTION_APPROVAL_REFUSAL_REASON, "Check the index range"));

        assertThat(instance).isWaitingAt(ASSESS_PRODUCTION);
        assertThat(instance).variables().doesNotContainKey(PRODUCTION_APPROVED_BY)
                .containsEntry(PRODUCTION_APPROVAL_REFUSAL_REASON, "Check the index range");
        assertThat(activityCount(instance, ASSESS_PRODUCTION)).isEqualTo(2);

        correlate(Messages.APPLICATION_WITHDRAWN, instance);
        driver.runAsyncContinuations(instance);
        assertThat(instance).isEnded().hasPassed(APPLICATION_WITHDRAWN_END);
    }

    @Test
    void shouldRaiseAnIncidentAfterThreeFailedAttemptsAndContinueAfterARetry() {
        delegates.serviceUuidFailures = 3;
        ProcessInstance instance = driver.submit(false);
        driver.advanceTo(instance, REGISTER_APPLICATION);
        driver.complete(instance, REGISTER_APPLICATION, ConnectionRequestDriver.ASSESSOR,
                Map.of(REGISTRATION_ACCEPTED, true));

        int attempts = 0;
        Job job = driver.job(instance, ISSUE_SERVICE_UUIDS);
        while (job.getRetries() > 0) {
            String jobId = job.getId();
            assertThatThrownBy(() -> processEngine.getManagementService().executeJob(jobId))
                    .hasMessageContaining("UUID register unavailable");
            attempts++;
            job = driver.job(instance, ISSUE_SERVICE_UUIDS);
        }
        assertThat(attempts).isEqualTo(3);
        Incident incident = processEngine.getRuntimeService().createIncidentQuery()
                .processInstanceId(instance.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo(ISSUE_SERVICE_UUIDS);
        assertThat(incident.getIncidentMessage()).contains("UUID register unavailable");

        processEngine.getManagementService().setJobRetries(job.getId(), 1);
        processEngine.getManagementService().executeJob(job.getId());

        assertThat(processEngine.getRuntimeService().createIncidentQuery()
                .processInstanceId(instance.getId()).count()).isZero();
        assertThat(instance).hasPassed(ISSUE_SERVICE_UUIDS);
        assertThat(delegates.serviceUuidIssues).isEqualTo(1);
    }

    private ProcessInstance atWaitState(String waitState) {
        driver.routeVia(waitState);
        ProcessInstance instance = driver.submit(false);
        driver.advanceTo(instance, waitState);
        return instance;
    }

    /** Checks the timer's due date, moves the engine clock there, fires it and runs what it started. */
    private void fireTimer(ProcessInstance instance, String timerId, Date expectedDue) {
        Job timer = driver.job(instance, timerId);
        assertThat(timer.getDuedate()).as(timerId).isEqualTo(expectedDue);
        ClockUtil.setCurrentTime(timer.getDuedate());
        processEngine.getManagementService().executeJob(timer.getId());
        driver.runAsyncContinuations(instance);
    }

    /** Ended at {@code endEvent} with {@code status}, after queueing {@code notification} last. */
    private void assertEndedAs(ProcessInstance instance, String endEvent, String status, String notification) {
        assertThat(instance).isEnded().hasPassed(endEvent);
        assertThat(finalStatus(instance)).isEqualTo(status);
        assertThat(delegates.notifications).endsWith(notification);
    }

    private void assertWithdrawalRefused(ProcessInstance instance) {
        assertThatThrownBy(() -> correlate(Messages.APPLICATION_WITHDRAWN, instance))
                .satisfies(thrown -> assertThat(causeOfType(thrown, WithdrawalNotAllowedException.class))
                        .hasMessageContaining("can no longer be withdrawn")
                        .hasMessageContaining(instance.getBusinessKey()));
    }

    private long openTasks(ProcessInstance instance) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count();
    }

    private void correlate(String message, ProcessInstance instance) {
        processEngine.getRuntimeService().createMessageCorrelation(message)
                .processInstanceBusinessKey(instance.getBusinessKey())
                .correlate();
    }

    private List<Job> jobs(ProcessInstance instance) {
        return processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list();
    }

    private Object finalStatus(ProcessInstance instance) {
        return historicValue(instance, APPLICATION_STATUS);
    }

    private Object historicValue(ProcessInstance instance, String variable) {
        HistoricVariableInstance value = processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(variable).singleResult();
        return value == null ? null : value.getValue();
    }

    private long activityCount(ProcessInstance instance, String activityId) {
        return processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId(activityId).count();
    }

    private static Date at(ZonedDateTime moment) {
        return Date.from(moment.toInstant());
    }

    private static <T extends Throwable> T causeOfType(Throwable thrown, Class<T> type) {
        return Stream.iterate(thrown, t -> t != null, Throwable::getCause)
                .filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in " + thrown, thrown));
    }
}
