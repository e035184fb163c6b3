package nl.dictu.tvs.portal.usecase.review;

import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;

/**
 * What the task list shows and in which order; the web page keeps it in the URL.
 *
 * @param organisation part of the organisation's name or its whole OIN; blank for all
 * @param taskKey      one reviewer task's BPMN id; null for all
 * @param overdueOnly  only tasks past their due date (also in views other than {@link TaskListView#OVERDUE})
 * @param ascending    direction of {@code sort}
 * @param organisationKind only tasks of organisations of this kind; null for all
 */
public record TaskListFilter(TaskListView view, String organisation, String taskKey, boolean overdueOnly,
                             TaskListSort sort, boolean ascending, OrganisationKind organisationKind)
        implements java.io.Serializable {

    public static final int ORGANISATION_MAX = 200;

    public TaskListFilter {
        view = view == null ? TaskListView.ALL : view;
        organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        taskKey = taskKey == null || taskKey.isBlank() ? null : taskKey;
        sort = sort == null ? TaskListSort.AGE : sort;
        if (organisation != null && organisation.length() > ORGANISATION_MAX) {
            throw new ActionRefusedException("tasklist.organisationTooLong", String.valueOf(ORGANISATION_MAX));
        }
        if (taskKey != null && !ConnectionRequestModel.REVIEWER_TASKS.contains(taskKey)) {
            throw new ActionRefusedException("tasklist.unknownTask", taskKey);
        }
    }

    /** Tasks of organisations of every kind. */
    public TaskListFilter(TaskListView view, String organisation, String taskKey, boolean overdueOnly, TaskListSort sort,
                          boolean ascending) {
        this(view, organisation, taskKey, overdueOnly, sort, ascending, null);
    }

    /** All open tasks, oldest first. */
    public static TaskListFilter allOldestFirst() {
        return new TaskListFilter(TaskListView.ALL, null, null, false, TaskListSort.AGE, true);
    }

    public boolean onlyOverdue() {
        return overdueOnly || view == TaskListView.OVERDUE;
    }
}
