package nl.dictu.tvs.portal.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

class ConnectionRequestProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(inMemoryEngine())
            .build();

    ProcessEngine processEngine;

    static ProcessEngine inMemoryEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:connection-request-test;DB_CLOSE_DELAY=-1");
        configuration.setHistory(ProcessEngineBootstrap.HISTORY_LEVEL);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setJobExecutorActivate(false);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        return configuration.buildProcessEngine();
    }

    @Test
    @Deployment(resources = "bpmn/connection-request.bpmn")
    void shouldWaitForAReviewerToRegisterASubmittedApplication() {
        ProcessInstance instance = processEngine.getRuntimeService()
                .startProcessInstanceByKey("connectionRequest", "TVS-2026-00001", Map.of("organisationOin", "00000099123456789000"));

        assertThat(instance).isWaitingAt("registerApplication");
        assertThat(task()).hasCandidateGroup("reviewer");

        complete(task());

        assertThat(instance).hasPassedInOrder("applicationSubmitted", "registerApplication", "applicationRegistered")
                .isEnded();
    }

    @Test
    @Deployment(resources = "bpmn/connection-request.bpmn")
    void shouldDeclareAHistoryTimeToLive() {
        ProcessDefinition definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("connectionRequest").singleResult();

        assertThat(definition.getHistoryTimeToLive()).isPositive();
    }

    @Test
    void shouldListEveryDeployedModel() {
        assertThat(ProcessEngineBootstrap.MODELS).contains("bpmn/connection-request.bpmn");
        for (String model : ProcessEngineBootstrap.MODELS) {
            assertThat(ConnectionRequestProcessTest.class.getClassLoader().getResource(model)).as(model).isNotNull();
        }
    }
}
