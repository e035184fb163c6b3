package nl.dictu.tvs.portal.usecase.assessment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days within which the report of one round is due, both days included. Round 0 is the first report after
 * go-live; round 1 the first yearly one; every next round one year later.
 */
public record AssessmentWindow(int round, LocalDate opensOn, LocalDate closesOn) {

    public AssessmentWindow {
        Objects.requireNonNull(opensOn, "opensOn");
        Objects.requireNonNull(closesOn, "closesOn");
        if (round < 0 || closesOn.isBefore(opensOn)) {
            throw new IllegalArgumentException("Not a window: round " + round + ", " + opensOn + " - " + closesOn);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
