package nl.dictu.tvs.portal.usecase.overview;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Percentiles of durations by linear interpolation between the closest ranks (the method of
 * SQL's {@code percentile_cont} and of spreadsheets' {@code PERCENTILE}): the median of 1, 2, 3, 4
 * days is 2.5 days.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** The {@code fraction} percentile (0 to 1) of the durations; empty input has none. */
    public static Duration of(List<Duration> durations, double fraction) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("a percentile is between 0 and 1: " + fraction);
        }
        if (durations.isEmpty()) {
            throw new IllegalArgumentException("no durations");
        }
        long[] sorted = durations.stream().mapToLong(Duration::toMillis).toArray();
        Arrays.sort(sorted);
        double rank = fraction * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        double value = sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
        return Duration.ofMillis(Math.round(value));
    }

    public static Duration median(List<Duration> durations) {
        return of(durations, 0.5);
    }

    public static Duration p90(List<Duration> durations) {
        return of(durations, 0.9);
    }
}
