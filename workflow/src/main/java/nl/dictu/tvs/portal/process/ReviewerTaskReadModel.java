package nl.dictu.tvs.portal.process;

import nl.dictu.tvs.portal.persistence.DatabaseProduct;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Keeps the table {@code reviewer_task} (migration V16) equal to the engine's open reviewer tasks:
 * a task listener on every reviewer task writes the row when the task is created, follows its
 * assignee and due date, and deletes it when the task ends, on the engine's own connection, so in
 * the same transaction as the task. {@link #reconcile} brings the table in line with the engine's
 * tasks at start-up (a database filled before the table existed, or generated data).
 *
 * <p>{@link #changesCommitted()} counts the transactions of this node that changed the table, once each has
 * committed, so that what is derived from the table (the task list's counts) knows when to read it again.
 *
 * <p>Only for an engine that shares its database with the portal, as the server's does.
 */
public class ReviewerTaskReadModel extends AbstractBpmnParseListener {

    private static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
            TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);
    private static final AtomicLong CHANGES_COMMITTED = new AtomicLong();
    private static final int RECONCILED_ROWS_TO_ANALYSE = 1_000;

    /**
     * How many transactions of this node have changed {@code reviewer_task} and committed, since the application
     * started. It grows only after a commit: a value read before a read of the table and unchanged after it means
     * that no change of this node has committed in between. Other nodes of a cluster count their own.
     */
    public static long changesCommitted() {
        return CHANGES_COMMITTED.get();
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior
                && ReviewerTaskDueDates.isReviewerTask(behavior.getTaskDefinition())) {
            EVENTS.forEach(event -> behavior.getTaskDefinition().addTaskListener(event, new RowKeeper(event)));
        }
    }

    /**
     * Deletes rows of tasks that no longer exist and adds the open reviewer tasks that have none. On PostgreSQL a
     * reconciliation that changed many rows (the first start after the table came, a generated database) analyses
     * the table at once: until the autovacuum does, the planner would count the rows the table had before.
     */
    public static void reconcile(Connection connection) throws SQLException {
        String reviewerTasks = ConnectionRequestModel.REVIEWER_TASKS.stream().map(k -> "'" + k + "'")
                .collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            int changed = statement.executeUpdate(
                    "delete from reviewer_task r where not exists (select 1 from ACT_RU_TASK t where t.ID_ = r.task_id)");
            changed += statement.executeUpdate("""
                    insert into reviewer_task (task_id, reference, organisation_id, task_key, created_at, due_at, assignee)
                    select t.ID_, a.reference, a.organisation_id, t.TASK_DEF_KEY_, t.CREATE_TIME_, t.DUE_DATE_, t.ASSIGNEE_
                      from ACT_RU_TASK t
                      join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
                      join application a on a.reference = e.BUSINESS_KEY_
                     where t.TASK_DEF_KEY_ in (%s)
                       and not exists (select 1 from reviewer_task r where r.task_id = t.ID_)""".formatted(reviewerTasks));
            if (changed >= RECONCILED_ROWS_TO_ANALYSE && DatabaseProduct.isPostgresql(connection)) {
                statement.execute("analyze reviewer_task");
            }
        }
    }

    /**
     * One per event: the listener knows its event itself, because the task's own event name is
     * shared state that another listener's nested event (an update while the task completes) can
     * have reset by the time this one runs; that happened when two reviewers completed one task at once.
     */
    private static final class RowKeeper implements TaskListener {

        private final String event;

        RowKeeper(String event) {
            this.event = event;
        }

        @Override
        public void notify(DelegateTask task) {
            try {
                Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
                switch (event) {
                    case TaskListener.EVENTNAME_CREATE -> insert(connection, task);
                    case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> update(connection, task);
                    default -> delete(connection, task.getId());
                }
                Context.getCommandContext().getTransactionContext()
                        .addTransactionListener(TransactionState.COMMITTED, committed -> CHANGES_COMMITTED.incrementAndGet());
            } catch (SQLException e) {
                throw new ProcessEngineException("Could not keep the task list row of task " + task.getId(), e);
            }
        }

        private static void insert(Connection connection, DelegateTask task) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into reviewer_task (task_id, reference, organisation_id, task_key, created_at, due_at, assignee)
                    select ?, a.reference, a.organisation_id, ?, ?, ?, ? from application a where a.reference = ?""")) {
                insert.setString(1, task.getId());
                insert.setString(2, task.getTaskDefinitionKey());
                insert.setTimestamp(3, timestamp(task.getCreateTime()));
                insert.setTimestamp(4, timestamp(task.getDueDate()));
                insert.setString(5, task.getAssignee());
                insert.setString(6, task.getExecution().getProcessBusinessKey());
                insert.executeUpdate();
            }
        }

        private static void update(Connection connection, DelegateTask task) throws SQLException {
            try (PreparedStatement update = connection.prepareStatement(
                    "update reviewer_task set assignee = ?, due_at = ? where task_id = ?")) {
                update.setString(1, task.getAssignee());
                update.setTimestamp(2, timestamp(task.getDueDate()));
                update.setString(3, task.getId());
                update.executeUpdate();
            }
        }

        private static void delete(Connection connection, String taskId) throws SQLException {
            try (PreparedStatement delete = connection.prepareStatement("delete from reviewer_task where task_id = ?")) {
                delete.setString(1, taskId);
                delete.executeUpdate();
            }
        }

        private static Timestamp timestamp(Date date) {
            return date == null ? null : new Timestamp(date.getTime());
        }
    }
}
