package nl.dictu.tvs.portal.usecase.review;

import nl.dictu.tvs.portal.persistence.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task list's statements on H2 with the portal's schema and a few thousand open tasks: every page is the
 * right 25 rows in the right order, and the views a reviewer opens most read their page from an index
 * ("index sorted" in H2's plan) instead of sorting every open task; at 100,000 applications that sort was
 * seconds per page under load (docs/development/benchmarks.md).
 */
class TaskListPlanTest {

    private static final Timestamp NOW = Timestamp.from(Instant.parse("2026-11-24T10:00:00Z"));
    private static final int TASKS = 3_000;
    private static final int ORGANISATIONS = 60;
    private static final Pattern NAMED = Pattern.compile("(?<!:):([a-zA-Z]+)");

    private static Connection connection;
    private static final List<Task> tasks = new ArrayList<>();

    private record Task(String id, String reference, long organisationId, String organisationName, String taskKey,
                        Timestamp createdAt, Timestamp dueAt, String assignee) {
    }

    @BeforeAll
    static void fillTheTaskTable() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrator.migrate(dataSource);
        connection = dataSource.getConnection();
        List<String> names = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into organisation (oin, name, created_at) values (?, ?, current_timestamp)", new String[]{"id"})) {
            for (int i = 0; i < ORGANISATIONS; i++) {
                insert.setString(1, String.format("000000991%011d", i));
                insert.setString(2, (i % 3 == 0 ? "Gemeente " : "Waterschap ") + i);
                insert.executeUpdate();
                names.add((i % 3 == 0 ? "Gemeente " : "Waterschap ") + i);
            }
        }
        Map<String, Long> ids = new java.util.HashMap<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("select id, name from organisation")) {
            while (rows.next()) {
                ids.put(rows.getString(2), rows.getLong(1));
            }
        }
        Instant start = NOW.toInstant().minus(400, ChronoUnit.DAYS);
        try (PreparedStatement insert = connection.prepareStatement("insert into reviewer_task (task_id, reference, "
                + "organisation_id, task_key, created_at, due_at, assignee) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < TASKS; i++) {
                String name = names.get(i * 7 % ORGANISATIONS);
                // shared creation times and due dates, some without a due date, a third claimed by one of three
                Timestamp created = Timestamp.from(start.plus(i / 3 * 3L, ChronoUnit.HOURS));
                Timestamp due = i % 50 == 0 ? null : Timestamp.from(created.toInstant().plus(i % 20, ChronoUnit.DAYS));
                String assignee = i % 3 != 0 ? null : i % 9 == 0 ? "beoordelaar" : "beoordelaar" + (i % 9 / 3 + 1);
                Task task = new Task(String.format("task-%05d", (i * 7919) % TASKS), "TVS-2026-" + i, ids.get(name), name,
                        i % 4 == 0 ? "assessChecklist" : "registerApplication", created, due, assignee);
                tasks.add(task);
                insert.setString(1, task.id());
                insert.setString(2, task.reference());
                insert.setLong(3, task.organisationId());
                insert.setString(4, task.taskKey());
                insert.setTimestamp(5, task.createdAt());
                insert.setTimestamp(6, task.dueAt());
                insert.setString(7, task.assignee());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("analyze");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void shouldReadTheGroupsOldestTasksFromAnIndex() throws SQLException {
        TaskListFilter filter = new TaskListFilter(TaskListView.GROUP, null, null, false, null, true);

        assertPage(filter, 0, t -> t.assignee() == null, Comparator.comparing(Task::createdAt));
        assertThat(plan(filter, 0)).contains("index sorted");
    }

    @Test
    void shouldReadEveryTaskOldestFirstAndPageTwentyFromAnIndex() throws SQLException {
        TaskListFilter filter = TaskListFilter.allOldestFirst();

        assertPage(filter, 0, t -> true, Comparator.comparing(Task::createdAt));
        assertPage(filter, 475, t -> true, Comparator.comparing(Task::createdAt));
        assertThat(plan(filter, 475)).contains("index sorted");
    }

    @Test
    void shouldReadEveryTaskByDueDateWithEmptyOnesLastFromAnIndex() throws SQLException {
        TaskListFilter filter = new TaskListFilter(TaskListView.ALL, null, null, false, TaskListSort.DUE, true);

        assertPage(filter, 0, t -> true, byDueEmptyLast());
        assertPage(filter, TASKS - 30, t -> true, byDueEmptyLast());
        assertThat(plan(filter, 0)).contains("index sorted");
        assertThat(plan(new TaskListFilter(TaskListView.GROUP, null, null, false, TaskListSort.DUE, true), 0))
                .contains("index sorted");
    }

    @Test
    void shouldReadMyTasksFromAnIndex() throws SQLException {
        TaskListFilter filter = new TaskListFilter(TaskListView.MINE, null, null, false, null, true);

        assertPage(filter, 0, t -> "beoordelaar".equals(t.assignee()), Comparator.comparing(Task::createdAt));
        assertThat(plan(filter, 0)).contains("index sorted");
    }

    @Test
    void shouldReadTheOverdueTasksInTheListsOrderAndStopAfterThePage() throws SQLException {
        TaskListFilter filter = new TaskListFilter(TaskListView.OVERDUE, null, null, false, null, true);

        assertPage(filter, 0, t -> t.dueAt() != null && t.dueAt().before(NOW), Comparator.comparing(Task::createdAt));
        assertPage(new TaskListFilter(TaskListView.GROUP, null, null, true, TaskListSort.DUE, true), 25,
                t -> t.assignee() == null && t.dueAt() != null && t.dueAt().before(NOW), byDueEmptyLast());
        assertThat(plan(filter, 0)).contains("index sorted");
    }

    @Test
    void shouldListFilteredDescendingAndOrganisationSortedPagesCorrectly() throws SQLException {
        TaskListFilter common = new TaskListFilter(TaskListView.ALL, "gemeente", null, false, null, true);
        for (boolean organisationsCommon : new boolean[]{true, false}) {
            assertPage(common, 25, organisationsCommon, t -> t.organisationName().startsWith("Gemeente"),
                    Comparator.comparing(Task::createdAt));
        }
        assertThat(plan(common, 0, true)).as("read in the list's order, each row's organisation asked").contains("index sorted");
        assertPage(new TaskListFilter(TaskListView.GROUP, "Waterschap 1", null, true, null, true), 0, false,
                t -> t.assignee() == null && t.organisationName().startsWith("Waterschap 1") && t.dueAt() != null
                        && t.dueAt().before(NOW), Comparator.comparing(Task::createdAt));
        assertPage(new TaskListFilter(TaskListView.GROUP, null, "assessChecklist", false, TaskListSort.AGE, false), 0,
                t -> t.assignee() == null && t.taskKey().equals("assessChecklist"),
                Comparator.comparing(Task::createdAt).reversed());
        assertPage(new TaskListFilter(TaskListView.ALL, null, null, false, TaskListSort.ORGANISATION, true), 50,
                t -> true, Comparator.comparing(Task::organisationName));
    }

    @Test
    void shouldCountWithoutJoiningTheOrganisations() throws SQLException {
        TaskListFilter filter = new TaskListFilter(TaskListView.GROUP, "Gemeente", null, false, null, true);
        TaskListSql sql = TaskListSql.of(filter, "beoordelaar", NOW);

        try (ResultSet count = bind(sql.count(), sql.parameters()).executeQuery()) {
            count.next();
            assertThat(count.getLong(1)).isEqualTo(tasks.stream()
                    .filter(t -> t.assignee() == null && t.organisationName().startsWith("Gemeente")).count());
        }
        assertThat(sql.count()).doesNotContain(" join ");
    }

    private static Comparator<Task> byDueEmptyLast() {
        return Comparator.comparing(Task::dueAt, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** The page the statement returns equals the expected rows, sorted, with the task id as tie-breaker. */
    private static void assertPage(TaskListFilter filter, int offset, Predicate<Task> shown, Comparator<Task> order)
            throws SQLException {
        assertPage(filter, offset, false, shown, order);
    }

    private static void assertPage(TaskListFilter filter, int offset, boolean organisationsCommon, Predicate<Task> shown,
                                   Comparator<Task> order) throws SQLException {
        List<String> expected = tasks.stream().filter(shown).sorted(order.thenComparing(Task::id))
                .skip(offset).limit(25).map(Task::id).toList();
        List<String> actual = new ArrayList<>();
        try (PreparedStatement statement = page(filter, offset, organisationsCommon);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                actual.add(rows.getString(1));
                assertThat(rows.getString(3)).as("the organisation's name").isNotBlank();
            }
        }
        assertThat(expected).as("the test's data covers the page").hasSize(25);
        assertThat(actual).as("%s from %d", filter, offset).isEqualTo(expected);
    }

    private static String plan(TaskListFilter filter, int offset) throws SQLException {
        return plan(filter, offset, false);
    }

    private static String plan(TaskListFilter filter, int offset, boolean organisationsCommon) throws SQLException {
        TaskListSql sql = TaskListSql.of(filter, "beoordelaar", NOW);
        try (PreparedStatement explain = bind("explain " + sql.select(organisationsCommon), parameters(sql, offset));
             ResultSet plan = explain.executeQuery()) {
            plan.next();
            return plan.getString(1);
        }
    }

    private static PreparedStatement page(TaskListFilter filter, int offset, boolean organisationsCommon)
            throws SQLException {
        TaskListSql sql = TaskListSql.of(filter, "beoordelaar", NOW);
        return bind(sql.select(organisationsCommon), parameters(sql, offset));
    }

    private static Map<String, Object> parameters(TaskListSql sql, int offset) {
        Map<String, Object> parameters = new java.util.HashMap<>(sql.parameters());
        parameters.put("pageOffset", offset);
        parameters.put("pageSize", 25);
        return parameters;
    }

    /** The statement with its named parameters bound in place, as Hibernate binds them. */
    private static PreparedStatement bind(String sql, Map<String, Object> parameters) throws SQLException {
        Matcher named = NAMED.matcher(sql);
        List<Object> values = new ArrayList<>();
        StringBuilder positional = new StringBuilder();
        while (named.find()) {
            values.add(Objects.requireNonNull(parameters.get(named.group(1)), named.group(1)));
            named.appendReplacement(positional, "?");
        }
        named.appendTail(positional);
        PreparedStatement statement = connection.prepareStatement(positional.toString());
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }
}
