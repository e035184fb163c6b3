package nl.dictu.tvs.portal.web.view.reviewer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskListPagesTest {

    @Test
    void shouldShowTheRowsOfThePageAskedFor() {
        TaskListPages pages = TaskListPages.of(3, 25, 101);
        assertThat(pages.number()).isEqualTo(3);
        assertThat(pages.offset()).isEqualTo(50);
        assertThat(pages.firstShown()).isEqualTo(51);
        assertThat(pages.lastShown()).isEqualTo(75);
        assertThat(pages.last()).isEqualTo(5);
        assertThat(pages.hasPrevious()).isTrue();
        assertThat(pages.hasNext()).isTrue();
    }

    @Test
    void shouldHoldAPageBeyondTheLastWithinThePagesThereAre() {
        TaskListPages pages = TaskListPages.of(999, 25, 101);
        assertThat(pages.number()).isEqualTo(5);
        assertThat(pages.firstShown()).isEqualTo(101);
        assertThat(pages.lastShown()).isEqualTo(101);
        assertThat(pages.hasNext()).isFalse();
        assertThat(TaskListPages.of(0, 25, 101).number()).isEqualTo(1);
    }

    @Test
    void shouldShowOneEmptyPageForAnEmptyView() {
        TaskListPages pages = TaskListPages.of(4, 25, 0);
        assertThat(pages.number()).isEqualTo(1);
        assertThat(pages.firstShown()).isZero();
        assertThat(pages.lastShown()).isZero();
        assertThat(pages.several()).isFalse();
        assertThat(pages.window()).containsExactly(1);
    }

    @Test
    void shouldLinkSevenPagesAroundTheCurrentOneWithinTheFirstAndLast() {
        assertThat(TaskListPages.of(20, 25, 10_000).window()).containsExactly(17, 18, 19, 20, 21, 22, 23);
        assertThat(TaskListPages.of(2, 25, 10_000).window()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(TaskListPages.of(400, 25, 10_000).window()).containsExactly(394, 395, 396, 397, 398, 399, 400);
        assertThat(TaskListPages.of(2, 25, 60).window()).containsExactly(1, 2, 3);
    }

    @Test
    void shouldRefuseAPageThatCannotBe() {
        assertThatThrownBy(() -> new TaskListPages(0, 25, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaskListPages(1, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
