package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SignInIT {

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void shouldLandEachDemoAccountOnItsRolesPage(DemoAccount account) {
        PortalClient client = PortalClient.forSharedServer();

        HttpResponse<String> login = client.postForm("/login",
                Map.of("username", account.username, "password", DemoAccount.PASSWORD));

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(PortalClient.pathOf(login.headers().firstValue("Location").orElseThrow())).isEqualTo(account.landingPage);
        HttpResponse<String> landing = client.follow(login);
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.body()).contains("<h1 id=\"pageTitle\">" + account.landingTitle + "</h1>")
                .contains("id=\"logout\"")
                .as("warns after 13 idle minutes, signs out after 15")
                .contains("timeout:780000").contains("PF('idleWarning').show()")
                .contains("timeout:900000").contains("/login.xhtml?expired=true");
    }

    @Test
    void shouldRejectAWrongPasswordWithAnErrorAndWithoutASession() {
        PortalClient client = PortalClient.forSharedServer();

        HttpResponse<String> login = client.postForm("/login", Map.of("username", "beoordelaar", "password", "wrong"));

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml?error=credentials"));
        HttpResponse<String> page = client.follow(login);
        assertThat(page.body()).contains("id=\"loginError\"").contains("De gebruikersnaam of het wachtwoord klopt niet");
        assertThat(client.sessionId()).as("no session after a failed sign-in").isEmpty();
        assertThat(client.get("/reviewer/index.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void shouldRefuseASignInFormPostedFromAnotherSite() {
        PortalClient client = PortalClient.forSharedServer();

        HttpResponse<String> forged = client.postForm("/login", Map.of("username", "beoordelaar", "password", "tvs-demo"),
                Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"));

        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml?error=foreignForm"));
        assertThat(client.follow(forged).body()).contains("id=\"foreignFormError\"");
        assertThat(client.sessionId()).as("no session for a forged sign-in").isEmpty();
        assertThat(client.get("/reviewer/index.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void shouldRenewTheSessionIdAtSignIn() {
        PortalClient client = PortalClient.forSharedServer();
        client.signIn("beoordelaar", DemoAccount.PASSWORD);
        String before = client.sessionId().orElseThrow();

        client.signIn("beheerder", DemoAccount.PASSWORD);

        assertThat(client.sessionId()).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void shouldForbidAnApplicantTheReviewerPagesInTheirLanguage() {
        PortalClient client = PortalClient.forSharedServer();
        client.signIn("aanvrager", DemoAccount.PASSWORD);

        HttpResponse<String> dutch = client.get("/reviewer/index.xhtml");
        assertThat(dutch.statusCode()).isEqualTo(403);
        assertThat(dutch.body()).contains("Geen toegang").contains("Naar uw startpagina");

        client.get("/applicant/index.xhtml?lang=en");
        HttpResponse<String> english = client.get("/admin/index.xhtml");
        assertThat(english.statusCode()).isEqualTo(403);
        assertThat(english.body()).contains("No access");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.xhtml", "/applicant/index.xhtml", "/reviewer/index.xhtml",
            "/admin/index.xhtml", "/does-not-exist.xhtml", "/api/anything"})
    void shouldSendAnonymousVisitorsToTheLoginPage(String path) {
        PortalClient anonymous = PortalClient.forSharedServer();

        // a browser, which asks for a page (a program calling the API gets 401: SecurityHeadersIT)
        HttpResponse<String> response = anonymous.get(path, Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(PortalClient.pathOf(response.headers().firstValue("Location").orElseThrow())).startsWith("/login.xhtml");
        assertThat(anonymous.follow(response).body()).contains("id=\"loginForm\"");
        assertThat(anonymous.sessionId()).as("anonymous visitors get no session").isEmpty();
    }

    @Test
    void shouldTellASignedInUserThatAPageDoesNotExist() {
        PortalClient client = PortalClient.forSharedServer();
        client.signIn("beoordelaar", DemoAccount.PASSWORD);

        HttpResponse<String> missing = client.get("/reviewer/no-such-page.xhtml");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Pagina niet gevonden").contains("Naar uw startpagina").contains("id=\"logout\"");
    }

    @Test
    void shouldReturnToTheRequestedPageAfterSignIn() {
        PortalClient client = PortalClient.forSharedServer();
        String loginPage = PortalClient.pathOf(client.get("/admin/index.xhtml").headers().firstValue("Location").orElseThrow());
        assertThat(loginPage).isEqualTo("/login.xhtml?returnTo=%2Fadmin%2Findex.xhtml");

        HttpResponse<String> login = client.postForm("/login",
                Map.of("username", "beheerder", "password", DemoAccount.PASSWORD, "returnTo", "/admin/index.xhtml"));

        assertThat(PortalClient.pathOf(login.headers().firstValue("Location").orElseThrow())).isEqualTo("/admin/index.xhtml");
    }

    @Test
    void shouldNeverRedirectToAnotherSiteAfterSignIn() {
        PortalClient client = PortalClient.forSharedServer();

        HttpResponse<String> login = client.postForm("/login",
                Map.of("username", "beheerder", "password", DemoAccount.PASSWORD, "returnTo", "//evil.example/phish"));

        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(PortalClient.pathOf(l)).isEqualTo("/admin/index.xhtml"));
    }

    @Test
    void shouldSignOutWithTheFormOnEveryPage() {
        PortalClient client = PortalClient.forSharedServer();
        HttpResponse<String> landing = client.signIn("beoordelaar", DemoAccount.PASSWORD);

        HttpResponse<String> forged = client.postForm("/logout", Map.of("csrf", "not-the-token"));
        assertThat(forged.statusCode()).as("sign-out without the page's token").isEqualTo(403);

        HttpResponse<String> logout = client.postForm("/logout", Map.of("csrf", PortalClient.csrfTokenIn(landing.body())));
        assertThat(PortalClient.pathOf(logout.headers().firstValue("Location").orElseThrow())).isEqualTo("/login.xhtml?loggedOut=true");
        assertThat(client.get("/reviewer/index.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void shouldSendSecurityHeadersAndAStrictContentSecurityPolicy() {
        HttpResponse<String> page = PortalClient.forSharedServer().get("/login.xhtml");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self' 'nonce-").doesNotContain("unsafe-eval"));
        assertThat(SecurityHeadersIT.scriptSources(page.headers().firstValue("Content-Security-Policy").orElseThrow()))
                .doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.body()).doesNotContain("onclick=").doesNotContain(" style=\"");
    }
}
