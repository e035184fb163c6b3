package nl.dictu.tvs.portal.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.account.SignedInUser;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CORRECT_APPLICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CORRECT_PRODUCTION_REQUEST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REQUEST_PRODUCTION;

/**
 * Claiming, releasing and completing tasks, with the decision each task records. Tasks that take
 * new content (corrections, the production request) complete through {@link ApplicationCommands}.
 */
@Stateless
public class TaskCommands {

    static final List<String> CONTENT_TASKS = List.of(CORRECT_APPLICATION, REQUEST_PRODUCTION, CORRECT_PRODUCTION_REQUEST);

    @Inject
    private TaskService tasks;

    @Inject
    private RuntimeService runtime;

    @Inject
    private IdentityService identity;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private Auditor auditor;

    @Inject
    private UserAccountRepository accounts;

    public TaskCommands() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public TaskCommands(TaskService tasks, RuntimeService runtime, IdentityService identity,
                        ApplicationRepository applications, Auditor auditor, UserAccountRepository accounts) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.applications = applications;
        this.auditor = auditor;
    }

    public void claim(SignedInUser actor, String taskId) {
        OpenTask task = workableTask(actor, taskId);
        try {
            tasks.claim(taskId, actor.username());
        } catch (TaskAlreadyClaimedException e) {
            throw new ActionRefusedException("task.claimedByOther", task.task().getAssignee());
        }
        audit(actor, "taskClaimed", task, Map.of(), Map.of("assignee", actor.username()));
    }

    public void unclaim(SignedInUser actor, String taskId) {
        OpenTask task = workableTask(actor, taskId);
        if (!actor.username().equals(task.task().getAssignee())) {
            throw new ActionRefusedException("task.notClaimedByYou", taskId);
        }
        tasks.setAssignee(taskId, null);
        audit(actor, "taskUnclaimed", task, Map.of("assignee", actor.username()), Map.of());
    }

    /**
     * Gives a reviewer task to a colleague (an enabled reviewer): an unclaimed task, or one the
     * actor holds. A task someone else holds stays theirs.
     */
    public void handOver(SignedInUser actor, String taskId, String colleague) {
        OpenTask task = workableTask(actor, taskId);
        if (!ConnectionRequestModel.REVIEWER_TASKS.contains(task.key())) {
            throw new ActionRefusedException("task.handOverReviewerTasksOnly", task.key());
        }
        UserAccount to = accounts.findByUsername(colleague == null ? "" : colleague)
                .filter(a -> a.isEnabled() && a.hasRole(Role.REVIEWER))
                .orElseThrow(() -> new ActionRefusedException("task.handOverNotAReviewer", String.valueOf(colleague)));
        String assignee = task.task().getAssignee();
        if (assignee != null && !assignee.equals(actor.username())) {
            throw new ActionRefusedException("task.claimedByOther", assignee);
        }
        tasks.setAssignee(taskId, to.getUsername());
        audit(actor, "taskHandedOver", task, assignee == null ? Map.of() : Map.of("assignee", assignee),
                Map.of("assignee", to.getUsername()));
    }

    /** Completes the task with the decision; a task claimed by someone else stays theirs. */
    public void complete(SignedInUser actor, String taskId, TaskDecision decision) {
        OpenTask task = workableTask(actor, taskId);
        if (CONTENT_TASKS.contains(task.key())) {
            throw new ActionRefusedException("task.completeWithForm", task.key());
        }
        String assignee = task.task().getAssignee();
        if (assignee != null && !assignee.equals(actor.username())) {
            throw new ActionRefusedException("task.claimedByOther", assignee);
        }
        Map<String, Object> variables = DecisionVariables.of(task.key(), decision);
        new TaskCompletion(tasks, identity).complete(actor, taskId, variables);
        Map<String, String> after = new LinkedHashMap<>();
        variables.forEach((name, value) -> after.put(name, String.valueOf(value)));
        audit(actor, "taskCompleted", task, Map.of(), after);
    }

    private OpenTask workableTask(SignedInUser actor, String taskId) {
        OpenTask task = OpenTask.byId(tasks, runtime, taskId).orElseThrow(() -> new TaskAlreadyCompletedException(taskId));
        AccessPolicy.requireMayWork(actor, task.key(), task.reference(), task.organisationOin());
        return task;
    }

    private void audit(SignedInUser actor, String action, OpenTask task, Map<String, String> before, Map<String, String> after) {
        Long applicationId = applications.findByReference(task.reference()).map(Application::getId).orElse(null);
        auditor.record(actor.username(), action, applicationId, task.key(), before, after);
    }
}
