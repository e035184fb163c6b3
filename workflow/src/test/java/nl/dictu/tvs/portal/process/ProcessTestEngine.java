package nl.dictu.tvs.portal.process;

import nl.dictu.tvs.portal.runtime.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;

/**
 * The in-memory engine of the process tests: H2, the production history level, no job executor
 * (tests run jobs themselves), mocks instead of CDI beans in expressions, and the coverage
 * listeners.
 */
final class ProcessTestEngine {

    private ProcessTestEngine() {
    }

    static ProcessEngineConfiguration configuration(String name) {
        StandaloneInMemProcessEngineConfiguration configuration = withoutCoverage(name);
        // parse listener and handlers that record taken flow nodes and sequence flows
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        return configuration;
    }

    /** The same engine for tests that run outside the coverage extension. */
    static StandaloneInMemProcessEngineConfiguration withoutCoverage(String name) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setHistory(ProcessEngineBootstrap.HISTORY_LEVEL);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setJobExecutorActivate(false);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setExpressionManager(new MockExpressionManager());
        return configuration;
    }
}
