package nl.dictu.tvs.portal.usecase.overview;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LeadTimesTest {

    private static final Instant SINCE = Instant.parse("2026-08-26T00:00:00Z");

    private static PhaseInterval stay(Phase phase, String leftOn, int days, boolean finished) {
        Instant left = Instant.parse(leftOn + "T12:00:00Z");
        return new PhaseInterval("pi-" + phase + leftOn + days, phase, left.minus(Duration.ofDays(days)), left, finished);
    }

    @Test
    void shouldComputeMedianAndP90PerPhaseFromFinishedStaysInThePeriodOnly() {
        List<PhaseInterval> stays = List.of(
                stay(Phase.REGISTRATION, "2026-09-01", 1, true),
                stay(Phase.REGISTRATION, "2026-09-02", 2, true),
                stay(Phase.REGISTRATION, "2026-09-03", 3, true),
                stay(Phase.REGISTRATION, "2026-09-04", 10, true),
                stay(Phase.REGISTRATION, "2026-08-01", 50, true),   // before the period
                stay(Phase.REGISTRATION, "2026-09-05", 70, false),  // still open or cancelled
                stay(Phase.PRODUCTION, "2026-10-01", 60, true));

        List<PhaseLeadTime> lines = LeadTimes.of(stays, SINCE);

        assertThat(lines).extracting(PhaseLeadTime::phase).doesNotContain(Phase.LIVE).hasSize(Phase.values().length - 1);
        PhaseLeadTime registration = lines.stream().filter(l -> l.phase() == Phase.REGISTRATION).findFirst().orElseThrow();
        assertThat(registration.completed()).isEqualTo(4);
        assertThat(registration.median()).isEqualTo(Duration.ofHours(60));
        // rank 0.9 * 3 = 2.7: 3 days + 0.7 * 7 days = 7.9 days
        assertThat(registration.p90()).isEqualTo(Duration.ofMinutes(79 * 144));
        assertThat(registration.medianDays()).isEqualTo(2.5);
        PhaseLeadTime production = lines.stream().filter(l -> l.phase() == Phase.PRODUCTION).findFirst().orElseThrow();
        assertThat(production.median()).isEqualTo(Duration.ofDays(60));
        PhaseLeadTime alb = lines.stream().filter(l -> l.phase() == Phase.ALB).findFirst().orElseThrow();
        assertThat(alb.completed()).isZero();
        assertThat(alb.median()).isNull();
    }
}
