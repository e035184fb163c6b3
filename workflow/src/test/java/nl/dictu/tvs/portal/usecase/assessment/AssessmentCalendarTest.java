package nl.dictu.tvs.portal.usecase.assessment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentCalendarTest {

    private static AssessmentWindow window(int round, String opens, String closes) {
        return new AssessmentWindow(round, LocalDate.parse(opens), LocalDate.parse(closes));
    }

    @Test
    void shouldDueTheFirstReportWithinTwoMonthsOfGoLive() {
        assertThat(AssessmentCalendar.window(LocalDate.parse("2024-01-15"), 0))
                .isEqualTo(window(0, "2024-01-15", "2024-03-15"));
    }

    @Test
    void shouldOpenTheFirstYearlyWindowTwelveMonthsAfterAGoLiveInJanuary() {
        LocalDate goLive = LocalDate.parse("2024-01-15");

        assertThat(AssessmentCalendar.window(goLive, 1)).isEqualTo(window(1, "2025-01-15", "2025-05-01"));
        assertThat(AssessmentCalendar.window(goLive, 2)).isEqualTo(window(2, "2026-01-01", "2026-05-01"));
    }

    @Test
    void shouldMoveTheFirstYearlyWindowToTheNextYearWhenTwelveMonthsEndAfterTheFirstOfMay() {
        LocalDate goLive = LocalDate.parse("2023-05-07");

        assertThat(AssessmentCalendar.window(goLive, 1)).isEqualTo(window(1, "2025-01-01", "2025-05-01"));
        assertThat(AssessmentCalendar.window(goLive, 3)).isEqualTo(window(3, "2027-01-01", "2027-05-01"));
    }

    @Test
    void shouldCountTwelveMonthsFromTwentyNinthOfFebruaryToTheFirstOfMarch() {
        LocalDate goLive = LocalDate.parse("2024-02-29");

        assertThat(AssessmentCalendar.window(goLive, 0)).isEqualTo(window(0, "2024-02-29", "2024-04-29"));
        assertThat(AssessmentCalendar.window(goLive, 1)).isEqualTo(window(1, "2025-03-01", "2025-05-01"));
        assertThat(AssessmentCalendar.window(goLive, 2)).isEqualTo(window(2, "2026-01-01", "2026-05-01"));
    }

    @Test
    void shouldOpenTheWindowOnTheFirstOfMayItselfWhenTwelveMonthsEndThatDay() {
        assertThat(AssessmentCalendar.window(LocalDate.parse("2024-05-01"), 1))
                .isEqualTo(window(1, "2025-05-01", "2025-05-01"));
    }

    @Test
    void shouldFindTheLatestOpenedWindowButNotOneThatClosedBeforeThePortalKnewTheConnection() {
        LocalDate goLive = LocalDate.parse("2023-05-07");

        assertThat(AssessmentCalendar.latestOpened(goLive, LocalDate.parse("2026-12-03"), goLive))
                .contains(window(2, "2026-01-01", "2026-05-01"));
        assertThat(AssessmentCalendar.latestOpened(goLive, LocalDate.parse("2026-12-03"), LocalDate.parse("2026-11-01")))
                .isEmpty();
        assertThat(AssessmentCalendar.latestOpened(goLive, LocalDate.parse("2023-05-06"), goLive)).isEmpty();
    }

    @Test
    void shouldGiveTheOpenWindowOrElseTheNextOne() {
        LocalDate goLive = LocalDate.parse("2024-01-15");

        assertThat(AssessmentCalendar.currentOrNext(goLive, LocalDate.parse("2024-03-15")).round()).isZero();
        assertThat(AssessmentCalendar.currentOrNext(goLive, LocalDate.parse("2024-03-16")).round()).isEqualTo(1);
        assertThat(AssessmentCalendar.currentOrNext(goLive, LocalDate.parse("2025-05-02")).round()).isEqualTo(2);
    }
}
