package nl.dictu.tvs.portal.usecase.account;

import nl.dictu.tvs.portal.shared.limit.LimitStore;
import nl.dictu.tvs.portal.testbed.MutableClock;
import nl.dictu.tvs.portal.testbed.TestLimits;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T09:00:00Z"));
    private final LimitStore store = new LimitStore(TestLimits.freshDatabase());
    private final SignInThrottle throttle = new SignInThrottle(store, () -> "203.0.113.5", clock);

    @Test
    void shouldLetTheFirstFailuresPassAndThenMakeEachNextAttemptWaitLonger() {
        for (int i = 0; i < SignInThrottle.FREE_PER_ACCOUNT; i++) {
            throttle.failed("Beheerder");
        }
        assertThat(throttle.waitBefore("beheerder")).isEmpty();

        throttle.failed("beheerder");
        assertThat(throttle.waitBefore("BEHEERDER")).contains(Duration.ofSeconds(1));
        throttle.failed("beheerder");
        assertThat(throttle.waitBefore("beheerder")).contains(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.waitBefore("beheerder")).as("waited long enough").isEmpty();
        assertThat(throttle.waitBefore("someone-else")).isEmpty();
    }

    @Test
    void shouldWaitAtMostFiveMinutesAndForgetTheAccountsFailuresAfterASignIn() {
        assertThat(SignInThrottle.delay(30)).isEqualTo(SignInThrottle.LONGEST_WAIT);
        for (int i = 0; i < 10; i++) {
            throttle.failed("anne");
        }
        clock.advance(SignInThrottle.LONGEST_WAIT);

        throttle.succeeded("anne");
        throttle.failed("anne");

        assertThat(throttle.waitBefore("anne")).isEmpty();
    }

    @Test
    void shouldThrottleAnAddressThatTriesManyNames() {
        for (int i = 0; i <= SignInThrottle.FREE_PER_ADDRESS; i++) {
            throttle.failed("name" + i);
        }

        assertThat(throttle.waitBefore("beheerder")).as("same address, another name").isPresent();
        assertThat(new SignInThrottle(store, () -> "198.51.100.7", clock).waitBefore("beheerder")).isEmpty();
    }
}
