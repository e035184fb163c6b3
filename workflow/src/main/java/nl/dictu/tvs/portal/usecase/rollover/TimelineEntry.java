package nl.dictu.tvs.portal.usecase.rollover;

import nl.dictu.tvs.portal.domain.connection.RolloverState;
import nl.dictu.tvs.portal.domain.connection.RolloverUse;

import java.time.LocalDate;
import java.util.Objects;

/** One certificate on a rollover timeline: its use and state, the day TVS switches to it, and its validity (Dutch days). */
public record TimelineEntry(RolloverUse use, RolloverState state, String label, LocalDate activationDate,
                            LocalDate validFrom, LocalDate validUntil) {

    public TimelineEntry {
        Objects.requireNonNull(use, "use");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(activationDate, "activationDate");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
    }
}
