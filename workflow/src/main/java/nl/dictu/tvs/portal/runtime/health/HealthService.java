package nl.dictu.tvs.portal.runtime.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.runtime.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;

/** Checks the database and the process engine for the health endpoints. */
@ApplicationScoped
public class HealthService {

    static final int DATABASE_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/TvsDS")
    private DataSource dataSource;

    @Inject
    private ProcessEngineBootstrap engineBootstrap;

    /** Can the portal serve requests: database answers, engine runs with its models, jobs run. */
    public List<HealthCheck> readiness() {
        return List.of(database(), processEngine(), jobExecutor());
    }

    /**
     * {@link #readiness()} and, for the operators on the health listener, how many jobs are due: after a stop, or on
     * a database that has been away, the engine first works off the timers that came due meanwhile (reminders,
     * escalations and their mails), and the pages are slower until it has. Never down on that account.
     */
    public List<HealthCheck> readinessInDetail() {
        return Stream.concat(readiness().stream(), Stream.of(jobsDue())).toList();
    }

    /** Is the portal alive: the database answers and the engine runs (no deployment details). */
    public List<HealthCheck> liveness() {
        return List.of(database(), processEngine());
    }

    public static boolean allUp(List<HealthCheck> checks) {
        return checks.stream().allMatch(HealthCheck::up);
    }

    HealthCheck database() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(DATABASE_TIMEOUT_SECONDS);
            return new HealthCheck("database", valid,
                    valid ? connection.getMetaData().getDatabaseProductName() : "connection not valid");
        } catch (Exception e) {
            return new HealthCheck("database", false, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    HealthCheck processEngine() {
        ProcessEngine engine = engineBootstrap.processEngine();
        if (engine == null) {
            return new HealthCheck("processEngine", false, "not started");
        }
        try {
            long definitions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
            return new HealthCheck("processEngine", definitions > 0, definitions + " process definitions deployed");
        } catch (Exception e) {
            return new HealthCheck("processEngine", false, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    HealthCheck jobsDue() {
        ProcessEngine engine = engineBootstrap.processEngine();
        if (engine == null) {
            return new HealthCheck("jobsDue", true, "engine not started");
        }
        try {
            return new HealthCheck("jobsDue", true,
                    engine.getManagementService().createJobQuery().executable().count() + " jobs due");
        } catch (Exception e) {
            return new HealthCheck("jobsDue", true, "not counted: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    HealthCheck jobExecutor() {
        ProcessEngine engine = engineBootstrap.processEngine();
        if (engine == null) {
            return new HealthCheck("jobExecutor", false, "engine not started");
        }
        boolean active = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor().isActive();
        return new HealthCheck("jobExecutor", active, active ? "active" : "stopped");
    }
}
