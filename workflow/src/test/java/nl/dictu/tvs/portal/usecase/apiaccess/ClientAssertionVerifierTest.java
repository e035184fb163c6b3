package nl.dictu.tvs.portal.usecase.apiaccess;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAssertionVerifierTest {

    private static final String ENDPOINT = "https://portal.example.nl/api/v1/oauth/token";
    private static final String CLIENT = "5b0f7a0e-6a2b-4d1b-9a57-3c1f0e6f9a10";
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static RSAKey key;
    private static RSAKey otherKey;

    private final Set<String> seen = new HashSet<>();
    private Instant revokedAt;

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("k2").generate();
    }

    @Test
    void shouldAcceptAnAssertionSignedByTheRegisteredKey() throws Exception {
        RegisteredClient client = verifier().verify(assertion(key, CLIENT, ENDPOINT, NOW.plusSeconds(60), "jti-1"), ENDPOINT);

        assertThat(client.clientId()).isEqualTo(CLIENT);
    }

    @Test
    void shouldRefuseAnotherAudience() throws Exception {
        String wrongAudience = assertion(key, CLIENT, "https://portal.example.nl/api/v1", NOW.plusSeconds(60), "jti-2");

        assertRefused(wrongAudience, "api.assertion.audience");
    }

    @Test
    void shouldRefuseAnExpiredAssertion() throws Exception {
        assertRefused(assertion(key, CLIENT, ENDPOINT, NOW.minusSeconds(60), "jti-3"), "api.assertion.expired");
    }

    @Test
    void shouldRefuseAnAssertionValidForLongerThanFiveMinutes() throws Exception {
        assertRefused(assertion(key, CLIENT, ENDPOINT, NOW.plusSeconds(3600), "jti-4"), "api.assertion.lifetime");
    }

    @Test
    void shouldRefuseAReplayedJti() throws Exception {
        verifier().verify(assertion(key, CLIENT, ENDPOINT, NOW.plusSeconds(60), "jti-5"), ENDPOINT);

        assertRefused(assertion(key, CLIENT, ENDPOINT, NOW.plusSeconds(90), "jti-5"), "api.assertion.replayed");
    }

    @Test
    void shouldRefuseAnUnknownClient() throws Exception {
        assertRefused(assertion(key, "another-client", ENDPOINT, NOW.plusSeconds(60), "jti-6"), "api.assertion.unknownClient");
    }

    @Test
    void shouldRefuseAnAssertionSignedByAnotherKeyLikeAnUnknownClient() throws Exception {
        assertRefused(assertion(otherKey, CLIENT, ENDPOINT, NOW.plusSeconds(60), "jti-7"), "api.assertion.unknownClient");
    }

    @Test
    void shouldRefuseARevokedClient() throws Exception {
        revokedAt = NOW.minusSeconds(1);

        assertRefused(assertion(key, CLIENT, ENDPOINT, NOW.plusSeconds(60), "jti-8"), "api.assertion.revoked");
    }

    @Test
    void shouldRefuseAnIssuerThatIsNotTheSubject() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(CLIENT).subject("someone-else").audience(ENDPOINT)
                .expirationTime(Date.from(NOW.plusSeconds(60))).jwtID("jti-9").build();

        assertRefused(sign(key, claims), "api.assertion.issuerSubject");
    }

    @Test
    void shouldRefuseSomethingThatIsNoJwt() {
        assertRefused("not.a.jwt", "api.assertion.malformed");
    }

    private void assertRefused(String assertion, String messageKey) {
        assertThatThrownBy(() -> verifier().verify(assertion, ENDPOINT))
                .isInstanceOfSatisfying(ApiAuthenticationException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private ClientAssertionVerifier verifier() {
        RegisteredClient registered = new RegisteredClient(CLIENT, "Koppeling", "00000001234567890000", "Gemeente",
                key.toPublicJWK().toJSONString(), "thumb", Set.of(ApiScope.APPLICATIONS_READ), "member",
                NOW.minusSeconds(3600), revokedAt);
        return new ClientAssertionVerifier(id -> CLIENT.equals(id) ? Optional.of(registered) : Optional.empty(),
                (client, jti, expires) -> seen.add(client + " " + jti), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static String assertion(RSAKey signer, String clientId, String audience, Instant expires, String jti)
            throws Exception {
        return sign(signer, new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(audience)
                .issueTime(Date.from(NOW)).expirationTime(Date.from(expires)).jwtID(jti).build());
    }

    private static String sign(RSAKey signer, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }
}
