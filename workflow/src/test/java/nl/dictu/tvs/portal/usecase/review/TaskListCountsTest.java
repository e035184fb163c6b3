package nl.dictu.tvs.portal.usecase.review;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;

class TaskListCountsTest {

    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final TaskListCounts counts = new TaskListCounts(changes::get, nanos::get);
    private final AtomicLong reads = new AtomicLong();

    private static final TaskListFilter GROUP = new TaskListFilter(TaskListView.GROUP, null, null, false, TaskListSort.AGE, true);
    private static final TaskListFilter MINE = new TaskListFilter(TaskListView.MINE, null, null, false, TaskListSort.AGE, true);

    private LongSupplier database(long value) {
        return () -> {
            reads.incrementAndGet();
            return value;
        };
    }

    @Test
    void shouldAnswerFromWhatWasReadWhileItIsFreshAndNothingChanged() {
        assertThat(counts.count(GROUP, "anna", database(40))).isEqualTo(40);
        nanos.addAndGet(TaskListCounts.FRESH.toNanos() - 1);
        assertThat(counts.count(GROUP, "bert", database(41))).as("the group's view is the same for every reviewer").isEqualTo(40);
        assertThat(reads).hasValue(1);
    }

    @Test
    void shouldReadAgainOnceAChangeOfThisNodeHasCommitted() {
        counts.count(GROUP, "anna", database(40));
        changes.incrementAndGet();
        assertThat(counts.count(GROUP, "anna", database(39))).isEqualTo(39);
        assertThat(reads).hasValue(2);
    }

    @Test
    void shouldReadAgainWhenTheKeptCountIsNoLongerFresh() {
        counts.count(GROUP, "anna", database(40));
        nanos.addAndGet(TaskListCounts.FRESH.toNanos());
        assertThat(counts.count(GROUP, "anna", database(42))).as("a change made on another node").isEqualTo(42);
    }

    @Test
    void shouldCountEveryReviewersOwnTasksApart() {
        counts.count(MINE, "anna", database(3));
        assertThat(counts.count(MINE, "bert", database(7))).isEqualTo(7);
        assertThat(counts.count(MINE, "anna", database(9))).isEqualTo(3);
    }

    @Test
    void shouldKeepTheOrganisationShareAcrossChangesOfTasksForAMinute() {
        Map<String, Object> gemeente = Map.of("organisationName", "%gemeente%");
        assertThat(counts.organisationsCommon(gemeente, database(1))).isTrue();
        changes.incrementAndGet();
        assertThat(counts.organisationsCommon(gemeente, database(0))).as("tasks changing do not change organisations").isTrue();
        assertThat(counts.organisationsCommon(Map.of("organisationName", "%zeldzaam%"), database(0))).isFalse();
        nanos.addAndGet(TaskListCounts.SHARE_FRESH.toNanos());
        assertThat(counts.organisationsCommon(gemeente, database(0))).isFalse();
    }

    @Test
    void shouldNotGrowWithoutBoundWhenPeopleTypeManyFilters() {
        for (int i = 0; i < TaskListCounts.MAX_KEPT + 10; i++) {
            counts.count(new TaskListFilter(TaskListView.ALL, "organisatie " + i, null, false, TaskListSort.AGE, true),
                    "anna", database(i));
        }
        reads.set(0);
        counts.count(new TaskListFilter(TaskListView.ALL, "organisatie 0", null, false, TaskListSort.AGE, true), "anna",
                database(0));
        assertThat(reads).as("the first filter made room for the later ones").hasValue(1);
        assertThat(counts.count(new TaskListFilter(TaskListView.ALL, "organisatie " + (TaskListCounts.MAX_KEPT + 9), null,
                false, TaskListSort.AGE, true), "anna", database(-1))).isEqualTo(TaskListCounts.MAX_KEPT + 9);
    }
}
