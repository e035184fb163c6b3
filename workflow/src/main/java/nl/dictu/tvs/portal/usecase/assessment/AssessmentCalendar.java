package nl.dictu.tvs.portal.usecase.assessment;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * Logius' schedule of ICT security assessment reports, from the go-live date alone: the first report within
 * two months of go-live; the next no sooner than 12 months after go-live, in the first 1 January - 1 May window
 * that allows it (go-live 15 January 2024: 15 January - 1 May 2025; go-live 7 May 2023: 1 January - 1 May 2025);
 * then every year in the 1 January - 1 May window. "12 months after" a go-live on 29 February is 1 March: the
 * anniversary that does not exist is not moved forward to 28 February, so no report comes in too early.
 */
public final class AssessmentCalendar {

    static final int FIRST_REPORT_MONTHS = 2;
    static final int YEARLY_AFTER_MONTHS = 12;

    private AssessmentCalendar() {
    }

    /** The window of a round: 0 for the first report, 1 for the first yearly one, and so on. */
    public static AssessmentWindow window(LocalDate goLive, int round) {
        if (round < 0) {
            throw new IllegalArgumentException("round " + round);
        }
        if (round == 0) {
            return new AssessmentWindow(0, goLive, goLive.plusMonths(FIRST_REPORT_MONTHS));
        }
        LocalDate earliest = twelveMonthsAfter(goLive);
        int firstYear = earliest.isAfter(yearlyClose(earliest.getYear())) ? earliest.getYear() + 1 : earliest.getYear();
        int year = firstYear + round - 1;
        LocalDate opens = round == 1 && earliest.getYear() == year ? earliest : LocalDate.of(year, Month.JANUARY, 1);
        return new AssessmentWindow(round, opens, yearlyClose(year));
    }

    /**
     * The latest round whose window opened on or before {@code today} and did not close before {@code since}
     * (the day the portal came to know the connection), so an imported connection is not held to windows that
     * closed before it was imported; empty while no such window opened.
     */
    public static Optional<AssessmentWindow> latestOpened(LocalDate goLive, LocalDate today, LocalDate since) {
        AssessmentWindow latest = null;
        for (int round = 0; !window(goLive, round).opensOn().isAfter(today); round++) {
            latest = window(goLive, round);
        }
        return Optional.ofNullable(latest).filter(window -> !window.closesOn().isBefore(since));
    }

    /** The window open on {@code today}, or else the next one to open. */
    public static AssessmentWindow currentOrNext(LocalDate goLive, LocalDate today) {
        int round = 0;
        while (window(goLive, round).closesOn().isBefore(today)) {
            round++;
        }
        return window(goLive, round);
    }

    private static LocalDate twelveMonthsAfter(LocalDate goLive) {
        LocalDate anniversary = goLive.plusMonths(YEARLY_AFTER_MONTHS);
        return anniversary.getDayOfMonth() == goLive.getDayOfMonth() ? anniversary : anniversary.plusDays(1);
    }

    private static LocalDate yearlyClose(int year) {
        return LocalDate.of(year, Month.MAY, 1);
    }
}
