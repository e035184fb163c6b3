package nl.dictu.tvs.portal.usecase.apiaccess;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokensTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private static final String ISSUER = "https://portal.example.nl/api/v1";
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void shouldReadBackTheClientAndScopesOfATokenItIssued() {
        String token = tokens(NOW).issue("client-1", Set.of(ApiScope.APPLICATIONS_READ, ApiScope.APPLICATIONS_SUBMIT));

        AccessTokens.Claims claims = tokens(NOW.plusSeconds(60)).verify(token);

        assertThat(claims.clientId()).isEqualTo("client-1");
        assertThat(claims.scopes()).containsExactlyInAnyOrder(ApiScope.APPLICATIONS_READ, ApiScope.APPLICATIONS_SUBMIT);
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        String token = tokens(NOW).issue("client-1", Set.of(ApiScope.APPLICATIONS_READ));

        assertThatThrownBy(() -> tokens(NOW.plusSeconds(AccessTokens.LIFETIME_SECONDS)).verify(token))
                .isInstanceOfSatisfying(ApiAuthenticationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("api.token.expired"));
    }

    @Test
    void shouldRefuseATokenSignedWithAnotherKey() {
        String token = new AccessTokens("another key of thirty-two bytes!".getBytes(), ISSUER,
                Clock.fixed(NOW, ZoneOffset.UTC)).issue("client-1", Set.of(ApiScope.APPLICATIONS_READ));

        assertThatThrownBy(() -> tokens(NOW).verify(token))
                .isInstanceOfSatisfying(ApiAuthenticationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("api.token.invalid"));
    }

    private static AccessTokens tokens(Instant at) {
        return new AccessTokens(KEY, ISSUER, Clock.fixed(at, ZoneOffset.UTC));
    }
}
