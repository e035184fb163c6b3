package nl.dictu.tvs.portal.usecase.apiaccess;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a {@code private_key_jwt} client assertion (RFC 7523, section 3; NL GOV OAuth profile):
 * signed with the client's registered key by an asymmetric algorithm, {@code iss} and {@code sub}
 * both the client id, {@code aud} the token endpoint's URL, an {@code exp} in the next
 * {@value #MAX_LIFETIME_MINUTES} minutes, and a {@code jti} not used before.
 */
public class ClientAssertionVerifier {

    static final int MAX_LIFETIME_MINUTES = 5;
    private static final Duration MAX_LIFETIME = Duration.ofMinutes(MAX_LIFETIME_MINUTES);
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384,
            JWSAlgorithm.ES512);

    private final Function<String, Optional<RegisteredClient>> clients;
    private final JtiRegister jtis;
    private final Clock clock;

    public ClientAssertionVerifier(Function<String, Optional<RegisteredClient>> clients, JtiRegister jtis, Clock clock) {
        this.clients = clients;
        this.jtis = jtis;
        this.clock = clock;
    }

    /**
     * @param assertion     the {@code client_assertion} parameter
     * @param tokenEndpoint the token endpoint's URL as the portal publishes it (never from the request's Host)
     * @return the client, not revoked
     * @throws ApiAuthenticationException when the assertion is not accepted
     */
    public RegisteredClient verify(String assertion, String tokenEndpoint) {
        SignedJWT jwt = parse(assertion);
        JWTClaimsSet claims = claimsOf(jwt);
        String clientId = claims.getIssuer();
        if (clientId == null || !clientId.equals(claims.getSubject())) {
            throw new ApiAuthenticationException("api.assertion.issuerSubject");
        }
        RegisteredClient client = clients.apply(clientId).filter(c -> signedBy(jwt, c))
                .orElseThrow(() -> new ApiAuthenticationException("api.assertion.unknownClient"));
        if (client.isRevoked()) {
            throw new ApiAuthenticationException("api.assertion.revoked");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(tokenEndpoint)) {
            throw new ApiAuthenticationException("api.assertion.audience");
        }
        Instant now = clock.instant();
        Instant expires = Optional.ofNullable(claims.getExpirationTime()).map(Date::toInstant)
                .orElseThrow(() -> new ApiAuthenticationException("api.assertion.expired"));
        if (!expires.isAfter(now.minus(CLOCK_SKEW))) {
            throw new ApiAuthenticationException("api.assertion.expired");
        }
        if (expires.isAfter(now.plus(MAX_LIFETIME).plus(CLOCK_SKEW))) {
            throw new ApiAuthenticationException("api.assertion.lifetime");
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank() || jti.length() > 200) {
            throw new ApiAuthenticationException("api.assertion.jti");
        }
        if (!jtis.firstUse(clientId, jti, expires.plus(CLOCK_SKEW))) {
            throw new ApiAuthenticationException("api.assertion.replayed");
        }
        return client;
    }

    private static SignedJWT parse(String assertion) {
        try {
            SignedJWT jwt = SignedJWT.parse(assertion == null ? "" : assertion);
            if (!ALLOWED.contains(jwt.getHeader().getAlgorithm())) {
                throw new ApiAuthenticationException("api.assertion.algorithm");
            }
            return jwt;
        } catch (ParseException e) {
            throw new ApiAuthenticationException("api.assertion.malformed");
        }
    }

    private static JWTClaimsSet claimsOf(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new ApiAuthenticationException("api.assertion.malformed");
        }
    }

    private static boolean signedBy(SignedJWT jwt, RegisteredClient client) {
        try {
            JWK key = JWK.parse(client.publicKeyJwk());
            java.security.Key publicKey = switch (key.getKeyType().getValue()) {
                case "RSA" -> key.toRSAKey().toPublicKey();
                case "EC" -> key.toECKey().toPublicKey();
                default -> null;
            };
            return publicKey != null && jwt.verify(new DefaultJWSVerifierFactory().createJWSVerifier(jwt.getHeader(), publicKey));
        } catch (ParseException | JOSEException e) {
            return false;
        }
    }
}
