package nl.dictu.tvs.portal.usecase.review;

import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.domain.organisation.OrganisationKind;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskListSqlTest {

    private static final Timestamp NOW = Timestamp.from(Instant.parse("2026-11-24T10:00:00Z"));

    private static TaskListSql sql(TaskListFilter filter) {
        return TaskListSql.of(filter, "beoordelaar", NOW);
    }

    @Test
    void shouldListEveryOpenReviewerTaskOldestFirstFromTheTaskListTableByDefault() {
        TaskListSql sql = sql(TaskListFilter.allOldestFirst());

        assertThat(sql.select()).as("the page read from the task table alone, its organisations looked up")
                .contains("(select o.name from organisation o where o.id = t.organisation_id)")
                .endsWith(" from reviewer_task t order by t.created_at asc nulls first, t.task_id asc nulls first"
                        + " offset :pageOffset rows fetch next :pageSize rows only")
                .doesNotContain(" join ")
                .doesNotContain("ACT_RU_").doesNotContain("reviewer_task t where");
        assertThat(sql.count()).isEqualTo("select count(*) from reviewer_task t");
        assertThat(sql.parameters()).isEmpty();
    }

    @Test
    void shouldRestrictMyTasksToTheSignedInReviewer() {
        TaskListSql sql = sql(new TaskListFilter(TaskListView.MINE, null, null, false, null, true));

        assertThat(sql.select()).contains("t.assignee = :username");
        assertThat(sql.parameters()).containsEntry("username", "beoordelaar");
    }

    @Test
    void shouldShowOnlyUnclaimedTasksAsGroupTasks() {
        assertThat(sql(new TaskListFilter(TaskListView.GROUP, null, null, false, null, true)).select())
                .contains("t.assignee is null")
                .as("sorted by the assignee first: one value, and the order of the index (assignee, created_at, task_id)")
                .contains(" order by t.assignee asc nulls first, t.created_at asc nulls first, t.task_id asc nulls first offset");
    }

    @Test
    void shouldPushOverdueDownAsADueDateBeforeNowInTheOverdueViewAndAsAFilter() {
        TaskListSql view = sql(new TaskListFilter(TaskListView.OVERDUE, null, null, false, null, true));
        TaskListSql filter = sql(new TaskListFilter(TaskListView.GROUP, null, null, true, null, true));

        assertThat(view.select()).as("read in the list's order, not from the due dates' index")
                .contains(" from reviewer_task t where coalesce(t.due_at, :now) < :now order by");
        assertThat(view.count()).as("counted on the due dates' index").endsWith(" where t.due_at < :now");
        assertThat(view.parameters()).containsEntry("now", NOW);
        assertThat(filter.select()).contains("coalesce(t.due_at, :now) < :now").contains("t.assignee is null");
    }

    @Test
    void shouldReadACommonOrganisationFilterInTheListsOrderAndARareOneByItsTasks() {
        TaskListSql sql = sql(new TaskListFilter(TaskListView.ALL, "Gemeente", null, false, null, true));

        assertThat(sql.select(true)).contains(" from reviewer_task t where exists (select 1 from organisation o"
                + " where o.id = t.organisation_id and (o.oin = :organisationOin");
        assertThat(sql.select(false)).contains(" from (select * from reviewer_task t where t.organisation_id in (");
        assertThat(sql.organisationShare()).contains("select count(case when (o.oin = :organisationOin or lower(o.name)"
                + " like :organisationName escape '\\') then 1 end), count(*) from organisation o");
        assertThat(sql.organisationParameters()).containsOnlyKeys("organisationOin", "organisationName");
        assertThat(sql(TaskListFilter.allOldestFirst()).organisationShare()).isEmpty();
    }

    @Test
    void shouldSortInADerivedTableWhenNoIndexGivesTheOrder() {
        assertThat(sql(new TaskListFilter(TaskListView.ALL, "Gemeente", null, false, null, true)).select())
                .as("organisations looked up for the page's rows only")
                .contains(" from (select * from reviewer_task t where t.organisation_id in (select o.id from organisation o");
        assertThat(sql(new TaskListFilter(TaskListView.ALL, null, null, false, TaskListSort.AGE, false)).select())
                .contains(" from (select * from reviewer_task t order by t.created_at desc");
    }

    @Test
    void shouldFilterOnOrganisationNameOrOinWithLikeWildcardsEscaped() {
        TaskListSql sql = sql(new TaskListFilter(TaskListView.ALL, "  Gemeente_100% ", null, false, null, true));

        assertThat(sql.count()).startsWith("select count(*)")
                .contains("t.organisation_id in (select o.id from organisation o where (o.oin = :organisationOin"
                        + " or lower(o.name) like :organisationName escape '\\'))")
                .doesNotContain("order by").doesNotContain(" join ");
        assertThat(sql.parameters()).containsEntry("organisationOin", "Gemeente_100%")
                .containsEntry("organisationName", "%gemeente\\_100\\%%");
    }

    @Test
    void shouldFilterOnTheOrganisationsKindWithoutJoiningForTheCount() {
        TaskListSql sql = sql(new TaskListFilter(TaskListView.ALL, null, null, false, null, true,
                OrganisationKind.CARE_PROVIDER));

        assertThat(sql.select()).contains("o.kind = :organisationKind");
        assertThat(sql.count()).contains("t.organisation_id in (select o.id from organisation o where o.kind = :organisationKind)")
                .doesNotContain(" join ");
        assertThat(sql.parameters()).containsEntry("organisationKind", "CARE_PROVIDER");
        assertThat(sql(TaskListFilter.allOldestFirst()).select()).doesNotContain("o.kind");
    }

    @Test
    void shouldFilterOnTaskTypeAndSortDescendingWithEmptyValuesLast() {
        TaskListSql sql = sql(new TaskListFilter(TaskListView.ALL, null, ConnectionRequestModel.APPROVE_PRODUCTION,
                false, TaskListSort.DUE, false));

        assertThat(sql.select()).contains("t.task_key = :taskKey")
                .contains(" order by t.due_at desc nulls last, t.task_id asc nulls first offset");
        assertThat(sql.parameters()).containsEntry("taskKey", ConnectionRequestModel.APPROVE_PRODUCTION);
    }

    @Test
    void shouldSortOnTheOrganisationNameFromOurOwnTable() {
        assertThat(sql(new TaskListFilter(TaskListView.ALL, null, null, false, TaskListSort.ORGANISATION, true)).select())
                .contains(" from reviewer_task t join organisation o on o.id = t.organisation_id")
                .endsWith(" order by o.name asc nulls first, t.task_id asc nulls first offset :pageOffset rows fetch next :pageSize rows only");
    }

    @Test
    void shouldRefuseAnApplicantTaskOrAnOverlongOrganisationWithAReason() {
        assertThatThrownBy(() -> new TaskListFilter(TaskListView.ALL, null, ConnectionRequestModel.REQUEST_PRODUCTION,
                false, null, true))
                .isInstanceOf(ActionRefusedException.class)
                .satisfies(e -> assertThat(((ActionRefusedException) e).messageKey()).isEqualTo("tasklist.unknownTask"));
        assertThatThrownBy(() -> new TaskListFilter(TaskListView.ALL, "x".repeat(201), null, false, null, true))
                .satisfies(e -> assertThat(((ActionRefusedException) e).messageKey()).isEqualTo("tasklist.organisationTooLong"));
    }

    @Test
    void shouldTreatBlankFilterValuesAsNoFilter() {
        TaskListFilter filter = new TaskListFilter(null, " ", "", false, null, true);

        assertThat(filter.view()).isEqualTo(TaskListView.ALL);
        assertThat(filter.organisation()).isNull();
        assertThat(filter.taskKey()).isNull();
        assertThat(filter.sort()).isEqualTo(TaskListSort.AGE);
        assertThat(filter.onlyOverdue()).isFalse();
    }
}
