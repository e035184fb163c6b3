package nl.dictu.tvs.portal.usecase.apiaccess;

import nl.dictu.tvs.portal.testbed.TestLimits;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The database side of API v1: assertion ids accepted once, Idempotency-Key claims and answers. */
class ApiAccessStoresTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private final DataSource database = TestLimits.freshDatabase();

    @Test
    void shouldAcceptAnAssertionIdOncePerClient() {
        JtiStore jtis = new JtiStore(database, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(jtis.firstUse("client-a", "jti-1", NOW.plusSeconds(60))).isTrue();
        assertThat(jtis.firstUse("client-a", "jti-1", NOW.plusSeconds(60))).isFalse();
        assertThat(jtis.firstUse("client-b", "jti-1", NOW.plusSeconds(60))).isTrue();
    }

    @Test
    void shouldReplayTheKeptAnswerOfAClaimedKeyAndTellAnotherRequestApart() {
        IdempotencyStore store = new IdempotencyStore(database);

        assertThat(store.claim("client-a", "key-1", "hash-1", NOW)).isEmpty();
        Optional<IdempotencyStore.Earlier> whileServed = store.claim("client-a", "key-1", "hash-1", NOW);
        store.answer("client-a", "key-1", new IdempotencyStore.StoredAnswer(201, "application/json", "/api/v1/applications/X",
                "{\"reference\":\"X\"}"));
        Optional<IdempotencyStore.Earlier> replay = store.claim("client-a", "key-1", "hash-1", NOW);

        assertThat(whileServed).hasValueSatisfying(e -> assertThat(e.answer()).isEmpty());
        assertThat(replay).hasValueSatisfying(e -> {
            assertThat(e.requestHash()).isEqualTo("hash-1");
            assertThat(e.answer()).hasValue(new IdempotencyStore.StoredAnswer(201, "application/json",
                    "/api/v1/applications/X", "{\"reference\":\"X\"}"));
        });
        assertThat(store.claim("client-b", "key-1", "hash-2", NOW)).isEmpty();
    }

    @Test
    void shouldFreeAKeyWhoseRequestFailedOnThePortalsSide() {
        IdempotencyStore store = new IdempotencyStore(database);
        store.claim("client-a", "key-2", "hash-1", NOW);

        store.release("client-a", "key-2");

        assertThat(store.claim("client-a", "key-2", "hash-1", NOW)).isEmpty();
    }

    @Test
    void shouldForgetKeysAfterADay() {
        IdempotencyStore store = new IdempotencyStore(database);
        store.claim("client-a", "key-3", "hash-1", NOW);

        assertThat(store.claim("client-a", "key-3", "hash-2", NOW.plusSeconds(IdempotencyStore.KEEP_HOURS * 3600L + 1)))
                .isEmpty();
    }
}
