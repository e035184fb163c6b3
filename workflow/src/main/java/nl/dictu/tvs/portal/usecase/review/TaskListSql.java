package nl.dictu.tvs.portal.usecase.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The task list as SQL over the portal's own table of open reviewer tasks ({@code reviewer_task}, kept by
 * {@code process.ReviewerTaskReadModel} in the engine's transactions), with every filter, the sort and the
 * page in the database.
 *
 * <p>Why a table of our own: the page used to join the engine's tasks to its executions and to
 * our applications by business key for every page and every count; at 100,000 applications that
 * took seconds per request. The table has the application reference and organisation on the row
 * and an index per order the views page in, so a page reads its rows from an index.
 *
 * <p>How a page stays an index read on H2 as well as on PostgreSQL, with 45,000 open tasks:
 * <ul>
 *   <li>the page reads {@code reviewer_task} alone and looks up the organisation of each of its 25 rows
 *       by primary key (scalar subqueries): H2 plans a join with the smaller table first and then sorts
 *       every task, spilling to disk beyond 40,000 rows;</li>
 *   <li>where no index gives the order (a descending sort, an organisation filter that few organisations
 *       match), the rows are sorted in a derived table and only the page's 25 look up their organisation;
 *       where an index does, the statement stays flat, because H2 chooses the index of a derived table
 *       without regard to its order;</li>
 *   <li>an organisation filter that many organisations match (at least one in twenty: {@link
 *       #organisationShare()}) is a condition per row ({@code exists}) on a read in the list's order, which
 *       finds its page after a few dozen rows; one that few match selects their tasks by {@code
 *       organisation_id in (...)} and sorts those; the count never joins;</li>
 *   <li>the views of one assignee (the group's: none; mine) sort by the assignee first: one value, so the
 *       same order, but the order of the indexes {@code (assignee, created_at | due_at, task_id)};</li>
 *   <li>every column of an order names its null ordering, as the indexes are built (V46): H2 weighs an
 *       index for an order only when columns and null orderings match, and its default puts empty values
 *       first where PostgreSQL's puts them last.</li>
 * </ul>
 * Only SQL that H2 2.x and PostgreSQL 15 share.
 */
final class TaskListSql {

    /** An organisation filter is common when at least one in this many organisations matches it. */
    static final int COMMON_SHARE = 20;

    private static final String TABLE = " from reviewer_task t";
    private static final String ORGANISATION = " join organisation o on o.id = t.organisation_id";
    private static final String COLUMNS =
            "select t.task_id, t.reference, o.name, o.oin, t.task_key, t.created_at, t.due_at, t.assignee";
    private static final String COLUMNS_LOOKING_UP_ORGANISATION = "select t.task_id, t.reference,"
            + " (select o.name from organisation o where o.id = t.organisation_id) as organisation_name,"
            + " (select o.oin from organisation o where o.id = t.organisation_id) as organisation_oin,"
            + " t.task_key, t.created_at, t.due_at, t.assignee";
    private static final String PAGE = " offset :pageOffset rows fetch next :pageSize rows only";
    private static final String OVERDUE = "t.due_at < :now";
    // For the page, written so that no index on due_at applies: a due date is the task's creation plus its term,
    // so the overdue tasks are the oldest, and reading in the list's order finds them first and stops after the
    // page; on due_at's index H2 would read every overdue task and sort them. The count reads that index's range.
    private static final String OVERDUE_IN_LIST_ORDER = "coalesce(t.due_at, :now) < :now";

    private final List<String> taskConditions;
    private final String organisationCondition;
    private final Map<String, Object> parameters;
    private final Map<String, Object> organisationParameters;
    private final String orderBy;
    private final boolean sortsByOrganisation;
    private final boolean orderIndexed;

    private TaskListSql(List<String> taskConditions, String organisationCondition, Map<String, Object> parameters,
                        Map<String, Object> organisationParameters, TaskListFilter filter) {
        this.taskConditions = List.copyOf(taskConditions);
        this.organisationCondition = organisationCondition;
        this.parameters = parameters;
        this.organisationParameters = organisationParameters;
        this.orderBy = orderBy(filter);
        this.sortsByOrganisation = filter.sort() == TaskListSort.ORGANISATION;
        this.orderIndexed = filter.ascending() && (filter.sort() == TaskListSort.AGE || filter.sort() == TaskListSort.DUE);
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
            conditions.add(OVERDUE_IN_LIST_ORDER);
            parameters.put("now", now);
        }
        if (filter.taskKey() != null) {
            conditions.add("t.task_key = :taskKey");
            parameters.put("taskKey", filter.taskKey());
        }
        List<String> organisationConditions = new ArrayList<>();
        Map<String, Object> organisationParameters = new LinkedHashMap<>();
        if (filter.organisation() != null) {
            organisationConditions.add("(o.oin = :organisationOin or lower(o.name) like :organisationName escape '\\')");
            organisationParameters.put("organisationOin", filter.organisation());
            organisationParameters.put("organisationName",
                    "%" + likeEscaped(filter.organisation().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.organisationKind() != null) {
            organisationConditions.add("o.kind = :organisationKind");
            organisationParameters.put("organisationKind", filter.organisationKind().name());
        }
        parameters.putAll(organisationParameters);
        return new TaskListSql(conditions, organisationConditions.isEmpty() ? null : String.join(" and ", organisationConditions),
                parameters, organisationParameters, filter);
    }

    /** Every column with its null ordering named, as the indexes of V46 are built. */
    private static String orderBy(TaskListFilter filter) {
        String direction = filter.ascending() ? " asc" : " desc";
        boolean oneAssignee = filter.view() == TaskListView.GROUP || filter.view() == TaskListView.MINE;
        boolean indexedWithAssignee = filter.sort() == TaskListSort.AGE || filter.sort() == TaskListSort.DUE;
        String assigneeFirst = oneAssignee && indexedWithAssignee ? "t.assignee asc nulls first, " : "";
        // A unique tie-breaker keeps pages stable when many tasks share a value.
        return " order by " + assigneeFirst + filter.sort().column() + direction + nulls(filter.sort())
                + ", t.task_id asc nulls first";
    }

    /** Empty due dates and assignees last; the other columns are never empty. */
    private static String nulls(TaskListSort sort) {
        return sort == TaskListSort.DUE || sort == TaskListSort.ASSIGNEE ? " nulls last" : " nulls first";
    }

    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** One page, as for an organisation filter that few organisations match. */
    String select() {
        return select(false);
    }

    /**
     * One page: bind {@link #parameters()} and {@code pageOffset} and {@code pageSize}.
     *
     * @param organisationsCommon whether the organisation filter matches at least one in {@link #COMMON_SHARE}
     *                            organisations ({@link #organisationShare()})
     */
    String select(boolean organisationsCommon) {
        if (sortsByOrganisation) {
            return COLUMNS + TABLE + ORGANISATION + where(taskConditions, organisationsIn()) + orderBy + PAGE;
        }
        if (orderIndexed && (organisationCondition == null || organisationsCommon)) {
            return COLUMNS_LOOKING_UP_ORGANISATION + TABLE + where(taskConditions, organisationExists()) + orderBy + PAGE;
        }
        return COLUMNS_LOOKING_UP_ORGANISATION + " from (select *" + TABLE + where(taskConditions, organisationsIn())
                + orderBy + PAGE + ") t" + orderBy;
    }

    String count() {
        List<String> conditions = taskConditions.stream().map(c -> c.equals(OVERDUE_IN_LIST_ORDER) ? OVERDUE : c).toList();
        return "select count(*)" + TABLE + where(conditions, organisationsIn());
    }

    /**
     * How many organisations the organisation filter matches and how many there are, in one row; empty without such
     * a filter. Bind {@link #organisationParameters()}.
     */
    Optional<String> organisationShare() {
        return Optional.ofNullable(organisationCondition)
                .map(condition -> "select count(case when " + condition + " then 1 end), count(*) from organisation o");
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    Map<String, Object> organisationParameters() {
        return organisationParameters;
    }

    private String organisationsIn() {
        return organisationCondition == null ? null
                : "t.organisation_id in (select o.id from organisation o where " + organisationCondition + ")";
    }

    private String organisationExists() {
        return organisationCondition == null ? null
                : "exists (select 1 from organisation o where o.id = t.organisation_id and " + organisationCondition + ")";
    }

    private static String where(List<String> conditions, String organisations) {
        List<String> all = new ArrayList<>(conditions);
        if (organisations != null) {
            all.add(organisations);
        }
        return all.isEmpty() ? "" : " where " + String.join(" and ", all);
    }
}
