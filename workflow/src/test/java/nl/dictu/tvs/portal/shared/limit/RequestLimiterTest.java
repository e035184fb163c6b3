package nl.dictu.tvs.portal.shared.limit;

import nl.dictu.tvs.portal.shared.error.TooManyRequestsException;
import nl.dictu.tvs.portal.testbed.MutableClock;
import nl.dictu.tvs.portal.testbed.TestLimits;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T09:00:00Z"));
    private final DataSource database = TestLimits.freshDatabase();
    private final RequestLimiter limiter = TestLimits.limiter(database, clock);

    @Test
    void shouldRefuseTheUserPastTheLimitUntilTheWindowEnds() {
        for (int i = 0; i < RequestLimit.INVITATION.perUser; i++) {
            limiter.require(RequestLimit.INVITATION, "anne");
        }
        clock.advance(Duration.ofMinutes(20));

        assertThatThrownBy(() -> limiter.require(RequestLimit.INVITATION, "anne"))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    assertThat(e.retryAfterSeconds()).isEqualTo(Duration.ofMinutes(40).toSeconds());
                    assertThat(e.messageKey()).isEqualTo("limit.tooMany");
                    assertThat(e.arguments()).containsExactly("40");
                });
        limiter.require(RequestLimit.INVITATION, "tom");
        clock.advance(Duration.ofMinutes(41));
        limiter.require(RequestLimit.INVITATION, "anne");
    }

    @Test
    void shouldCountAnonymousCallsPerAddress() {
        for (int i = 0; i < RequestLimit.REGISTRATION.perAddress; i++) {
            limiter.require(RequestLimit.REGISTRATION, null);
        }

        assertThatThrownBy(() -> limiter.require(RequestLimit.REGISTRATION, null)).isInstanceOf(TooManyRequestsException.class);
        new RequestLimiter(new LimitStore(database), () -> "198.51.100.1", clock).require(RequestLimit.REGISTRATION, null);
    }

    @Test
    void shouldCountEveryOneOfManyParallelHits() throws InterruptedException {
        LimitStore store = new LimitStore(database);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 40; i++) {
            pool.submit(() -> store.hit("parallel", clock.instant(), Duration.ofHours(1)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(store.hit("parallel", clock.instant(), Duration.ofHours(1)).count()).isEqualTo(41);
    }
}
