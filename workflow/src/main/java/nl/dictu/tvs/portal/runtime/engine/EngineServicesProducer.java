package nl.dictu.tvs.portal.runtime.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** Makes the engine and its services injectable with {@code @Inject}. */
@ApplicationScoped
public class EngineServicesProducer {

    @Inject
    private ProcessEngineBootstrap bootstrap;

    @Produces
    public ProcessEngine processEngine() {
        return bootstrap.processEngine();
    }

    @Produces
    public RuntimeService runtimeService() {
        return bootstrap.processEngine().getRuntimeService();
    }

    @Produces
    public TaskService taskService() {
        return bootstrap.processEngine().getTaskService();
    }

    @Produces
    public RepositoryService repositoryService() {
        return bootstrap.processEngine().getRepositoryService();
    }

    @Produces
    public HistoryService historyService() {
        return bootstrap.processEngine().getHistoryService();
    }

    @Produces
    public IdentityService identityService() {
        return bootstrap.processEngine().getIdentityService();
    }

    @Produces
    public ManagementService managementService() {
        return bootstrap.processEngine().getManagementService();
    }
}
