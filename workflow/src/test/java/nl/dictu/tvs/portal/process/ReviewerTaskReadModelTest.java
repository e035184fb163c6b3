package nl.dictu.tvs.portal.process;

import nl.dictu.tvs.portal.testbed.ServiceTestBed;
import nl.dictu.tvs.portal.usecase.review.TaskDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The task list's own table follows the engine's open reviewer tasks, and is repaired at start-up. */
class ReviewerTaskReadModelTest {

    private final ServiceTestBed bed = ServiceTestBed.oneDatabase();
    private String reference;

    @BeforeEach
    void submitAndCheck() {
        reference = bed.inTransaction(() -> bed.applicationCommands.submit(ServiceTestBed.anne(), ServiceTestBed.validContent()));
        bed.runDueJobs();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void shouldHoldARowPerOpenReviewerTaskWithItsApplicationAndFollowItsAssignee() throws SQLException {
        String registration = bed.taskId(reference, ConnectionRequestModel.REGISTER_APPLICATION);

        assertThat(rows()).containsExactly(registration + " " + reference + " registerApplication null");
        assertThat(rows()).isEqualTo(openReviewerTasks());

        bed.inTransaction(() -> bed.taskCommands.claim(ServiceTestBed.reviewer("rev1"), registration));

        assertThat(rows()).containsExactly(registration + " " + reference + " registerApplication rev1");
    }

    @Test
    void shouldDropTheRowOfACompletedTaskAndAddTheNextTasks() throws SQLException {
        String registration = bed.taskId(reference, ConnectionRequestModel.REGISTER_APPLICATION);

        bed.inTransaction(() -> bed.taskCommands.complete(ServiceTestBed.reviewer("rev1"), registration, TaskDecision.accept()));
        bed.runDueJobs();

        assertThat(rows()).isNotEmpty().noneMatch(row -> row.startsWith(registration + " "));
        assertThat(rows()).isEqualTo(openReviewerTasks());
    }

    @Test
    void shouldRepairTheTableFromTheEnginesTasksWhenReconciled() throws SQLException {
        try (Connection c = bed.dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from reviewer_task");
            s.executeUpdate("insert into reviewer_task (task_id, reference, organisation_id, task_key, created_at) "
                    + "select 'gone', reference, organisation_id, 'registerApplication', current_timestamp from application");
            ReviewerTaskReadModel.reconcile(c);
        }

        assertThat(rows()).isEqualTo(openReviewerTasks()).hasSize(1);
    }

    private List<String> rows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = bed.dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select task_id, reference, task_key, assignee from reviewer_task order by task_id")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4));
            }
        }
        return rows;
    }

    private List<String> openReviewerTasks() {
        return bed.engine.getTaskService().createTaskQuery().taskDefinitionKeyIn(
                        ConnectionRequestModel.REVIEWER_TASKS.toArray(String[]::new)).orderByTaskId().asc().list().stream()
                .map(t -> t.getId() + " " + reference + " " + t.getTaskDefinitionKey() + " " + t.getAssignee())
                .sorted().toList();
    }
}
