package nl.dictu.tvs.portal.usecase.overview;

import java.time.Duration;
import java.time.Instant;

/**
 * One application's stay in one phase: from the start of the phase's first activity to the end of
 * its last; {@code finished} is false while one of them is still open.
 */
public record PhaseInterval(String processInstanceId, Phase phase, Instant entered, Instant left, boolean finished) {

    public Duration duration() {
        return Duration.between(entered, left);
    }
}
