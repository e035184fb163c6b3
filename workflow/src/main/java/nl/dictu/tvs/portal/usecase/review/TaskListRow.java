package nl.dictu.tvs.portal.usecase.review;

import java.time.Duration;
import java.time.Instant;

/**
 * One row of the reviewer's task list.
 *
 * @param due      when the task escalates; null for tasks created before due dates were set
 * @param assignee the reviewer who claimed it, or null
 */
public record TaskListRow(String taskId, String reference, String organisationName, String organisationOin,
                          String taskKey, Instant created, Instant due, String assignee) implements java.io.Serializable {

    public boolean overdueAt(Instant now) {
        return due != null && due.isBefore(now);
    }

    /** Whole days since the task arrived. */
    public long ageInDaysAt(Instant now) {
        return Duration.between(created, now).toDays();
    }
}
