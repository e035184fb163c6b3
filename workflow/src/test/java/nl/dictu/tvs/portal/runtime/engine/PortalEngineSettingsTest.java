package nl.dictu.tvs.portal.runtime.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine the portal builds: history level, nightly history cleanup, history time to live
 * enforced, and a restart that deploys the unchanged models again makes no new version.
 */
class PortalEngineSettingsTest {

    private ProcessEngine engine;

    @BeforeEach
    void buildEngineWithThePortalsSettings() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("portal-settings");
        configuration.setJdbcUrl("jdbc:h2:mem:portal-settings;DB_CLOSE_DELAY=-1");
        ProcessEngineBootstrap.applyPortalSettings(configuration);
        configuration.setJobExecutorActivate(false); // the test looks at jobs, it does not run them
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        engine = configuration.buildProcessEngine();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void shouldScheduleTheHistoryCleanupInTheNightWindow() {
        List<Job> cleanup = engine.getHistoryService().findHistoryCleanupJobs();

        assertThat(cleanup).isNotEmpty();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(configuration.getHistory()).isEqualTo(ProcessEngineConfiguration.HISTORY_AUDIT);
    }

    @Test
    void shouldRefuseAModelWithoutHistoryTimeToLive() {
        // written out: the fluent model builder would add a default time to live
        String model = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="test">
                  <process id="noTimeToLive" isExecutable="true">
                    <startEvent id="start"/>
                  </process>
                </definitions>""";

        assertThatThrownBy(() -> engine.getRepositoryService().createDeployment()
                .addString("no-ttl.bpmn", model).deploy())
                .hasMessageContaining("historyTimeToLive");
    }

    @Test
    void shouldDeployNothingNewWhenTheModelsAreUnchanged() {
        RepositoryService repository = engine.getRepositoryService();

        var first = ProcessEngineBootstrap.deployModels(repository);
        var second = ProcessEngineBootstrap.deployModels(repository);

        assertThat(first.getDeployedProcessDefinitions()).hasSize(ProcessEngineBootstrap.MODELS.length);
        assertThat(second.getDeployedProcessDefinitions()).isNullOrEmpty();
        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(1);
        assertThat(repository.createProcessDefinitionQuery()
                .processDefinitionKey(ConnectionRequestModel.PROCESS_KEY).count()).isEqualTo(1);
    }
}
