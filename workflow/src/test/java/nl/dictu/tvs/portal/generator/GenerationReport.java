package nl.dictu.tvs.portal.generator;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * What one generator run made and how fast.
 *
 * @param perScenario generated applications per scenario
 * @param rows        rows written for the clones (portal and engine tables)
 */
public record GenerationReport(int applications, int organisations, long rows, Duration templates, Duration clones,
                               Map<Scenario, Integer> perScenario) {

    public double rowsPerSecond() {
        return rows / seconds(clones);
    }

    public double applicationsPerSecond() {
        return applications / seconds(templates.plus(clones));
    }

    private static double seconds(Duration duration) {
        return Math.max(duration.toMillis(), 1) / 1000.0;
    }

    /** One line for a log or a console. */
    public String summary() {
        return String.format(Locale.ROOT, "generated %d applications of %d organisations: %d rows; templates %.1f s, "
                        + "clones %.1f s (%.0f rows/s, %.0f applications/s overall)", applications, organisations, rows,
                seconds(templates), seconds(clones), rowsPerSecond(), applicationsPerSecond());
    }
}
