package nl.dictu.tvs.portal.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws a realistic synthetic timeline for a clone: how long each step took and how long ago the
 * last one happened, all within the last year. Open applicant tasks stay younger than their
 * 90-day expiry; some reviewer tasks are older than their five working days, as in real life.
 */
public final class ScheduleSampler {

    static final Duration HORIZON = Duration.ofDays(365);
    static final Duration EXPIRY = Duration.ofDays(90);
    private static final Duration HOUR = Duration.ofHours(1);

    private final RandomGenerator random;

    public ScheduleSampler(RandomGenerator random) {
        this.random = random;
    }

    /** The moment each step begins, the last one {@code age} before {@code now}. */
    public List<Instant> sample(List<StepKind> steps, Scenario.Waiting waiting, Instant now) {
        List<Duration> durations = new ArrayList<>();
        long variableMillis = 0;
        long fixedMillis = 0;
        for (int i = 1; i < steps.size(); i++) {
            Duration d = duration(steps.get(i));
            durations.add(d);
            if (steps.get(i) == StepKind.EXPIRY) {
                fixedMillis += d.toMillis();
            } else {
                variableMillis += d.toMillis();
            }
        }
        long budget = HORIZON.toMillis() - fixedMillis - Duration.ofDays(1).toMillis();
        double scale = variableMillis > budget ? (double) budget / variableMillis : 1.0;
        long total = fixedMillis;
        for (int i = 0; i < durations.size(); i++) {
            if (steps.get(i + 1) != StepKind.EXPIRY) {
                durations.set(i, Duration.ofMillis(Math.max(HOUR.toMillis(), (long) (durations.get(i).toMillis() * scale))));
                total += durations.get(i).toMillis();
            }
        }
        Duration age = age(waiting, Duration.ofMillis(Math.max(0, HORIZON.toMillis() - total)));
        List<Instant> starts = new ArrayList<>();
        Instant at = now.minus(age);
        starts.add(at);
        for (int i = durations.size() - 1; i >= 0; i--) {
            at = at.minus(durations.get(i));
            starts.add(0, at);
        }
        return starts;
    }

    Duration duration(StepKind kind) {
        return switch (kind) {
            case SUBMISSION -> Duration.ZERO;
            case REVIEWER_DECISION -> logNormal(Duration.ofHours(60), 0.7, HOUR, Duration.ofDays(40));
            case APPLICANT_ACTION -> logNormal(Duration.ofDays(5), 0.8, HOUR, Duration.ofDays(80));
            case PRODUCTION_REQUEST -> logNormal(Duration.ofDays(60), 0.35, Duration.ofDays(14), Duration.ofDays(85));
            case WITHDRAWAL -> logNormal(Duration.ofDays(12), 0.8, HOUR, Duration.ofDays(80));
            case EXPIRY -> EXPIRY;
            case TERMINATION -> Duration.ofDays(30 + random.nextInt(170));
        };
    }

    private Duration age(Scenario.Waiting waiting, Duration room) {
        Duration drawn = switch (waiting) {
            case APPLICANT -> Duration.ofMinutes(random.nextLong(Duration.ofDays(45).toMinutes()));
            case REVIEWER -> logNormal(Duration.ofDays(3), 0.9, Duration.ofMinutes(10), Duration.ofDays(60));
            case LIVE, ENDED -> Duration.ofMinutes(random.nextLong(Math.max(1, room.toMinutes())));
        };
        return drawn.compareTo(room) > 0 ? room : drawn;
    }

    private Duration logNormal(Duration median, double sigma, Duration min, Duration max) {
        double millis = median.toMillis() * Math.exp(sigma * random.nextGaussian());
        long clamped = Math.max(min.toMillis(), Math.min(max.toMillis(), (long) millis));
        return Duration.ofMillis(clamped);
    }
}
