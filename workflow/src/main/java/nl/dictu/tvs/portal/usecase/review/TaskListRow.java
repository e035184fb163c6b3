package nl.dictu.tvs.portal.usecase.review;

import java.time.Duration;
import java.time.Instant;

/**
 * One row of the reviewer's task list.
 *
 * @param due      when the task escalates; null for tasks created before due dates were set
 * @param assignee the reviewer who claimed it (user name), or null
 * @param assigneeName that reviewer's display name, as the list shows them, or null
 */
public record TaskListRow(String taskId, String reference, String organisationName, String organisationOin,
                          String taskKey, Instant created, Instant due, String assignee, String assigneeName)
        implements java.io.Serializable {

    /** The same row with the assignee's display name. */
    TaskListRow withAssigneeName(String name) {
        return new TaskListRow(taskId, reference, organisationName, organisationOin, taskKey, created, due, assignee, name);
    }

    public boolean overdueAt(Instant now) {
        return due != null && due.isBefore(now);
    }

    /** Whole days since the task arrived. */
    public long ageInDaysAt(Instant now) {
        return Duration.between(created, now).toDays();
    }
}
