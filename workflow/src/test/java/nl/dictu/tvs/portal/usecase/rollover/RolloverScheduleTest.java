package nl.dictu.tvs.portal.usecase.rollover;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RolloverScheduleTest {

    private static final LocalDate ACTIVATION = LocalDate.of(2026, 6, 15);

    @Test
    void shouldDoNothingMoreThanFourteenDaysAhead() {
        assertThat(RolloverSchedule.due(ACTIVATION.minusDays(15), ACTIVATION, Set.of())).isEmpty();
    }

    @Test
    void shouldRemindFourteenAndThreeDaysAhead() {
        assertThat(RolloverSchedule.due(ACTIVATION.minusDays(14), ACTIVATION, Set.of())).hasValue(14);
        assertThat(RolloverSchedule.due(ACTIVATION.minusDays(3), ACTIVATION, Set.of(14))).hasValue(3);
    }

    @Test
    void shouldSwitchOnTheActivationDateAndAfterIt() {
        assertThat(RolloverSchedule.due(ACTIVATION, ACTIVATION, Set.of(14, 3))).hasValue(RolloverSchedule.SWITCH);
        assertThat(RolloverSchedule.due(ACTIVATION.plusDays(2), ACTIVATION, Set.of())).hasValue(RolloverSchedule.SWITCH);
    }

    @Test
    void shouldTakeEachStepOnceWhenRunAgain() {
        assertThat(RolloverSchedule.due(ACTIVATION.minusDays(10), ACTIVATION, Set.of(14))).isEmpty();
        assertThat(RolloverSchedule.due(ACTIVATION.minusDays(1), ACTIVATION, Set.of(14, 3))).isEmpty();
        assertThat(RolloverSchedule.due(ACTIVATION, ACTIVATION, Set.of(14, 3, RolloverSchedule.SWITCH))).isEmpty();
    }

    @Test
    void shouldSendOnlyTheNearestReminderOfACertificateRegisteredLate() {
        assertThat(RolloverSchedule.due(ACTIVATION.minusDays(2), ACTIVATION, Set.of())).hasValue(3);
        assertThat(RolloverSchedule.due(ACTIVATION.minusDays(1), ACTIVATION, Set.of(3))).isEmpty();
    }
}
