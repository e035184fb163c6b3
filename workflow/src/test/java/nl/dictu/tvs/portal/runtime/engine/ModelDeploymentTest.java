package nl.dictu.tvs.portal.runtime.engine;

import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A restart deploys the portal's models again: an unchanged model must not become a new version. */
class ModelDeploymentTest {

    private ProcessEngine engine;

    @BeforeEach
    void buildEngineWithThePortalsSettings() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("model-deployment");
        configuration.setJdbcUrl("jdbc:h2:mem:model-deployment;DB_CLOSE_DELAY=-1");
        ProcessEngineBootstrap.applyPortalSettings(configuration);
        configuration.setJobExecutorActivate(false);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        engine = configuration.buildProcessEngine();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void shouldDeployNothingNewWhenTheModelsAreUnchanged() {
        RepositoryService repository = engine.getRepositoryService();

        var first = ProcessEngineBootstrap.deployModels(repository);
        var second = ProcessEngineBootstrap.deployModels(repository);

        assertThat(first.getDeployedProcessDefinitions()).hasSize(1);
        assertThat(second.getDeployedProcessDefinitions()).isNullOrEmpty();
        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(1);
        assertThat(repository.createProcessDefinitionQuery()
                .processDefinitionKey(ConnectionRequestModel.PROCESS_KEY).count()).isEqualTo(1);
    }
}
