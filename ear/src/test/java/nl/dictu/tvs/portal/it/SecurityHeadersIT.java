package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers every response carries, the container's own answers included; anonymous pages that
 * leave no session behind; a session and CSRF token of their own for every sign-in.
 */
class SecurityHeadersIT {

    private static final Pattern RESOURCE = Pattern.compile("\"(/jakarta\\.faces\\.resource/[^\"]+)\"");

    @Test
    void shouldSendTheHeadersWithAPageAndKeepItsScriptNonce() {
        HttpResponse<String> page = PortalClient.forSharedServer().get("/login.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self' 'nonce-"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("only with TVS_COOKIE_SECURE").isEmpty();
    }

    @Test
    void shouldSendTheHeadersWithTheContainersForbiddenAndNotFoundPages() {
        PortalClient applicant = PortalClient.forSharedServer();
        applicant.signIn("aanvrager", DemoAccount.PASSWORD);

        HttpResponse<String> forbidden = applicant.get("/reviewer/index.xhtml");
        HttpResponse<String> missing = applicant.get("/applicant/no-such-page.xhtml");
        HttpResponse<String> missingFile = applicant.get("/no-such-file.txt");

        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertSecurityHeaders(forbidden);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertSecurityHeaders(missing);
        assertThat(missingFile.statusCode()).isEqualTo(404);
        assertSecurityHeaders(missingFile);
    }

    @Test
    void shouldSendTheHeadersWithRedirectsApiAnswersAndStaticResources() {
        PortalClient anonymous = PortalClient.forSharedServer();
        HttpResponse<String> login = anonymous.get("/login.xhtml");
        Matcher resource = RESOURCE.matcher(login.body());
        assertThat(resource.find()).as("a style sheet or script on the login page").isTrue();

        HttpResponse<String> redirect = anonymous.get("/reviewer/index.xhtml");
        HttpResponse<String> health = anonymous.get("/api/health/live");
        HttpResponse<String> staticResource = anonymous.get(resource.group(1).replace("&amp;", "&"));
        HttpResponse<String> badMethod = anonymous.postForm("/api/health/live", Map.of("a", "b"));
        HttpResponse<String> apiUnauthorised = anonymous.get("/api/tasks");
        HttpResponse<String> apiFromALink = anonymous.get("/api/tasks", Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertSecurityHeaders(redirect);
        assertThat(health.statusCode()).isEqualTo(200);
        assertSecurityHeaders(health);
        assertThat(staticResource.statusCode()).isEqualTo(200);
        assertSecurityHeaders(staticResource);
        assertThat(badMethod.statusCode()).isEqualTo(405);
        assertSecurityHeaders(badMethod);
        assertThat(apiUnauthorised.statusCode()).as("a program calling the API").isEqualTo(401);
        assertThat(apiUnauthorised.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(apiUnauthorised.body()).contains("Meld u aan in het portaal");
        assertSecurityHeaders(apiUnauthorised);
        assertThat(apiFromALink.statusCode()).as("a browser following a link to the API").isEqualTo(302);
        assertThat(anonymous.sessionId()).as("no session for anonymous calls").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/register.xhtml", "/invitation.xhtml", "/invitation.xhtml?token=not-a-token", "/login",
            "/login.xhtml"})
    void shouldCreateNoSessionForAnAnonymousVisit(String path) {
        PortalClient anonymous = PortalClient.forSharedServer();

        HttpResponse<String> page = anonymous.follow(anonymous.get(path));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(anonymous.sessionId()).as(path).isEmpty();
    }

    @Test
    void shouldRenewTheSessionIdAndTheCsrfTokenAtEverySignIn() {
        PortalClient client = PortalClient.forSharedServer();
        String firstToken = PortalClient.csrfTokenIn(client.signIn("beoordelaar", DemoAccount.PASSWORD).body());
        String firstSession = client.sessionId().orElseThrow();

        String secondToken = PortalClient.csrfTokenIn(client.signIn("beheerder", DemoAccount.PASSWORD).body());

        assertThat(client.sessionId()).isPresent().get().isNotEqualTo(firstSession);
        assertThat(secondToken).isNotEqualTo(firstToken);
        assertThat(client.postForm("/logout", Map.of("csrf", firstToken)).statusCode())
                .as("the first sign-in's token no longer signs out").isEqualTo(403);
    }

    static void assertSecurityHeaders(HttpResponse<?> response) {
        String what = response.request().uri().getPath() + " (" + response.statusCode() + ")";
        assertThat(response.headers().allValues("Content-Security-Policy")).as(what).hasSize(1);
        assertThat(response.headers().firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").contains("object-src 'none'").contains("base-uri 'none'")
                        .contains("frame-ancestors 'none'").contains("form-action 'self'").doesNotContain("unsafe-eval"));
        assertThat(response.headers().firstValue("Content-Security-Policy").map(SecurityHeadersIT::scriptSources)).as(what)
                .hasValueSatisfying(scripts -> assertThat(scripts).doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(what).contains("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(what).contains("same-origin");
    }

    /** The directive that governs scripts: script-src when present, default-src otherwise. */
    static String scriptSources(String policy) {
        return java.util.Arrays.stream(policy.split(";")).map(String::strip)
                .filter(d -> d.startsWith("script-src ")).findFirst()
                .orElseGet(() -> java.util.Arrays.stream(policy.split(";")).map(String::strip)
                        .filter(d -> d.startsWith("default-src ")).findFirst().orElse(""));
    }
}
