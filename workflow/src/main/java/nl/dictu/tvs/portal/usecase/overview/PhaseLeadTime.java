package nl.dictu.tvs.portal.usecase.overview;

import java.time.Duration;

/**
 * How long applications spent in a phase they completed within the period.
 *
 * @param completed how many applications completed the phase in the period (the sample size)
 * @param median    null when none did
 * @param p90       the 90th percentile; null when none did
 */
public record PhaseLeadTime(Phase phase, int completed, Duration median, Duration p90) {

    public double medianDays() {
        return days(median);
    }

    public double p90Days() {
        return days(p90);
    }

    private static double days(Duration d) {
        return d == null ? 0 : Math.round(d.toMinutes() / 144.0) / 10.0;
    }
}
