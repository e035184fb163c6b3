package nl.dictu.tvs.portal.usecase.review;

/** The columns the task list sorts on, each with the one SQL expression it sorts by. */
public enum TaskListSort {
    REFERENCE("a.reference"),
    ORGANISATION("o.name"),
    TASK("t.TASK_DEF_KEY_"),
    AGE("t.CREATE_TIME_"),
    DUE("t.DUE_DATE_"),
    ASSIGNEE("t.ASSIGNEE_");

    private final String column;

    TaskListSort(String column) {
        this.column = column;
    }

    /** A fixed expression, never user input: safe to put into the ORDER BY. */
    String column() {
        return column;
    }
}
