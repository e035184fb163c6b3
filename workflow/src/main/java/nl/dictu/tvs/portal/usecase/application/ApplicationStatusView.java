package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.usecase.task.TaskSummary;

import java.time.Instant;
import java.util.List;

/**
 * An application as "my applications" shows it.
 *
 * @param status     {@code inProgress}, or the process's {@code applicationStatus} ({@code live},
 *                   {@code rejected}, {@code withdrawn}, {@code expired}, {@code terminated})
 * @param openTasks  the tasks open now
 * @param milestones the user and service tasks completed so far, oldest first
 */
public record ApplicationStatusView(String reference, Instant submittedAt, int currentVersion, String status,
                                    WaitingFor waitingFor, List<TaskSummary> openTasks, List<Milestone> milestones) {

    public static final String IN_PROGRESS = "inProgress";
}
