package nl.dictu.tvs.portal.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PREPRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.DELIVER_TEST_ACCOUNTS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ARRANGE_DIGID_CONNECTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_CHECKLIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CORRECT_APPLICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CORRECT_PRODUCTION_REQUEST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REGISTER_APPLICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REVIEWER_TASKS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REWORK_CHECKLIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.UPLOAD_ALB_DECISION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.VERIFY_ALB_DECISION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.ALB_DECISION_ACCEPTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.CHECKLIST_APPROVED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.DIGID_CONNECTION_REFERENCE;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.PREPRODUCTION_APPROVAL_ACCEPTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.PRODUCTION_APPROVAL_ACCEPTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.PRODUCTION_ASSESSMENT_ACCEPTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.REGISTRATION_ACCEPTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.Variables.TEST_ACCOUNTS_DELIVERY;

/**
 * Moves connection-request instances along the model the way the portal would: runs the pending
 * asynchronous continuations and completes open tasks as the right user with the decisions of the
 * scripted route, until the instance waits where a test wants it.
 */
final class ConnectionRequestDriver {

    static final String OIN = "00000099123456789000";
    static final String APPLICANT = "anne.aanvrager";
    static final String ASSESSOR = "bram.beoordelaar";
    static final String APPROVER = "bea.beoordelaar";
    static final String DIGID_REFERENCE = "DIGID-PREPROD-4711";

    private static final int MAX_STEPS = 50;

    private final ProcessEngine engine;
    private final ScriptedDelegates delegates;
    private int sequence;

    int checklistRejections;

    ConnectionRequestDriver(ProcessEngine engine, ScriptedDelegates delegates) {
        this.engine = engine;
        this.delegates = delegates;
    }

    ProcessInstance submit(boolean eenmaligInloggen) {
        sequence++;
        return ConnectionRequestStarts.submitted(engine.getRuntimeService(), String.format("TVS-2026-%05d", sequence),
                1000L + sequence, OIN, eenmaligInloggen);
    }

    /** Scripts the route so that an instance passes {@code waitState} on its way to production. */
    void routeVia(String waitState) {
        switch (waitState) {
            case CORRECT_APPLICATION -> delegates.checksFailures = 1;
            case UPLOAD_ALB_DECISION, VERIFY_ALB_DECISION -> delegates.onAlbList = false;
            case REWORK_CHECKLIST -> checklistRejections = 1;
            case CORRECT_PRODUCTION_REQUEST -> delegates.productionChecksFailures = 1;
            default -> {
                // every other wait state lies on the happy path
            }
        }
    }

    void advanceTo(ProcessInstance instance, String waitState) {
        for (int step = 0; step < MAX_STEPS; step++) {
            runAsyncContinuations(instance);
            if (activeActivityIds(instance).contains(waitState)) {
                return;
            }
            List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list()
                    .stream().sorted(Comparator.comparing(Task::getTaskDefinitionKey)).toList();
            if (tasks.isEmpty()) {
                throw new AssertionError("Instance " + instance.getBusinessKey() + " never reached " + waitState
                        + "; it waits at " + activeActivityIds(instance));
            }
            Task next = tasks.get(0);
            complete(next, userFor(next.getTaskDefinitionKey()), decisionFor(next.getTaskDefinitionKey()));
        }
        throw new AssertionError("Instance " + instance.getBusinessKey() + " did not reach " + waitState);
    }

    /** Executes asynchronous continuations (not timers) until none is left. */
    void runAsyncContinuations(ProcessInstance instance) {
        for (int step = 0; step < MAX_STEPS; step++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new AssertionError("Asynchronous continuations of " + instance.getBusinessKey() + " do not stop");
    }

    void complete(Task task, String user, Map<String, Object> variables) {
        engine.getIdentityService().setAuthenticatedUserId(user);
        try {
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> variables) {
        complete(task(instance, taskKey), user, variables);
    }

    Task task(ProcessInstance instance, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).singleResult();
    }

    Job job(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
    }

    List<String> activeActivityIds(ProcessInstance instance) {
        boolean running = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(instance.getId()).count() > 0;
        return running ? engine.getRuntimeService().getActiveActivityIds(instance.getId()) : List.of();
    }

    static String userFor(String taskKey) {
        if (taskKey.equals(APPROVE_PREPRODUCTION) || taskKey.equals(APPROVE_PRODUCTION)) {
            return APPROVER;
        }
        return REVIEWER_TASKS.contains(taskKey) ? ASSESSOR : APPLICANT;
    }

    /** The decision the scripted route takes at this task. */
    Map<String, Object> decisionFor(String taskKey) {
        Map<String, Object> decision = new HashMap<>();
        switch (taskKey) {
            case VERIFY_ALB_DECISION -> decision.put(ALB_DECISION_ACCEPTED, true);
            case REGISTER_APPLICATION -> decision.put(REGISTRATION_ACCEPTED, true);
            case ARRANGE_DIGID_CONNECTION -> decision.put(DIGID_CONNECTION_REFERENCE, DIGID_REFERENCE);
            case ASSESS_CHECKLIST -> decision.put(CHECKLIST_APPROVED, checklistRejections-- <= 0);
            case DELIVER_TEST_ACCOUNTS -> decision.put(TEST_ACCOUNTS_DELIVERY, "2 DigiD test accounts by secure mail");
            case ASSESS_PRODUCTION -> decision.put(PRODUCTION_ASSESSMENT_ACCEPTED, true);
            case APPROVE_PREPRODUCTION -> decision.put(PREPRODUCTION_APPROVAL_ACCEPTED, true);
            case APPROVE_PRODUCTION -> decision.put(PRODUCTION_APPROVAL_ACCEPTED, true);
            default -> {
                // completing the task is the whole answer
            }
        }
        return decision;
    }
}
