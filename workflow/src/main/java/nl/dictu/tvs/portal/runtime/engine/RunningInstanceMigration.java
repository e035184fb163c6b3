package nl.dictu.tvs.portal.runtime.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves the running instances of older versions of a model onto its newest version, activity for
 * activity (same ids), so a changed model (such as a refusal added after an approval task) also
 * governs the applications already waiting in it. Timers keep their due dates. An instance waiting
 * where the newest version has no equal activity stays on its version, with one WARNING line.
 */
public final class RunningInstanceMigration {

    private static final Logger LOG = Logger.getLogger(RunningInstanceMigration.class.getName());

    private RunningInstanceMigration() {
    }

    /** @return how many instances now run on the newest version */
    public static int toNewestVersion(ProcessEngine engine, String processKey) {
        ProcessDefinition newest = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        if (newest == null) {
            return 0;
        }
        RuntimeService runtime = engine.getRuntimeService();
        int migrated = 0;
        for (ProcessDefinition older : engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).list()) {
            if (older.getVersion() >= newest.getVersion()) {
                continue;
            }
            List<String> instances = runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).list()
                    .stream().map(ProcessInstance::getId).toList();
            if (!instances.isEmpty()) {
                migrated += migrate(runtime, older, newest, instances);
            }
        }
        return migrated;
    }

    private static int migrate(RuntimeService runtime, ProcessDefinition older, ProcessDefinition newest,
                               List<String> instances) {
        MigrationPlan plan;
        try {
            plan = runtime.createMigrationPlan(older.getId(), newest.getId()).mapEqualActivities().build();
        } catch (ProcessEngineException e) {
            LOG.log(Level.WARNING, "{0} instances of {1} stay on that version: no migration plan to version {2} ({3})",
                    new Object[] {instances.size(), older.getId(), newest.getVersion(), firstLine(e)});
            return 0;
        }
        int migrated = 0;
        for (String instance : instances) {
            try {
                runtime.newMigration(plan).processInstanceIds(instance).skipCustomListeners().skipIoMappings().execute();
                migrated++;
            } catch (ProcessEngineException e) {
                LOG.log(Level.WARNING, "Process instance {0} stays on {1}: {2}",
                        new Object[] {instance, older.getId(), firstLine(e)});
            }
        }
        if (migrated > 0) {
            int count = migrated;
            LOG.info(() -> count + " instances of " + older.getId() + " now run on version " + newest.getVersion());
        }
        return migrated;
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
