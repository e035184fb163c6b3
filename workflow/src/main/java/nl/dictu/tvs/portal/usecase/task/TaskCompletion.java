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
import org.camunda.bpm.engine.impl.ServiceImpl;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
            if (!lockOpenTask(taskId)) {
                throw ExpectedRefusals.logged(new TaskAlreadyCompletedException(taskId), actor, "-", taskId);
            }
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

    /**
     * Locks the task's row until the caller's transaction ends, or finds it gone: of two completions
     * at once, on any node, the second waits for the first and then finds the task completed, instead
     * of running into the engine's state half removed by the first (NullPointerExceptions inside the
     * engine, which answered 500).
     */
    private boolean lockOpenTask(String taskId) {
        return ((ServiceImpl) tasks).getCommandExecutor().execute(context -> {
            try (PreparedStatement lock = context.getDbSqlSession().getSqlSession().getConnection()
                    .prepareStatement("select ID_ from ACT_RU_TASK where ID_ = ? for update")) {
                lock.setString(1, taskId);
                try (ResultSet row = lock.executeQuery()) {
                    return row.next();
                }
            } catch (SQLException e) {
                throw new ProcessEngineException("Could not lock task " + taskId, e);
            }
        });
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
