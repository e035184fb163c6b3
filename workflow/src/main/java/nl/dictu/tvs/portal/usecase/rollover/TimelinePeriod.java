package nl.dictu.tvs.portal.usecase.rollover;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A stretch of days on which TVS uses one certificate: from its activation date up to the day before the next
 * certificate's (or, for the last, until it expires). {@code expiresWithin} says the certificate expires before the
 * period ends: from that day on logins fail until the next certificate takes over.
 */
public record TimelinePeriod(TimelineEntry entry, LocalDate from, Optional<LocalDate> until, boolean expiresWithin) {
}
