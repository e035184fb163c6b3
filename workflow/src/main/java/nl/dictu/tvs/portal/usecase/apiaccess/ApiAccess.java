package nl.dictu.tvs.portal.usecase.apiaccess;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.shared.limit.RequestLimit;
import nl.dictu.tvs.portal.shared.limit.RequestLimiter;
import nl.dictu.tvs.portal.shared.secret.TokenSigningKey;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * The OAuth 2 side of API v1: the token endpoint (client credentials with a {@code private_key_jwt}
 * client assertion) and the check of an access token at every call, which looks the client up, so
 * a revoked client's tokens stop at its next request.
 */
@Stateless
public class ApiAccess {

    public static final String API_PATH = "/api/v1";
    public static final String TOKEN_PATH = API_PATH + "/oauth/token";
    public static final String CLIENT_CREDENTIALS = "client_credentials";
    public static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    @EJB
    private ApiClientStore clients;

    @EJB
    private JtiStore jtis;

    @Inject
    private TokenSigningKey signingKey;

    @Inject
    private PortalConfig config;

    @Inject
    private RequestLimiter limiter;

    @Inject
    private Clock clock;

    /** The token endpoint's URL, the {@code aud} of every client assertion: {@code TVS_PUBLIC_URL} and {@value #TOKEN_PATH}. */
    public String tokenEndpoint() {
        return publicUrl() + TOKEN_PATH;
    }

    /**
     * @param scope the scopes asked for, space-separated; all the client's when null or blank
     * @throws InvalidTokenRequestException when the request is not a client credentials grant with a JWT assertion
     * @throws ApiAuthenticationException   when the assertion is not accepted
     */
    public TokenGrant token(String grantType, String assertionType, String assertion, String scope) {
        if (!CLIENT_CREDENTIALS.equals(grantType)) {
            throw new InvalidTokenRequestException("api.token.grantType", "unsupported_grant_type");
        }
        if (!JWT_BEARER.equals(assertionType) || assertion == null || assertion.isBlank()) {
            throw new InvalidTokenRequestException("api.token.assertionType", "invalid_request");
        }
        RegisteredClient client = new ClientAssertionVerifier(clients::find, jtis, clock).verify(assertion, tokenEndpoint());
        limiter.requireForClient(RequestLimit.API_TOKEN, client.clientId(), client.organisationOin());
        Set<ApiScope> granted = scope == null || scope.isBlank() ? client.scopes() : requested(scope, client.scopes());
        String token = tokens().issue(client.clientId(), granted);
        return new TokenGrant(token, "Bearer", AccessTokens.LIFETIME_SECONDS, AccessTokens.scopeText(granted));
    }

    /**
     * The caller of an API v1 request, counted against its limits.
     *
     * @throws ApiAuthenticationException when the token is missing, invalid or expired, or its client was revoked
     */
    public ApiCaller authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            throw new ApiAuthenticationException("api.token.missing");
        }
        AccessTokens.Claims claims = tokens().verify(bearerToken);
        RegisteredClient client = clients.find(claims.clientId()).filter(c -> !c.isRevoked())
                .orElseThrow(() -> new ApiAuthenticationException("api.token.revoked"));
        limiter.requireForClient(RequestLimit.API_CALL, client.clientId(), client.organisationOin());
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        scopes.addAll(claims.scopes());
        scopes.retainAll(client.scopes());
        return new ApiCaller(client.clientId(), client.name(), client.organisationOin(), client.organisationName(),
                Set.copyOf(scopes));
    }

    private static Set<ApiScope> requested(String scope, Set<ApiScope> registered) {
        Set<ApiScope> asked = EnumSet.noneOf(ApiScope.class);
        for (String value : scope.trim().split("\\s+")) {
            ApiScope known = ApiScope.of(value).filter(registered::contains)
                    .orElseThrow(() -> new InvalidTokenRequestException("api.token.scope", "invalid_scope"));
            asked.add(known);
        }
        return Set.copyOf(asked);
    }

    private AccessTokens tokens() {
        return new AccessTokens(signingKey.bytes(), publicUrl() + API_PATH, clock);
    }

    private String publicUrl() {
        String url = config.requiredPublicUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
