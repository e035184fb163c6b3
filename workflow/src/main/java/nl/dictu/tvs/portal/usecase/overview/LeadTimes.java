package nl.dictu.tvs.portal.usecase.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Median and 90th percentile per phase, over the stays that finished in a period. */
public final class LeadTimes {

    private LeadTimes() {
    }

    /** One line per phase, in phase order; phases nobody completed since {@code since} have no figures. */
    public static List<PhaseLeadTime> of(List<PhaseInterval> intervals, Instant since) {
        Map<Phase, List<Duration>> byPhase = new EnumMap<>(Phase.class);
        for (PhaseInterval interval : intervals) {
            if (interval.finished() && !interval.left().isBefore(since)) {
                byPhase.computeIfAbsent(interval.phase(), p -> new ArrayList<>()).add(interval.duration());
            }
        }
        List<PhaseLeadTime> lines = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            if (phase == Phase.LIVE) {
                continue; // the live phase has no end to measure until the connection is terminated
            }
            List<Duration> durations = byPhase.getOrDefault(phase, List.of());
            lines.add(durations.isEmpty() ? new PhaseLeadTime(phase, 0, null, null)
                    : new PhaseLeadTime(phase, durations.size(), Percentiles.median(durations), Percentiles.p90(durations)));
        }
        return lines;
    }
}
