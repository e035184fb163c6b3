package nl.dictu.tvs.portal.runtime.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.TransitionInstance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves the running instances of older versions of a model onto its newest version, activity for
 * activity (same ids), so a changed model (such as a refusal added after an approval task) also
 * governs the applications already waiting in it. Timers keep their due dates; a boundary timer the
 * newest version no longer has is removed with its job. Where an instance waits at an activity the newest
 * version no longer has, that branch is ended on its own version (never the instance's last one), the plan
 * maps the rest, and on the newest version the branch starts again at the wait state the model names for it
 * (a dropped step does not start again). Starting it on the newest version, not the old one, lets that
 * version's own event subscriptions (a message after what was an event-based gateway) be created. An
 * instance waiting where the newest version has no equal activity and no move is named stays on its
 * version, with one WARNING line.
 */
public final class RunningInstanceMigration {

    private static final Logger LOG = Logger.getLogger(RunningInstanceMigration.class.getName());
    /**
     * Instances moved in one command (one transaction). One by one, a start with 8,400 waiting instances spent 140 s
     * here; the plan is validated once per command, not once per instance.
     */
    static final int BATCH = 250;

    private RunningInstanceMigration() {
    }

    /** @return how many instances now run on the newest version */
    public static int toNewestVersion(ProcessEngine engine, String processKey) {
        return toNewestVersion(engine, processKey, Map.of(), Set.of());
    }

    /**
     * @param movedWaitStates   activity of an older version, and the activity an instance waiting there waits at instead
     * @param droppedActivities activities of an older version whose pending steps are dropped
     * @return how many instances now run on the newest version
     */
    public static int toNewestVersion(ProcessEngine engine, String processKey, Map<String, String> movedWaitStates,
                                      Set<String> droppedActivities) {
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
                Map<String, Set<String>> restarts = new HashMap<>();
                for (String instance : waitingAtRemoved(runtime, older, movedWaitStates, droppedActivities)) {
                    restarts.put(instance, leaveRemoved(runtime, instance, movedWaitStates, droppedActivities));
                }
                migrated += migrate(runtime, older, newest, instances, restarts);
            }
        }
        return migrated;
    }

    /**
     * The instances of the older version with a branch at a moved or dropped activity: only these need their activity
     * tree read and changed, one by one; all others go over in batches.
     */
    private static Set<String> waitingAtRemoved(RuntimeService runtime, ProcessDefinition older, Map<String, String> moved,
                                                Set<String> dropped) {
        Set<String> activities = new LinkedHashSet<>(moved.keySet());
        activities.addAll(dropped);
        if (activities.isEmpty()) {
            return Set.of();
        }
        Set<String> waiting = new LinkedHashSet<>();
        runtime.createProcessInstanceQuery().processDefinitionId(older.getId())
                .activityIdIn(activities.toArray(String[]::new)).list()
                .forEach(instance -> waiting.add(instance.getId()));
        return waiting;
    }

    /** Ends the branches waiting at removed activities; returns where they start again on the newest version. */
    private static Set<String> leaveRemoved(RuntimeService runtime, String instance, Map<String, String> moved,
                                            Set<String> dropped) {
        ActivityInstance tree = runtime.getActivityInstance(instance);
        if (tree == null) {
            return Set.of();
        }
        List<ActivityInstance> activities = new ArrayList<>();
        List<TransitionInstance> transitions = new ArrayList<>();
        collect(tree, activities, transitions);
        Set<String> targets = new LinkedHashSet<>();
        List<String> cancelActivities = new ArrayList<>();
        List<String> cancelTransitions = new ArrayList<>();
        activities.stream().filter(a -> moved.containsKey(a.getActivityId()) || dropped.contains(a.getActivityId()))
                .forEach(a -> {
                    cancelActivities.add(a.getId());
                    if (moved.containsKey(a.getActivityId())) {
                        targets.add(moved.get(a.getActivityId()));
                    }
                });
        transitions.stream().filter(t -> moved.containsKey(t.getActivityId()) || dropped.contains(t.getActivityId()))
                .forEach(t -> {
                    cancelTransitions.add(t.getId());
                    if (moved.containsKey(t.getActivityId())) {
                        targets.add(moved.get(t.getActivityId()));
                    }
                });
        boolean othersRemain = activities.size() + transitions.size() > cancelActivities.size() + cancelTransitions.size();
        if (cancelActivities.isEmpty() && cancelTransitions.isEmpty() || !othersRemain) {
            return Set.of();
        }
        activities.stream().filter(a -> !cancelActivities.contains(a.getId())).map(ActivityInstance::getActivityId)
                .forEach(targets::remove);
        ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(instance);
        cancelActivities.forEach(modification::cancelActivityInstance);
        cancelTransitions.forEach(modification::cancelTransitionInstance);
        try {
            modification.execute(true, true);
            return targets;
        } catch (ProcessEngineException e) {
            LOG.log(Level.WARNING, "Process instance {0} could not leave the activities its newest version removed: {1}",
                    new Object[] {instance, firstLine(e)});
            return Set.of();
        }
    }

    private static void collect(ActivityInstance node, List<ActivityInstance> activities, List<TransitionInstance> transitions) {
        transitions.addAll(List.of(node.getChildTransitionInstances()));
        for (ActivityInstance child : node.getChildActivityInstances()) {
            activities.add(child);
            collect(child, activities, transitions);
        }
    }

    private static int migrate(RuntimeService runtime, ProcessDefinition older, ProcessDefinition newest,
                               List<String> instances, Map<String, Set<String>> restarts) {
        MigrationPlan plan;
        try {
            plan = runtime.createMigrationPlan(older.getId(), newest.getId()).mapEqualActivities().build();
        } catch (ProcessEngineException e) {
            LOG.log(Level.WARNING, "{0} instances of {1} stay on that version: no migration plan to version {2} ({3})",
                    new Object[] {instances.size(), older.getId(), newest.getVersion(), firstLine(e)});
            return 0;
        }
        int migrated = 0;
        List<String> plain = instances.stream().filter(instance -> restarts.getOrDefault(instance, Set.of()).isEmpty()).toList();
        for (int from = 0; from < plain.size(); from += BATCH) {
            List<String> batch = plain.subList(from, Math.min(plain.size(), from + BATCH));
            try {
                runtime.newMigration(plan).processInstanceIds(batch).skipCustomListeners().skipIoMappings().execute();
                migrated += batch.size();
            } catch (ProcessEngineException e) {
                // one instance the plan cannot take fails its whole batch: find it, and move the others one by one
                for (String instance : batch) {
                    migrated += migrateOne(runtime, plan, older, instance, Set.of());
                }
            }
        }
        for (String instance : instances) {
            Set<String> restart = restarts.getOrDefault(instance, Set.of());
            if (!restart.isEmpty()) {
                migrated += migrateOne(runtime, plan, older, instance, restart);
            }
        }
        if (migrated > 0) {
            int count = migrated;
            LOG.info(() -> count + " instances of " + older.getId() + " now run on version " + newest.getVersion());
        }
        return migrated;
    }

    private static int migrateOne(RuntimeService runtime, MigrationPlan plan, ProcessDefinition older, String instance,
                                  Set<String> restart) {
        try {
            runtime.newMigration(plan).processInstanceIds(instance).skipCustomListeners().skipIoMappings().execute();
            if (!restart.isEmpty()) {
                ProcessInstanceModificationBuilder start = runtime.createProcessInstanceModification(instance);
                restart.forEach(start::startBeforeActivity);
                start.execute(true, true);
            }
            return 1;
        } catch (ProcessEngineException e) {
            LOG.log(Level.WARNING, "Process instance {0} stays on {1}: {2}",
                    new Object[] {instance, older.getId(), firstLine(e)});
            return 0;
        }
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
