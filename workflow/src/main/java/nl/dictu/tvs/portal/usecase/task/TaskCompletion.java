package nl.dictu.tvs.portal.usecase.task;


import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.error.TaskAlreadyCompletedException;

import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.process.FourEyesViolationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;

import java.util.Map;

/**
 * Completes a task as the signed-in user: the engine's authenticated user is set around the
 * completion (the four-eyes listener reads it) and always cleared after. A task someone else
 * completed first, or that ended meanwhile, becomes {@link TaskAlreadyCompletedException}.
 */
public final class TaskCompletion {

    private final TaskService tasks;
    private final IdentityService identity;

    public TaskCompletion(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    public void complete(SignedInUser actor, String taskId, Map<String, Object> variables) {
        identity.setAuthenticatedUserId(actor.username());
        try {
            tasks.complete(taskId, variables);
        } catch (NullValueException | OptimisticLockingException e) {
            throw ExpectedRefusals.logged(new TaskAlreadyCompletedException(taskId), actor, "-", taskId);
        } catch (ProcessEngineException e) {
            FourEyesViolationException fourEyes = causeOfType(e, FourEyesViolationException.class);
            if (fourEyes != null) {
                throw ExpectedRefusals.logged(new ActionRefusedException("task.fourEyes", actor.displayName()), actor, "-", taskId);
            }
            throw e;
        } finally {
            identity.clearAuthentication();
        }
    }

    public static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
