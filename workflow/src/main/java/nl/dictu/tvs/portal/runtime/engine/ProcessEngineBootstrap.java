package nl.dictu.tvs.portal.runtime.engine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.runtime.audit.AuditTrailSink;
import nl.dictu.tvs.portal.runtime.delegate.ApplicantTaskMail;
import nl.dictu.tvs.portal.runtime.delegate.ApplicantTaskMailListener;
import nl.dictu.tvs.portal.runtime.audit.ProcessAuditPlugin;
import jakarta.transaction.TransactionManager;
import nl.dictu.tvs.portal.usecase.documents.DocumentIssuer;
import nl.dictu.tvs.portal.usecase.documents.DocumentJobHandler;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.process.ChangeRequestModel;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.process.ReviewerTaskDueDates;
import nl.dictu.tvs.portal.process.ReviewerTaskReadModel;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * Builds the embedded Camunda engine once, after the schema is migrated, on WildFly's JTA
 * transaction manager and the portal's one datasource, and deploys the BPMN models. The engine's SQL mappings, the
 * larger part of its build, have been read ahead by then ({@link EngineSqlMappings}); the build itself waits for
 * the migration because it creates the engine's tables on an empty database, where Flyway must come first, and
 * because its jobs and task listeners write the portal's tables.
 *
 * <p>History level {@value #HISTORY_LEVEL}: keeps activity instances (milestones, lead times per
 * phase) and variable changes (what a decision was based on) without the detail history of every
 * form field, which the portal's own audit trail and versions already keep. History is removed
 * {@code historyTimeToLive} after a process ends, by the cleanup job in the night window.
 */
