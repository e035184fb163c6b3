package nl.dictu.tvs.portal.usecase.expiry;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiryThresholdsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    private static Instant inDays(long days) {
        return NOW.plus(Duration.ofDays(days));
    }

    @Test
    void shouldReachNothingMoreThanSixtyDaysAhead() {
        assertThat(ExpiryThresholds.reached(NOW, inDays(61))).isEmpty();
    }

    @Test
    void shouldReachEachReminderOnItsDay() {
        assertThat(ExpiryThresholds.reached(NOW, inDays(60))).hasValue(60);
        assertThat(ExpiryThresholds.reached(NOW, inDays(31))).hasValue(60);
        assertThat(ExpiryThresholds.reached(NOW, inDays(30))).hasValue(30);
        assertThat(ExpiryThresholds.reached(NOW, inDays(8))).hasValue(30);
        assertThat(ExpiryThresholds.reached(NOW, inDays(7))).hasValue(7);
        assertThat(ExpiryThresholds.reached(NOW, NOW.plusSeconds(60))).hasValue(7);
    }

    @Test
    void shouldReachExpiredOnceTheMomentPassed() {
        assertThat(ExpiryThresholds.reached(NOW, NOW)).hasValue(ExpiryThresholds.EXPIRED);
        assertThat(ExpiryThresholds.reached(NOW, inDays(-400))).hasValue(ExpiryThresholds.EXPIRED);
    }

    @Test
    void shouldSendOnlyTheNearestThresholdToAnItemFirstSeenLate() {
        assertThat(ExpiryThresholds.due(NOW, inDays(20), Set.of())).hasValue(30);
    }

    @Test
    void shouldNotSendAThresholdTwice() {
        assertThat(ExpiryThresholds.due(NOW, inDays(20), Set.of(60, 30))).isEmpty();
        assertThat(ExpiryThresholds.due(NOW, inDays(5), Set.of(60, 30))).hasValue(7);
        assertThat(ExpiryThresholds.due(NOW, inDays(-1), Set.of(60, 30, 7, 0))).isEmpty();
    }

    @Test
    void shouldCountCalendarDaysInTheNetherlands() {
        // 23:30 UTC on 3 December is already 4 December in Amsterdam: 1 day to an expiry on 5 December.
        Instant lateEvening = Instant.parse("2026-12-03T23:30:00Z");
        assertThat(ExpiryThresholds.daysLeft(lateEvening, Instant.parse("2026-12-05T10:00:00Z"))).isEqualTo(1);
    }
}
