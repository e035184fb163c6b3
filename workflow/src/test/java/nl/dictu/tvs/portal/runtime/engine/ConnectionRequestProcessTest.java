package nl.dictu.tvs.portal.runtime.engine;

import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.process.ConnectionRequestStarts;
import nl.dictu.tvs.portal.process.WorkingDays;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * The deployment side of the models: what {@link ProcessEngineBootstrap} deploys and how the demo
 * instance starts. The paths through the model are in
 * {@code nl.dictu.tvs.portal.process.ConnectionRequestPathsTest}.
 */
class ConnectionRequestProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(inMemoryEngine())
            .build();

    ProcessEngine processEngine;

    static ProcessEngine inMemoryEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("connection-request-deployment");
        configuration.setJdbcUrl("jdbc:h2:mem:connection-request-test;DB_CLOSE_DELAY=-1");
        configuration.setHistory(ProcessEngineBootstrap.HISTORY_LEVEL);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setJobExecutorActivate(false);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setExpressionManager(new MockExpressionManager());
        return configuration.buildProcessEngine();
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        Mocks.register(ConnectionRequestModel.Delegates.WORKING_DAYS, new WorkingDays());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    @Deployment(resources = ConnectionRequestModel.RESOURCE)
    void shouldStartTheDemoApplicationWaitingForAReviewerToRegisterIt() {
        ProcessInstance instance = ConnectionRequestStarts.awaitingRegistration(processEngine.getRuntimeService(),
                "TVS-DEMO-00001", 1L, "00000099123456789000", false);

        assertThat(instance).isWaitingAt(ConnectionRequestModel.REGISTER_APPLICATION)
                .hasNotPassed(ConnectionRequestModel.RUN_AUTOMATED_CHECKS);
        assertThat(task()).hasCandidateGroup(ConnectionRequestModel.REVIEWER_GROUP);
        assertThat(processEngine.getRuntimeService().createEventSubscriptionQuery()
                .processInstanceId(instance.getId())
                .eventName(ConnectionRequestModel.Messages.APPLICATION_WITHDRAWN).count()).isEqualTo(1);
    }

    @Test
    @Deployment(resources = ConnectionRequestModel.RESOURCE)
    void shouldDeclareAHistoryTimeToLive() {
        ProcessDefinition definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ConnectionRequestModel.PROCESS_KEY).singleResult();

        assertThat(definition.getHistoryTimeToLive()).isPositive();
    }

    @Test
    void shouldListEveryDeployedModel() {
        assertThat(ProcessEngineBootstrap.MODELS).contains(ConnectionRequestModel.RESOURCE);
        for (String model : ProcessEngineBootstrap.MODELS) {
            assertThat(ConnectionRequestProcessTest.class.getClassLoader().getResource(model)).as(model).isNotNull();
        }
    }
}
