package nl.dictu.tvs.portal.usecase.account;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import nl.dictu.tvs.portal.shared.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OpenID Connect authorisation code flow with PKCE (S256) against one identity provider: its
 * discovery document, the authorisation request, the token and refresh calls, and the ID token's
 * validation (signature against the provider's published keys, issuer, audience, expiry, nonce).
 * Holds no session state: the caller keeps what a sign-in in progress needs.
 */
public class ProviderClient {

    static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<JWSAlgorithm> SIGNATURES = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    private final ProviderSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile Discovery discovery;

    /** The provider's endpoints, from its discovery document. */
    record Discovery(String issuer, String authorisationEndpoint, String tokenEndpoint, String endSessionEndpoint,
                     DefaultJWTProcessor<SecurityContext> idTokens) {
    }

    /** A token endpoint's answer that validated. */
    record TokenAnswer(JWTClaimsSet idClaims, String idToken, String refreshToken, Duration accessLifetime) {
    }

    public ProviderClient(ProviderSettings settings) {
        this.settings = settings;
    }

    public ProviderSettings settings() {
        return settings;
    }

    /** A new sign-in: fresh state, nonce and PKCE verifier, and the authorisation request that carries the S256 challenge. */
    public ProviderPendingSignIn begin(String returnTo, String language) {
        String state = randomToken();
        String nonce = randomToken();
        String verifier = randomToken();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", settings.redirectUri());
        query.put("scope", "openid profile email");
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", s256(verifier));
        query.put("code_challenge_method", "S256");
        if (language != null) {
            query.put("ui_locales", language);
        }
        return new ProviderPendingSignIn(state, nonce, verifier,
                discovery().authorisationEndpoint() + "?" + form(query), returnTo);
    }

    /** Exchanges the code for tokens (with the PKCE verifier) and validates the ID token, nonce included. */
    TokenAnswer redeem(ProviderPendingSignIn pending, String code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", settings.redirectUri());
        form.put("code_verifier", pending.codeVerifier());
        Map<String, Object> answer = post(form).orElseThrow(() -> new ProviderSignInRefusedException(
                ProviderSignInRefusedException.Kind.PROVIDER, "the token endpoint refused the authorisation code"));
        TokenAnswer tokens = tokens(answer, pending.nonce());
        if (tokens.idClaims() == null) {
            throw new ProviderSignInRefusedException(ProviderSignInRefusedException.Kind.PROVIDER, "no ID token in the answer");
        }
        return tokens;
    }

    /** The refresh grant: empty when the provider no longer accepts the session (disabled, signed out, expired). */
    Optional<TokenAnswer> refresh(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return post(form).map(answer -> tokens(answer, null));
    }

    /** Where the browser signs out at the provider, coming back to {@code returnUrl}; empty when the provider has no such endpoint. */
    public Optional<String> endSessionUrl(String idToken, String returnUrl) {
        String endpoint = discovery().endSessionEndpoint();
        if (endpoint == null) {
            return Optional.empty();
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", settings.clientId());
        if (idToken != null) {
            query.put("id_token_hint", idToken);
        }
        query.put("post_logout_redirect_uri", returnUrl);
        return Optional.of(endpoint + "?" + form(query));
    }

    private TokenAnswer tokens(Map<String, Object> answer, String nonce) {
        String idToken = answer.get("id_token") instanceof String s ? s : null;
        JWTClaimsSet claims = null;
        if (idToken != null) {
            try {
                claims = discovery().idTokens().process(idToken, null);
            } catch (Exception e) {
                throw new ProviderSignInRefusedException(ProviderSignInRefusedException.Kind.PROVIDER,
                        "the ID token did not validate: " + e.getMessage(), e);
            }
            if (nonce != null && !nonce.equals(claims.getClaim("nonce"))) {
                throw new ProviderSignInRefusedException(ProviderSignInRefusedException.Kind.PROVIDER,
                        "the ID token's nonce is not this sign-in's");
            }
        }
        long expiresIn = answer.get("expires_in") instanceof Number n ? n.longValue() : 0;
        String refreshToken = answer.get("refresh_token") instanceof String s ? s : null;
        return new TokenAnswer(claims, idToken, refreshToken, Duration.ofSeconds(Math.max(0, expiresIn)));
    }

    private Optional<Map<String, Object>> post(Map<String, String> form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(discovery().tokenEndpoint()))
                .timeout(HTTP_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        Map<String, String> body = new LinkedHashMap<>(form);
        if (settings.clientSecret() == null) {
            body.put("client_id", settings.clientId());
        } else {
            String basic = URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8) + ":"
                    + URLEncoder.encode(settings.clientSecret(), StandardCharsets.UTF_8);
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(form(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(Json.readObject(response.body()));
        } catch (IOException | IllegalArgumentException e) {
            throw new ProviderSignInRefusedException(ProviderSignInRefusedException.Kind.PROVIDER,
                    "the token endpoint could not be used: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderSignInRefusedException(ProviderSignInRefusedException.Kind.PROVIDER, "interrupted", e);
        }
    }

    /** Read once, on first use (the provider need not be up when the portal starts); read again after a failure. */
    private Discovery discovery() {
        Discovery known = discovery;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (discovery == null) {
                discovery = readDiscovery();
            }
            return discovery;
        }
    }

    private Discovery readDiscovery() {
        String url = settings.issuer() + "/.well-known/openid-configuration";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(HTTP_TIMEOUT)
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            Map<String, Object> document = Json.readObject(response.body());
            String issuer = text(document, "issuer");
            if (!settings.issuer().equals(issuer)) {
                throw new IOException("the document names issuer " + issuer + ", not " + settings.issuer());
            }
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(URI.create(text(document, "jwks_uri")).toURL())
                    .retrying(true).build();
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(SIGNATURES, keys));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(settings.clientId(),
                    new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "iat", "exp")));
            return new Discovery(issuer, text(document, "authorization_endpoint"), text(document, "token_endpoint"),
                    document.get("end_session_endpoint") instanceof String s ? s : null, processor);
        } catch (IOException | IllegalArgumentException e) {
            throw new ProviderSignInRefusedException(ProviderSignInRefusedException.Kind.PROVIDER,
                    "the identity provider's discovery document at " + url + " could not be used: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderSignInRefusedException(ProviderSignInRefusedException.Kind.PROVIDER, "interrupted", e);
        }
    }

    private static String text(Map<String, Object> document, String name) throws IOException {
        if (document.get(name) instanceof String s && !s.isBlank()) {
            return s;
        }
        throw new IOException("the discovery document has no " + name);
    }

    /** The PKCE S256 challenge of a verifier (RFC 7636 §4.2). */
    static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 256 random bits, URL-safe: state, nonce and the PKCE verifier (43 characters, as RFC 7636 asks). */
    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
