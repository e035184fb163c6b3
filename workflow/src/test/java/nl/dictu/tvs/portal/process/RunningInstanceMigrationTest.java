package nl.dictu.tvs.portal.process;

import nl.dictu.tvs.portal.runtime.engine.RunningInstanceMigration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PREPRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_CHECKLIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.AWAIT_CONNECTION_TERMINATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.PRODUCTION_CERTIFICATE_RENEWED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REGISTER_RENEWED_PRODUCTION_CONNECTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.PROCESS_KEY;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REGISTER_PREPRODUCTION_CONNECTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REQUEST_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.UPLOAD_PREPRODUCTION_METADATA;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.PREPRODUCTION_APPROVAL_ACCEPTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.PREPRODUCTION_APPROVAL_REFUSAL_REASON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * An application waiting for the preproduction approval under the model without a refusal moves to
 * the newest model at start-up, so the second reviewer's refusal sends it back to assessment
 * instead of being ignored by the old model.
 */
class RunningInstanceMigrationTest {

    private static final String MODEL_BEFORE_REFUSAL = "bpmn/connection-request-before-preproduction-refusal.bpmn";
    private static final String MODEL_BEFORE_ASSESSMENT_CALENDAR = "bpmn/connection-request-before-assessment-calendar.bpmn";
    private static final String MODEL_BEFORE_METADATA_UPLOAD =
            "bpmn/connection-request-before-preproduction-metadata-upload.bpmn";

