package nl.dictu.tvs.portal.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays();

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // plain week: Monday + 5 = next Monday
            "2026-03-02, 5, 2026-03-09",
            // Friday + 1 skips the weekend
            "2026-03-06, 1, 2026-03-09",
            // a Saturday start counts like the Friday before
            "2026-03-07, 5, 2026-03-13",
            // King's Day (Monday 27 April 2026) is skipped
            "2026-04-23, 5, 2026-05-01",
            // Liberation Day, Ascension and Whit Monday in May 2026
            "2026-05-04, 5, 2026-05-12",
            "2026-05-22, 1, 2026-05-26",
            // Easter Monday 2026 (6 April)
            "2026-04-03, 1, 2026-04-07",
            // over the year boundary: Christmas, weekend and New Year's Day
            "2026-12-24, 3, 2026-12-30",
            "2026-12-31, 1, 2027-01-04",
            // Christmas 2027 falls on the weekend: no day in lieu
            "2027-12-23, 2, 2027-12-27",
            // zero days is the start itself
            "2026-03-07, 0, 2026-03-07"})
    void shouldAddWorkingDaysSkippingWeekendsAndHolidays(LocalDate start, int days, LocalDate expected) {
        assertThat(workingDays.addWorkingDays(start, days)).isEqualTo(expected);
    }

    @Test
    void shouldKeepTheTimeOfDayOfTheStart() {
        // given Thursday 23 April 2026, 16:45 in the Netherlands
        Date start = Date.from(ZonedDateTime.of(2026, 4, 23, 16, 45, 0, 0, WorkingDays.ZONE).toInstant());

        // when
        Date due = workingDays.dueAfter(start, 5);

        // then Friday 1 May 2026, 16:45
        assertThat(due).isEqualTo(Date.from(ZonedDateTime.of(2026, 5, 1, 16, 45, 0, 0, WorkingDays.ZONE).toInstant()));
    }

    @Test
    void shouldCountInDutchTimeWhenTheStartIsLateInTheEveningUtc() {
        // given Friday 6 March 2026 23:30 UTC, which is already Saturday 00:30 in the Netherlands
        Date start = Date.from(ZonedDateTime.parse("2026-03-06T23:30:00Z").toInstant());

        // when
        Date due = workingDays.dueAfter(start, 1);

        // then Monday 9 March 00:30 Dutch time
        assertThat(due).isEqualTo(Date.from(ZonedDateTime.of(2026, 3, 9, 0, 30, 0, 0, WorkingDays.ZONE).toInstant()));
    }

    @Test
    void shouldTellWorkingDaysFromWeekendsAndHolidays() {
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-04-28"))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-04-27"))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-04-25"))).isFalse();
    }

    @Test
    void shouldRejectANegativeNumberOfDays() {
        LocalDate start = LocalDate.parse("2026-03-02");

        assertThatThrownBy(() -> workingDays.addWorkingDays(start, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
