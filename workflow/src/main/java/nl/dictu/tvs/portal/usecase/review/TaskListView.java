package nl.dictu.tvs.portal.usecase.review;

/** The reviewer's saved views of the task list. */
public enum TaskListView {
    /** Claimed by the signed-in reviewer. */
    MINE,
    /** Nobody has claimed them yet: the group's queue. */
    GROUP,
    /** Every open reviewer task. */
    ALL,
    /** Past their due date, claimed or not. */
    OVERDUE
}
