package nl.dictu.tvs.portal.usecase.review;

/** The columns the task list sorts on, each with the one SQL expression it sorts by. */
public enum TaskListSort {
    REFERENCE("t.reference"),
    ORGANISATION("o.name"),
    TASK("t.task_key"),
    AGE("t.created_at"),
    DUE("t.due_at"),
    ASSIGNEE("t.assignee");

    private final String column;

    TaskListSort(String column) {
        this.column = column;
    }

    /** A fixed expression, never user input: safe to put into the ORDER BY. */
    String column() {
        return column;
    }
}
