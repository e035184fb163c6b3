package nl.dictu.tvs.portal.process;

import nl.dictu.tvs.portal.runtime.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewerTaskDueDatesTest {

    private static final Date THURSDAY_BEFORE_KINGS_DAY = Date.from(Instant.parse("2026-04-23T08:00:00Z"));

    private ProcessEngine engine;

    @BeforeEach
    void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("due-dates");
        configuration.setJdbcUrl("jdbc:h2:mem:due-dates;DB_CLOSE_DELAY=-1");
        configuration.setHistory(ProcessEngineBootstrap.HISTORY_LEVEL);
        configuration.setJobExecutorActivate(false);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new ReviewerTaskDueDates())));
        engine = configuration.buildProcessEngine();
        Mocks.register(ConnectionRequestModel.Delegates.WORKING_DAYS, new WorkingDays());
        engine.getRepositoryService().createDeployment().addClasspathResource(ConnectionRequestModel.RESOURCE).deploy();
        ClockUtil.setCurrentTime(THURSDAY_BEFORE_KINGS_DAY);
    }

    @AfterEach
    void stopEngine() {
        ClockUtil.reset();
        Mocks.reset();
        engine.close();
    }

    @Test
    void shouldDueAReviewerTaskWhenItsEscalationTimerFires() {
        ConnectionRequestStarts.awaitingRegistration(engine.getRuntimeService(), "TVS-2026-00001", 1L,
                "00000099123456789000", false);

        Task task = engine.getTaskService().createTaskQuery().taskDefinitionKey(ConnectionRequestModel.REGISTER_APPLICATION)
                .singleResult();
        Job escalation = engine.getManagementService().createJobQuery().timers()
                .activityId("registerApplicationEscalationTimer").singleResult();
        // Thursday 23 April 2026 + 5 working days skips the weekend and King's Day (Monday 27 April)
        assertThat(task.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-05-01T08:00:00Z")))
                .isEqualTo(escalation.getDuedate());
    }

    @Test
    void shouldLeaveApplicantTasksWithoutADueDate() {
        engine.getRuntimeService().createProcessInstanceByKey(ConnectionRequestModel.PROCESS_KEY)
                .businessKey("TVS-2026-00002")
                .setVariables(java.util.Map.of(ConnectionRequestModel.Variables.APPLICATION_ID, 2L,
                        ConnectionRequestModel.Variables.ORGANISATION_OIN, "00000099123456789000"))
                .startBeforeActivity(ConnectionRequestModel.UPLOAD_ALB_DECISION)
                .execute();

        Task upload = engine.getTaskService().createTaskQuery().singleResult();

        assertThat(upload.getTaskDefinitionKey()).isEqualTo(ConnectionRequestModel.UPLOAD_ALB_DECISION);
        assertThat(upload.getDueDate()).isNull();
    }
}