    private final ProcessEngine engine = ProcessTestEngine.withoutCoverage("running-instance-migration").buildProcessEngine();
    private final ScriptedDelegates delegates = new ScriptedDelegates();
    private ConnectionRequestDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        delegates.register();
        driver = new ConnectionRequestDriver(engine, delegates);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
        engine.close();
    }

    @Test
    void shouldMoveAnInstanceWaitingForThePreproductionApprovalOntoTheModelWithTheRefusal() {
        ProcessInstance waiting = waitingForTheApprovalUnder(MODEL_BEFORE_REFUSAL);
        ProcessDefinition newest = deploy(ConnectionRequestModel.RESOURCE);
        assertThat(definitionOf(waiting)).isNotEqualTo(newest.getId());

        int migrated = RunningInstanceMigration.toNewestVersion(engine, PROCESS_KEY);

        assertThat(migrated).isEqualTo(1);
        assertThat(definitionOf(waiting)).isEqualTo(newest.getId());
        assertThat(waiting).isWaitingAt(APPROVE_PREPRODUCTION);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(waiting.getId())
                .activityId("approvePreproductionEscalationTimer").singleResult().getProcessDefinitionId())
                .as("the escalation timer moves with the task").isEqualTo(newest.getId());
        driver.complete(waiting, APPROVE_PREPRODUCTION, ConnectionRequestDriver.APPROVER,
                Map.of(PREPRODUCTION_APPROVAL_ACCEPTED, false, PREPRODUCTION_APPROVAL_REFUSAL_REASON, "Check item C3"));
        driver.runAsyncContinuations(waiting);
        assertThat(waiting).isWaitingAt(ASSESS_CHECKLIST).hasNotPassed(REGISTER_PREPRODUCTION_CONNECTION);
        assertThat(RunningInstanceMigration.toNewestVersion(engine, PROCESS_KEY)).as("nothing left to move").isZero();
    }

    @Test
    void shouldAskAnInstanceWaitingForThePreproductionApprovalForTheUpdatedMetadataAfterItMoved() {
        ProcessInstance waiting = waitingForTheApprovalUnder(MODEL_BEFORE_METADATA_UPLOAD);
        ProcessDefinition newest = deploy(ConnectionRequestModel.RESOURCE);

        assertThat(RunningInstanceMigration.toNewestVersion(engine, PROCESS_KEY)).isEqualTo(1);
        assertThat(RunningInstanceMigration.toNewestVersion(engine, PROCESS_KEY)).as("idempotent").isZero();

        assertThat(definitionOf(waiting)).isEqualTo(newest.getId());
        driver.complete(waiting, APPROVE_PREPRODUCTION, ConnectionRequestDriver.APPROVER,
                Map.of(PREPRODUCTION_APPROVAL_ACCEPTED, true));
        driver.runAsyncContinuations(waiting);
        assertThat(waiting).as("issued before the upload existed: no delivery recorded, the metadata is asked")
                .isWaitingAt(UPLOAD_PREPRODUCTION_METADATA).hasNotPassed(REGISTER_PREPRODUCTION_CONNECTION);
        driver.complete(waiting, UPLOAD_PREPRODUCTION_METADATA, ConnectionRequestDriver.APPLICANT, Map.of());
        driver.runAsyncContinuations(waiting);
        assertThat(waiting).hasPassed(REGISTER_PREPRODUCTION_CONNECTION).isWaitingAt(REQUEST_PRODUCTION);
        assertThat(delegates.preproductionRegistrations).isEqualTo(1);
    }

    @Test
    void shouldMoveALiveInstanceOntoTheModelWithoutTheAssessmentAndCertificateTimers() {
        ProcessInstance live = liveUnder(MODEL_BEFORE_ASSESSMENT_CALENDAR);
        assertThat(List.of("firstSecurityAssessmentTimer", "yearlySecurityAssessmentTimer", "certificateExpiryTimer"))
                .allSatisfy(timer -> assertThat(driver.job(live, timer)).as(timer).isNotNull());
        ProcessDefinition newest = deploy(ConnectionRequestModel.RESOURCE);

        int migrated = migrateToNewest();

        assertThat(migrated).isEqualTo(1);
        assertThat(definitionOf(live)).isEqualTo(newest.getId());
        assertThat(live).isWaitingAt(AWAIT_CONNECTION_TERMINATION, PRODUCTION_CERTIFICATE_RENEWED);
        assertThat(jobsOf(live)).as("no old timer is left: the watches remind now").isEmpty();
        renewTheCertificate(live);
        assertThat(live).hasPassed(REGISTER_RENEWED_PRODUCTION_CONNECTION)
                .isWaitingAt(AWAIT_CONNECTION_TERMINATION, PRODUCTION_CERTIFICATE_RENEWED);
        assertThat(migrateToNewest()).as("nothing left to move").isZero();
    }

    @Test
    void shouldMoveALiveInstanceRemindedOfItsCertificateAndTheAssessmentOntoTheRenewalMessageAlone() {
        ProcessInstance live = liveUnder(MODEL_BEFORE_ASSESSMENT_CALENDAR);
        engine.getManagementService().executeJob(driver.job(live, "certificateExpiryTimer").getId());
        driver.runAsyncContinuations(live);
        engine.getManagementService().executeJob(driver.job(live, "yearlySecurityAssessmentTimer").getId());
        assertThat(live).isWaitingAt(AWAIT_CONNECTION_TERMINATION, "awaitCertificateRenewal", "remindYearlySecurityAssessment");
        ProcessDefinition newest = deploy(ConnectionRequestModel.RESOURCE);

        assertThat(migrateToNewest()).isEqualTo(1);

        assertThat(definitionOf(live)).isEqualTo(newest.getId());
        assertThat(live).isWaitingAt(AWAIT_CONNECTION_TERMINATION, PRODUCTION_CERTIFICATE_RENEWED);
        assertThat(jobsOf(live)).as("neither the next yearly timer nor the pending reminder is left").isEmpty();
        renewTheCertificate(live);
        assertThat(live).hasPassed(REGISTER_RENEWED_PRODUCTION_CONNECTION);
    }

    @Test
    void shouldMoveTheInstancesWaitingAtKeptActivitiesTogetherAndTheOnesAtMovedActivitiesOneByOne() {
        deploy(MODEL_BEFORE_ASSESSMENT_CALENDAR);
        List<ProcessInstance> waiting = List.of(driver.submit(false), driver.submit(false), driver.submit(false));
        waiting.forEach(instance -> driver.advanceTo(instance, APPROVE_PREPRODUCTION));
        ProcessInstance live = driver.submit(false);
        driver.advanceTo(live, AWAIT_CONNECTION_TERMINATION);
        ProcessDefinition newest = deploy(ConnectionRequestModel.RESOURCE);

        assertThat(migrateToNewest()).isEqualTo(4);

        assertThat(waiting).allSatisfy(instance -> {
            assertThat(definitionOf(instance)).isEqualTo(newest.getId());
            assertThat(instance).isWaitingAt(APPROVE_PREPRODUCTION);
        });
        assertThat(definitionOf(live)).isEqualTo(newest.getId());
        assertThat(live).isWaitingAt(AWAIT_CONNECTION_TERMINATION, PRODUCTION_CERTIFICATE_RENEWED);
        assertThat(migrateToNewest()).as("nothing left to move").isZero();
    }

    private ProcessInstance liveUnder(String olderModel) {
        deploy(olderModel);
        ProcessInstance live = driver.submit(false);
        driver.advanceTo(live, AWAIT_CONNECTION_TERMINATION);
        return live;
    }

    private int migrateToNewest() {
        return RunningInstanceMigration.toNewestVersion(engine, PROCESS_KEY, ConnectionRequestModel.MOVED_WAIT_STATES,
                ConnectionRequestModel.DROPPED_ACTIVITIES);
    }

    private void renewTheCertificate(ProcessInstance live) {
        engine.getRuntimeService().createMessageCorrelation(ConnectionRequestModel.Messages.PRODUCTION_CERTIFICATE_RENEWED)
                .processInstanceId(live.getId()).correlate();
        driver.runAsyncContinuations(live);
    }

    private List<Job> jobsOf(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list();
    }

    private ProcessInstance waitingForTheApprovalUnder(String olderModel) {
        deploy(olderModel);
        ProcessInstance waiting = driver.submit(false);
        driver.advanceTo(waiting, APPROVE_PREPRODUCTION);
        return waiting;
    }

    private ProcessDefinition deploy(String resource) {
        String deployment = engine.getRepositoryService().createDeployment().addClasspathResource(resource)
                .name(resource).deploy().getId();
        return engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment).singleResult();
    }

    private String definitionOf(ProcessInstance instance) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getProcessDefinitionId();
    }
}
