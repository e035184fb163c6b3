package nl.dictu.tvs.portal.web.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SessionLifetimeFilterTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-24T08:00:00Z");

    @Test
    void shouldKeepASessionYoungerThanTwelveHours() {
        assertThat(SessionLifetimeFilter.isTooOld(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(12)).minusSeconds(1))).isFalse();
    }

    @Test
    void shouldEndASessionTwelveHoursAfterSignIn() {
        assertThat(SessionLifetimeFilter.isTooOld(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(12)))).isTrue();
    }

    @Test
    void shouldLeaveAnonymousSessionsToTheIdleTimeout() {
        assertThat(SessionLifetimeFilter.isTooOld(null, SIGNED_IN)).isFalse();
    }
}
