package nl.dictu.tvs.portal.usecase.review;

import nl.dictu.tvs.portal.process.ConnectionRequestModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The task list as one SQL query over the engine's open tasks joined to our application and
 * organisation tables by business key, with every filter and the sort in the database.
 *
 * <p>Why not Camunda's {@code TaskQuery.listPage}: it can filter on the engine's own columns but
 * cannot sort on or search in the organisation, which lives in our tables; doing that in Java
 * would mean reading every open task (100,000 applications) for every page. Here the database
 * does it with its indexes: ACT_RU_TASK by its own key, ACT_RU_EXECUTION by primary key,
 * {@code application.reference} (unique) and {@code organisation} (primary key). The statement
 * uses only SQL that H2 2.x and PostgreSQL 15 share; Hibernate adds the paging clause for the
 * dialect. The engine and the portal share one datasource, so the join is a plain one.
 */
final class TaskListSql {

    private static final String FROM = """
             from ACT_RU_TASK t
             join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
             join application a on a.reference = e.BUSINESS_KEY_
             join organisation o on o.id = a.organisation_id
            """;
    private static final String COLUMNS =
            "select t.ID_, a.reference, o.name, o.oin, t.TASK_DEF_KEY_, t.CREATE_TIME_, t.DUE_DATE_, t.ASSIGNEE_";

    private final String where;
    private final Map<String, Object> parameters;
    private final String orderBy;

    private TaskListSql(String where, Map<String, Object> parameters, String orderBy) {
        this.where = where;
        this.parameters = parameters;
        this.orderBy = orderBy;
    }

    /**
     * @param username the signed-in reviewer, for {@link TaskListView#MINE}
     * @param now      the moment "overdue" is measured against, as {@link EngineTimestamps#parameter}
     */
    static TaskListSql of(TaskListFilter filter, String username, java.sql.Timestamp now) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        // Reviewer tasks only (candidate group "reviewer" in the model), and not suspended.
        conditions.add("t.TASK_DEF_KEY_ in (:reviewerTasks)");
        parameters.put("reviewerTasks", ConnectionRequestModel.REVIEWER_TASKS);
        conditions.add("t.SUSPENSION_STATE_ = 1");
        switch (filter.view()) {
            case MINE -> {
                conditions.add("t.ASSIGNEE_ = :username");
                parameters.put("username", username);
            }
            case GROUP -> conditions.add("t.ASSIGNEE_ is null");
            case ALL, OVERDUE -> {
                // no condition on the assignee
            }
        }
        if (filter.onlyOverdue()) {
            conditions.add("t.DUE_DATE_ < :now");
            parameters.put("now", now);
        }
        if (filter.taskKey() != null) {
            conditions.add("t.TASK_DEF_KEY_ = :taskKey");
            parameters.put("taskKey", filter.taskKey());
        }
        if (filter.organisation() != null) {
            conditions.add("(o.oin = :organisationOin or lower(o.name) like :organisationName escape '\\')");
            parameters.put("organisationOin", filter.organisation());
            parameters.put("organisationName", "%" + likeEscaped(filter.organisation().toLowerCase(Locale.ROOT)) + "%");
        }
        String direction = filter.ascending() ? " asc" : " desc";
        // A unique tie-breaker keeps pages stable when many tasks share a value.
        String orderBy = " order by " + filter.sort().column() + direction + nullsLast(filter.sort()) + ", t.ID_ asc";
        return new TaskListSql(" where " + String.join(" and ", conditions), parameters, orderBy);
    }

    private static String nullsLast(TaskListSort sort) {
        return sort == TaskListSort.DUE || sort == TaskListSort.ASSIGNEE ? " nulls last" : "";
    }

    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    String select() {
        return COLUMNS + FROM + where + orderBy;
    }

    String count() {
        return "select count(*)" + FROM + where;
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
