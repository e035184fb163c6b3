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
 * @param milestones the user and service tasks completed so far, oldest first (only the latest where the caller read
 *                   {@link ApplicationQueries.Milestones#LATEST})
 */
public record ApplicationStatusView(String reference, Instant submittedAt, int currentVersion, String status,
                                    WaitingFor waitingFor, List<TaskSummary> openTasks, List<Milestone> milestones) {

    public static final String IN_PROGRESS = "inProgress";

    /** The BPMN keys of the tasks open now, oldest first: the next step, as the process names it. */
    public List<String> nextStepKeys() {
        return openTasks.stream().map(TaskSummary::taskKey).distinct().toList();
    }

    /**
     * In progress with no task open: the process is doing DICTU's automated work (right after
     * submission, its checks), and the next task is still to come.
     */
    public boolean automatedStepRunning() {
        return IN_PROGRESS.equals(status) && openTasks.isEmpty();
    }

    /** Who is next; while an automated step runs, that is DICTU, not nobody. */
    public WaitingFor next() {
        return automatedStepRunning() ? WaitingFor.DICTU : waitingFor;
    }
}
