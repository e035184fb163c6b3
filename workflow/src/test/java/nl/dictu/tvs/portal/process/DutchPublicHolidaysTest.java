package nl.dictu.tvs.portal.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DutchPublicHolidaysTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
            "2038, 2038-04-25", "2285, 2285-03-22"})
    void shouldComputeEasterSunday(int year, LocalDate easter) {
        assertThat(DutchPublicHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void shouldListTheHolidaysOf2026() {
        // given Easter Sunday on 5 April 2026

        // when
        var holidays = DutchPublicHolidays.of(2026);

        // then
        assertThat(holidays).containsExactlyInAnyOrder(
                LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-04-06"),
                LocalDate.parse("2026-04-27"),
                LocalDate.parse("2026-05-05"),
                LocalDate.parse("2026-05-14"),
                LocalDate.parse("2026-05-25"),
                LocalDate.parse("2026-12-25"),
                LocalDate.parse("2026-12-26"));
    }

    @Test
    void shouldMoveKingsDayToSaturdayWhenTheTwentySeventhIsASunday() {
        // 27 April 2025 is a Sunday
        assertThat(DutchPublicHolidays.of(2025))
                .contains(LocalDate.parse("2025-04-26"))
                .doesNotContain(LocalDate.parse("2025-04-27"));
    }

    @Test
    void shouldKeepLiberationDayInYearsThatAreNotLustrumYearsAndLeaveOutGoodFriday() {
        assertThat(DutchPublicHolidays.of(2027))
                .contains(LocalDate.parse("2027-05-05"))
                .doesNotContain(LocalDate.parse("2027-03-26"));
    }
}
