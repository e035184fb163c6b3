package nl.dictu.tvs.portal.process;

import nl.dictu.tvs.portal.usecase.application.ApplicationStatusView;
import nl.dictu.tvs.portal.runtime.audit.ProcessAuditPlugin;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.*;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.REGISTRATION_ACCEPTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.REJECTION_REASON;
import static org.assertj.core.api.Assertions.assertThat;

/** The process engine plugin writes an audit event for what the process does by itself. */
class ProcessAuditTest {

    /** One recorded audit event, flattened for assertions. */
    record Recorded(String action, Long applicationId, String elementId, Map<String, String> before,
                    Map<String, String> after) {
    }

    private final List<Recorded> recorded = new ArrayList<>();
    private final ScriptedDelegates delegates = new ScriptedDelegates();
    private ProcessEngine engine;
    private ConnectionRequestDriver driver;

    @BeforeEach
    void setUp() {
        ProcessEngineConfigurationImpl configuration = ProcessTestEngine.withoutCoverage("audit-" + UUID.randomUUID());
        configuration.getProcessEnginePlugins().add(new ProcessAuditPlugin(
                (action, applicationId, elementId, before, after) ->
                        recorded.add(new Recorded(action, applicationId, elementId, before, after))));
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource(RESOURCE).deploy();
        delegates.register();
        driver = new ConnectionRequestDriver(engine, delegates);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        engine.close();
    }

    @Test
    void shouldAuditAFiredReminderTimerAndTheNotificationItQueued() {
        driver.routeVia(CORRECT_APPLICATION);
        ProcessInstance instance = driver.submit(false);
        driver.advanceTo(instance, CORRECT_APPLICATION);

        fire(instance, reminderTimer(CORRECT_APPLICATION));

        assertThat(recorded).contains(
                new Recorded("timerFired", 1001L, reminderTimer(CORRECT_APPLICATION), Map.of(),
                        Map.of("attachedTo", CORRECT_APPLICATION, "interrupting", "false")),
                new Recorded("notificationQueued", 1001L, reminderNotification(CORRECT_APPLICATION), Map.of(),
                        Map.of("templateKey", Notifications.APPLICANT_TASK_REMINDER, "relatedTask", CORRECT_APPLICATION)));
    }

    @Test
    void shouldAuditTheExpiryTimerAndTheExpiredStatus() {
        driver.routeVia(REQUEST_PRODUCTION);
        ProcessInstance instance = driver.submit(false);
        driver.advanceTo(instance, REQUEST_PRODUCTION);

        fire(instance, expiryTimer(REQUEST_PRODUCTION));

        assertThat(recorded).contains(
                new Recorded("timerFired", 1001L, expiryTimer(REQUEST_PRODUCTION), Map.of(),
                        Map.of("attachedTo", REQUEST_PRODUCTION, "interrupting", "true")),
                new Recorded("statusChanged", 1001L, APPLICATION_EXPIRED,
                        Map.of("status", ApplicationStatusView.IN_PROGRESS), Map.of("status", Status.EXPIRED)));
    }

    @Test
    void shouldAuditGoLiveAndTheTermination() {
        ProcessInstance instance = driver.submit(false);
        driver.advanceTo(instance, AWAIT_CONNECTION_TERMINATION);

        engine.getRuntimeService().createMessageCorrelation(Messages.CONNECTION_TERMINATED)
                .processInstanceBusinessKey(instance.getBusinessKey()).correlate();

        assertThat(recorded).filteredOn(r -> !r.action().equals("notificationQueued")).containsSubsequence(
                new Recorded("statusChanged", 1001L, AWAIT_CONNECTION_TERMINATION,
                        Map.of("status", ApplicationStatusView.IN_PROGRESS), Map.of("status", Status.LIVE)),
                new Recorded("statusChanged", 1001L, CONNECTION_TERMINATED_END,
                        Map.of("status", Status.LIVE), Map.of("status", Status.TERMINATED)));
        assertThat(recorded).extracting(Recorded::action).contains("notificationQueued");
    }

    @Test
    void shouldAuditRejectionAndWithdrawalAsStatusChanges() {
        ProcessInstance rejected = driver.submit(false);
        driver.advanceTo(rejected, REGISTER_APPLICATION);
        driver.complete(rejected, REGISTER_APPLICATION, ConnectionRequestDriver.ASSESSOR,
                Map.of(REGISTRATION_ACCEPTED, false, REJECTION_REASON, "Geen overheidsdienst"));
        driver.runAsyncContinuations(rejected);
        ProcessInstance withdrawn = driver.submit(false);
        engine.getRuntimeService().createMessageCorrelation(Messages.APPLICATION_WITHDRAWN)
                .processInstanceBusinessKey(withdrawn.getBusinessKey()).correlate();
        driver.runAsyncContinuations(withdrawn);

        assertThat(recorded).filteredOn(r -> r.action().equals("statusChanged")).containsExactly(
                new Recorded("statusChanged", 1001L, APPLICATION_REJECTED,
                        Map.of("status", ApplicationStatusView.IN_PROGRESS), Map.of("status", Status.REJECTED)),
                new Recorded("statusChanged", 1002L, APPLICATION_WITHDRAWN_END,
                        Map.of("status", ApplicationStatusView.IN_PROGRESS), Map.of("status", Status.WITHDRAWN)));
    }

    private void fire(ProcessInstance instance, String timerId) {
        Job timer = driver.job(instance, timerId);
        ClockUtil.setCurrentTime(timer.getDuedate());
        engine.getManagementService().executeJob(timer.getId());
        driver.runAsyncContinuations(instance);
    }
}
