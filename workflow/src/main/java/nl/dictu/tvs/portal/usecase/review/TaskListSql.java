package nl.dictu.tvs.portal.usecase.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The task list as one SQL query over the portal's own table of open reviewer tasks
 * ({@code reviewer_task}, kept by {@code process.ReviewerTaskReadModel} in the engine's
 * transactions), with every filter and the sort in the database.
 *
 * <p>Why a table of our own: the page used to join the engine's tasks to its executions and to
 * our applications by business key for every page and every count; at 100,000 applications that
 * took seconds per request. The table has the application reference and organisation on the row
 * and an index per order the views page in ({@code created_at}, {@code due_at}, assignee), so a
 * page reads its rows from an index; the organisation is joined by primary key, the count of a
 * view without an organisation filter does not join at all. Only SQL that H2 2.x and PostgreSQL 15
 * share; Hibernate adds the paging clause for the dialect.
 */
final class TaskListSql {

    private static final String TABLE = " from reviewer_task t";
    private static final String ORGANISATION = " join organisation o on o.id = t.organisation_id";
    private static final String COLUMNS =
            "select t.task_id, t.reference, o.name, o.oin, t.task_key, t.created_at, t.due_at, t.assignee";

    private final String where;
    private final Map<String, Object> parameters;
    private final String orderBy;
    private final boolean countNeedsOrganisation;

    private TaskListSql(String where, Map<String, Object> parameters, String orderBy, boolean countNeedsOrganisation) {
        this.where = where;
        this.parameters = parameters;
        this.orderBy = orderBy;
        this.countNeedsOrganisation = countNeedsOrganisation;
    }

    /**
     * @param username the signed-in reviewer, for {@link TaskListView#MINE}
     * @param now      the moment "overdue" is measured against, as {@link EngineTimestamps#parameter}
     */
    static TaskListSql of(TaskListFilter filter, String username, java.sql.Timestamp now) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        switch (filter.view()) {
            case MINE -> {
                conditions.add("t.assignee = :username");
                parameters.put("username", username);
            }
            case GROUP -> conditions.add("t.assignee is null");
            case ALL, OVERDUE -> {
                // no condition on the assignee
            }
        }
        if (filter.onlyOverdue()) {
            conditions.add("t.due_at < :now");
            parameters.put("now", now);
        }
        if (filter.taskKey() != null) {
            conditions.add("t.task_key = :taskKey");
            parameters.put("taskKey", filter.taskKey());
        }
        if (filter.organisation() != null) {
            conditions.add("(o.oin = :organisationOin or lower(o.name) like :organisationName escape '\\')");
            parameters.put("organisationOin", filter.organisation());
            parameters.put("organisationName", "%" + likeEscaped(filter.organisation().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.organisationKind() != null) {
            conditions.add("o.kind = :organisationKind");
            parameters.put("organisationKind", filter.organisationKind().name());
        }
        String direction = filter.ascending() ? " asc" : " desc";
        // A unique tie-breaker keeps pages stable when many tasks share a value.
        String orderBy = " order by " + filter.sort().column() + direction + nullsLast(filter.sort()) + ", t.task_id asc";
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return new TaskListSql(where, parameters, orderBy,
                filter.organisation() != null || filter.organisationKind() != null);
    }

    private static String nullsLast(TaskListSort sort) {
        return sort == TaskListSort.DUE || sort == TaskListSort.ASSIGNEE ? " nulls last" : "";
    }

    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    String select() {
        return COLUMNS + TABLE + ORGANISATION + where + orderBy;
    }

    String count() {
        return "select count(*)" + TABLE + (countNeedsOrganisation ? ORGANISATION : "") + where;
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
