package nl.dictu.tvs.portal.usecase.rollover;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What TVS uses when for one use of a connection ({@code useKey}: bundle key {@code rollover.use.<USE>}), with the
 * pending next certificate's activation date, if any.
 */
public record UseTimeline(String use, String useKey, List<TimelineRow> rows, Optional<LocalDate> nextActivation) {

    public UseTimeline {
        rows = List.copyOf(rows);
    }

    /** Whether a next certificate waits for its activation date. */
    public boolean hasNext() {
        return nextActivation.isPresent();
    }
}
