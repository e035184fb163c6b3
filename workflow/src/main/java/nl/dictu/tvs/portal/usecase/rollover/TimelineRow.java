package nl.dictu.tvs.portal.usecase.rollover;

import java.time.LocalDate;

/**
 * One line of "what TVS uses when" as a page shows it: the certificate (its state as a bundle key
 * {@code rollover.state.<STATE>}, its name), the days TVS uses it, whether that is today, and whether it expires
 * before its period ends.
 */
public record TimelineRow(String stateKey, String label, LocalDate from, LocalDate until, LocalDate validUntil,
                          boolean usedToday, boolean expiresWithin) {

    static TimelineRow of(TimelinePeriod period, boolean usedToday) {
        return new TimelineRow("rollover.state." + period.entry().state().name(), period.entry().label(), period.from(),
                period.until().orElse(null), period.entry().validUntil(), usedToday, period.expiresWithin());
    }
}
