package nl.dictu.tvs.portal.it;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A machine client of API v1 as an integrator writes one: a key pair of its own, registered by a
 * member on the portal's API clients page, a {@code private_key_jwt} assertion per token request,
 * and no cookies.
 */
final class ApiV1Client {

    static final String PAGE = "/applicant/api-clients.xhtml";
    static final String TOKEN_PATH = "/api/v1/oauth/token";
    private static final Pattern CLIENT_ID = Pattern.compile("<code class=\"tvs-client-id\">([0-9a-f-]{36})</code>");

    private final String baseUrl;
    private final String tokenEndpoint;
    private final RSAKey key;
    private final String clientId;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ApiV1Client(String baseUrl, String tokenEndpoint, RSAKey key, String clientId) {
        this.baseUrl = baseUrl;
        this.tokenEndpoint = tokenEndpoint;
        this.key = key;
        this.clientId = clientId;
    }

    /** A new key pair, registered by the member on the portal's page with these scopes. */
    static ApiV1Client registeredBy(DemoAccount member, String name, String... scopeNames) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            PortalClient portal = PortalClient.forSharedServer();
            portal.signIn(member.username, DemoAccount.PASSWORD);
            String page = portal.get(PAGE).body();
            Map<String, String> fields = FacesForm.fields(page, "registerForm", "registerClient",
                    Map.of("clientName", name, "clientPublicKey", key.toPublicJWK().toJSONString()));
            List<String> pairs = new ArrayList<>();
            fields.forEach((field, value) -> pairs.add(encode(field) + "=" + encode(value)));
            for (String scope : scopeNames) {
                pairs.add("clientScopes=" + encode(scope));
            }
            HttpResponse<String> registered = portal.postEncodedForm(PAGE, String.join("&", pairs));
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
            assertThat(registered.body()).contains("apiClientDone");
            String clientId = clientIdNamed(registered.body(), name);
            String publicUrl = PortalServer.shared().environment().get("TVS_PUBLIC_URL");
            return new ApiV1Client(PortalServer.shared().baseUrl(), publicUrl + TOKEN_PATH, key, clientId);
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Revokes the client on the portal's page, as a member of its organisation: the button in its row. */
    void revokeOnPortal(DemoAccount member) {
        PortalClient portal = PortalClient.forSharedServer();
        portal.signIn(member.username, DemoAccount.PASSWORD);
        String page = portal.get(PAGE).body();
        int row = page.indexOf(clientId);
        assertThat(row).as("row of " + clientId).isPositive();
        Matcher button = Pattern.compile("name=\"(clients:\\d+:[^\"]+)\"").matcher(page);
        assertThat(button.find(row)).as("revoke button of " + clientId).isTrue();
        HttpResponse<String> revoked = portal.postForm(PAGE, FacesForm.fields(page, "clientsForm", button.group(1), Map.of()));
        assertThat(revoked.body()).contains(clientId).contains("apiClientDone");
    }

    private static String clientIdNamed(String page, String name) {
        int row = page.indexOf(name);
        Matcher id = CLIENT_ID.matcher(page);
        if (row < 0 || !id.find(row)) {
            throw new AssertionError("no client named " + name + " in the page");
        }
        return id.group(1);
    }

    String clientId() {
        return clientId;
    }

    /** A fresh assertion: iss=sub=client id, aud=the token endpoint, valid for a minute, a new jti. */
    String assertion() {
        return assertion(tokenEndpoint, Instant.now().plusSeconds(60), UUID.randomUUID().toString());
    }

    String assertion(String audience, Instant expires, String jti) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(audience)
                            .issueTime(new Date()).expirationTime(Date.from(expires)).jwtID(jti).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> requestToken(String assertion, String scope) {
        String form = "grant_type=client_credentials&client_assertion_type="
                + encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer") + "&client_assertion=" + encode(assertion)
                + (scope == null ? "" : "&scope=" + encode(scope));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + TOKEN_PATH))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** An access token with the scopes asked for (all the client's when null). */
    String token(String scope) {
        HttpResponse<String> answer = requestToken(assertion(), scope);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer.body()).getString("access_token");
    }

    HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json")
                .header("Accept-Language", "en").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    HttpResponse<String> post(String path, String json, String token, String idempotencyKey) {
        return post(path, json, token, idempotencyKey, "en");
    }

    /** As {@link #post(String, String, String, String)}, asking for answers in {@code language} (nl or en). */
    HttpResponse<String> post(String path, String json, String token, String idempotencyKey, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    HttpResponse<String> delete(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept-Language", "en")
                .header("Authorization", "Bearer " + token).DELETE());
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