@Singleton
@Startup
@DependsOn("PortalStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessEngineBootstrap {

    public static final String ENGINE_NAME = "tvs";
    public static final String HISTORY_LEVEL = ProcessEngineConfiguration.HISTORY_AUDIT;
    public static final String HISTORY_CLEANUP_START = "01:00";
    public static final String HISTORY_CLEANUP_END = "05:00";
    public static final String DEPLOYMENT_NAME = "tvs-aansluitportaal";
    /** Every BPMN file the portal deploys; each declares camunda:historyTimeToLive. */
    static final String[] MODELS = {"bpmn/connection-request.bpmn", "bpmn/change-request.bpmn"};

    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    @Resource(lookup = "java:jboss/datasources/TvsDS")
    private DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    private TransactionManager transactionManager;

    @Inject
    private BeanManager beanManager;

    @Inject
    private AuditTrailSink auditSink;

    @Inject
    private ApplicantTaskMail applicantTaskMail;

    @Inject
    private PortalConfig config;

    private ProcessEngine processEngine;

    @PostConstruct
    void start() {
        JakartaTransactionProcessEngineConfiguration configuration = new PortalEngineConfiguration();
        configuration.setProcessEngineName(ENGINE_NAME);
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        applyPortalSettings(configuration);
        configuration.setHistoryCleanupEnabled(config.isHistoryCleanupNode());
        configuration.setClassLoader(ProcessEngineBootstrap.class.getClassLoader());
        configuration.setExpressionManager(new CdiExpressionManager(beanManager));
        configuration.setMetricsEnabled(false);
        configuration.setCustomJobHandlers(List.of(new DocumentJobHandler(this::issueChecklistReport)));
        configuration.getProcessEnginePlugins().add(new ProcessAuditPlugin(auditSink));
        addInstalledPlugins(configuration);
        addReviewerTaskList(configuration);
        addApplicantTaskMail(configuration, applicantTaskMail);

        processEngine = configuration.buildProcessEngine();
        deployModels();
        reconcileReviewerTaskList(configuration);
        LOG.info(() -> "Process engine '" + ENGINE_NAME + "' started; history level " + HISTORY_LEVEL
                + (configuration.isHistoryCleanupEnabled() ? "" : "; history cleanup left to another node"));
    }

    /**
     * Engine plugins that an installation adds as a jar in the EAR's {@code lib/} with a
     * {@code META-INF/services/org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin} entry; the
     * product itself ships none (the integration tests add their fault injection this way).
     */
    private static void addInstalledPlugins(JakartaTransactionProcessEngineConfiguration configuration) {
        for (ProcessEnginePlugin plugin : ServiceLoader.load(ProcessEnginePlugin.class,
                ProcessEngineBootstrap.class.getClassLoader())) {
            LOG.warning(() -> "Process engine plugin installed beside the portal: " + plugin.getClass().getName());
            configuration.getProcessEnginePlugins().add(plugin);
        }
    }

    /**
     * The settings the portal's engine runs with, whatever its transactions and datasource: the
     * tests build an in-memory engine with the same ones.
     */
    public static void applyPortalSettings(ProcessEngineConfigurationImpl configuration) {
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        // Ids from UUIDs, as Camunda requires for production: the database id generator takes blocks of ids from one
        // row of ACT_GE_PROPERTY, and two nodes taking a block at once failed a task completion with an
        // OptimisticLockingException (answered as "completed meanwhile") although nobody else had completed it.
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setHistory(HISTORY_LEVEL);
        configuration.setJobExecutorActivate(true);
        configuration.setJobExecutorDeploymentAware(false);
        configuration.setHistoryCleanupBatchWindowStartTime(HISTORY_CLEANUP_START);
        configuration.setHistoryCleanupBatchWindowEndTime(HISTORY_CLEANUP_END);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setAuthorizationEnabled(false);
        List<BpmnParseListener> parseListeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            parseListeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        parseListeners.add(new ReviewerTaskDueDates());
        configuration.setCustomPostBPMNParseListeners(parseListeners);
    }

    /**
     * The task list's own table ({@link ReviewerTaskReadModel}): kept by task listeners, so only
     * for this engine, which shares the portal's database.
     */
    private static void addReviewerTaskList(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> parseListeners = new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        parseListeners.add(new ReviewerTaskReadModel());
        configuration.setCustomPostBPMNParseListeners(parseListeners);
    }

    /** The mail to the members concerned when an applicant task opens ({@link ApplicantTaskMailListener}). */
    private static void addApplicantTaskMail(ProcessEngineConfigurationImpl configuration, ApplicantTaskMail mail) {
        List<BpmnParseListener> parseListeners = new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        parseListeners.add(new ApplicantTaskMailListener(mail));
        configuration.setCustomPostBPMNParseListeners(parseListeners);
    }

    private static void reconcileReviewerTaskList(ProcessEngineConfigurationImpl configuration) {
        long start = System.nanoTime();
        configuration.getCommandExecutorTxRequired().execute(context -> {
            try {
                ReviewerTaskReadModel.reconcile(context.getDbSqlSession().getSqlSession().getConnection());
            } catch (SQLException e) {
                throw new ProcessEngineException("Could not reconcile the reviewer task list", e);
            }
            return null;
        });
        LOG.info(() -> "Reviewer task list reconciled with the engine's tasks in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    /** Runs in a job executor thread, in the job's transaction. */
    private void issueChecklistReport(long applicationId) {
        Instance<DocumentIssuer> issuers = beanManager.createInstance().select(DocumentIssuer.class);
        DocumentIssuer issuer = issuers.get();
        try {
            issuer.checklistAssessment(applicationId);
        } finally {
            issuers.destroy(issuer);
        }
    }

    private void deployModels() {
        DeploymentWithDefinitions deployment = deployModels(processEngine.getRepositoryService());
        LOG.info(() -> deployment.getDeployedProcessDefinitions() == null
                ? "BPMN models unchanged since deployment " + deployment.getId()
                : "BPMN deployment " + deployment.getId() + " (" + deployment.getName() + ")");
        RunningInstanceMigration.toNewestVersion(processEngine, ConnectionRequestModel.PROCESS_KEY,
                ConnectionRequestModel.MOVED_WAIT_STATES, ConnectionRequestModel.DROPPED_ACTIVITIES);
        RunningInstanceMigration.toNewestVersion(processEngine, ChangeRequestModel.PROCESS_KEY);
    }

    /**
     * Deploys the portal's models with duplicate filtering: only a changed model becomes a new
     * process definition version, so a restart deploys nothing new. When nothing changed the
     * result names the existing deployment and has no deployed definitions ({@code null}).
     */
    public static DeploymentWithDefinitions deployModels(RepositoryService repositoryService) {
        var builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        for (String model : MODELS) {
            builder.addClasspathResource(model);
        }
        return builder.deployWithResult();
    }

    @PreDestroy
    void stop() {
        if (processEngine != null) {
            processEngine.close();
        }
    }

    public ProcessEngine processEngine() {
        return processEngine;
    }
}
