package nl.dictu.tvs.portal.shared.error;

/** The task was completed (or ended) by someone else in the meantime. */
public class TaskAlreadyCompletedException extends ApplicationServiceException {

    public static final String KEY = "task.alreadyCompleted";

    public TaskAlreadyCompletedException(String taskId) {
        super(KEY, taskId);
    }
}
