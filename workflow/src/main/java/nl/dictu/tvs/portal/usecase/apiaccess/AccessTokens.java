package nl.dictu.tvs.portal.usecase.apiaccess;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The access tokens of API v1: JWTs ({@code typ} {@code at+jwt}, RFC 9068) signed with HMAC-SHA256
 * by the portal's token key, valid for {@value #LIFETIME_SECONDS} seconds, naming the client
 * ({@code sub}, {@code client_id}) and the scopes granted. A token says who the caller is; whether
 * the client is still allowed is looked up at every request.
 */
public class AccessTokens {

    public static final int LIFETIME_SECONDS = 300;
    private static final JOSEObjectType AT_JWT = new JOSEObjectType("at+jwt");

    private final byte[] key;
    private final String issuer;
    private final Clock clock;

    public AccessTokens(byte[] key, String issuer, Clock clock) {
        this.key = key.clone();
        this.issuer = issuer;
        this.clock = clock;
    }

    public record Claims(String clientId, Set<ApiScope> scopes) {
    }

    public String issue(String clientId, Set<ApiScope> scopes) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(issuer).subject(clientId)
                .claim("client_id", clientId).claim("scope", scopeText(scopes)).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(LIFETIME_SECONDS))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(AT_JWT).build(), claims);
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    /** @throws ApiAuthenticationException when the token is not one of ours, was altered or expired */
    public Claims verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token == null ? "" : token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !AT_JWT.equals(jwt.getHeader().getType())
                    || !jwt.verify(new MACVerifier(key))) {
                throw new ApiAuthenticationException("api.token.invalid");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!issuer.equals(claims.getIssuer()) || claims.getAudience() == null || !claims.getAudience().contains(issuer)
                    || claims.getSubject() == null) {
                throw new ApiAuthenticationException("api.token.invalid");
            }
            Instant expires = Optional.ofNullable(claims.getExpirationTime()).map(Date::toInstant).orElse(Instant.MIN);
            if (!expires.isAfter(clock.instant())) {
                throw new ApiAuthenticationException("api.token.expired");
            }
            return new Claims(claims.getSubject(), scopesOf(claims.getStringClaim("scope")));
        } catch (ParseException | JOSEException e) {
            throw new ApiAuthenticationException("api.token.invalid");
        }
    }

    public static String scopeText(Set<ApiScope> scopes) {
        return scopes.stream().map(ApiScope::value).sorted().collect(Collectors.joining(" "));
    }

    /** The known scopes in a space-separated list; unknown ones are left out. */
    public static Set<ApiScope> scopesOf(String text) {
        return text == null ? Set.of() : Arrays.stream(text.trim().split("\\s+")).map(ApiScope::of).flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }
}
