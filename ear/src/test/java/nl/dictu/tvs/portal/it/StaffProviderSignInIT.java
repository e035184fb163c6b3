package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff sign in through OpenID Connect at a real Keycloak (the test realm requires TOTP), with
 * PKCE S256; a staff member the provider disabled loses access within the token's lifetime.
 */
@Tag("h2-only")
class StaffProviderSignInIT {

    @RegisterExtension
    final ItBrowser browser = new ItBrowser();

    private static KeycloakServer keycloak;

    /** Keycloak and the portal start side by side: the slower of the two sets the wait. */
    @BeforeAll
    static void startProvider() {
        CompletableFuture<KeycloakServer> starting = CompletableFuture.supplyAsync(KeycloakServer::shared);
        PortalServer.shared();
        keycloak = starting.join();
    }

    @Test
    void shouldSendTheAuthorisationRequestWithPkceS256() {
        HttpResponse<String> start = PortalClient.forSharedServer().get("/login/oidc?returnTo=%2Freviewer%2Ftasks.xhtml");

        assertThat(start.statusCode()).isEqualTo(302);
        URI location = URI.create(start.headers().firstValue("Location").orElseThrow());
        Map<String, String> query = Arrays.stream(location.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        assertThat(location.toString()).startsWith(KeycloakServer.issuer() + "/protocol/openid-connect/auth?");
        assertThat(query).containsEntry("code_challenge_method", "S256").containsEntry("response_type", "code")
                .containsEntry("client_id", KeycloakServer.CLIENT_ID)
                .containsEntry("redirect_uri", PortalServer.shared().baseUrl() + "/login/oidc")
                .containsKeys("state", "nonce");
        assertThat(query.get("code_challenge")).as("a base64url SHA-256").matches("[A-Za-z0-9_-]{43}");
        assertThat(query.get("scope")).contains("openid");
    }

    @Test
    void shouldRefuseAnAnswerThatBelongsToNoSignInOfThisBrowser() {
        PortalClient session = PortalClient.forSharedServer();
        session.get("/login/oidc");

        HttpResponse<String> forged = session.get("/login/oidc?state=not-this-browsers&code=stolen");

        assertThat(forged.headers().firstValue("Location")).hasValue("/login.xhtml?error=providerExpired");
        assertThat(session.get("/reviewer/tasks.xhtml").statusCode()).as("not signed in").isEqualTo(302);
        PortalClient english = PortalClient.forSharedServer();
        assertThat(english.follow(english.get("/login.xhtml?error=providerExpired&lang=en")).body())
                .contains("This sign-in request has expired or belongs to another window");
    }

    @Test
    void shouldSignAReviewerInWithPasswordAndTotpInTheBrowser() throws Exception {
        browser.driver.get(browser.baseUrl + "/reviewer/tasks.xhtml?lang=nl");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staffSignIn"))).click();

        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-form-login")));
        assertThat(browser.driver.getCurrentUrl()).contains("code_challenge_method=S256");
        browser.driver.findElement(By.id("username")).sendKeys(ProviderStaff.REVIEWER.username);
        browser.driver.findElement(By.id("password")).sendKeys(KeycloakServer.STAFF_PASSWORD);
        browser.driver.findElement(By.id("kc-login")).click();

        WebElement otp = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")));
        otp.sendKeys(ItTotp.code(ProviderStaff.REVIEWER.totpSecret, Instant.now().minus(Duration.ofMinutes(10))));
        browser.driver.findElement(By.id("kc-login")).click();
        browser.wait.until(ExpectedConditions.stalenessOf(otp));
        assertThat(browser.driver.findElements(By.id("pageTitle"))).as("an expired code is refused").isEmpty();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")))
                .sendKeys(ItTotp.code(ProviderStaff.REVIEWER.totpSecret));
        browser.driver.findElement(By.id("kc-login")).click();

        browser.wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), "Takenlijst"));
        assertThat(browser.driver.getCurrentUrl()).as("back on the page asked for")
                .startsWith(browser.baseUrl + "/reviewer/tasks.xhtml");
        browser.screenshot("staff-provider-sign-in");

        browser.driver.findElement(By.id("logout")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loggedOut")));
        browser.driver.get(browser.baseUrl + "/login/oidc");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-form-login")));
        assertThat(browser.driver.findElements(By.id("pageTitle"))).as("signed out at the provider too: both factors again")
                .isEmpty();
    }

    @Test
    void shouldEndTheSessionOfAStaffMemberDisabledAtTheProvider() {
        keycloak.setAccessTokenLifespan(Duration.ofSeconds(5));
        try {
            PortalClient session = PortalClient.forSharedServer();
            HttpResponse<String> landing = new ProviderBrowserless().signIn(session, ProviderStaff.REVIEWER_2);
            assertThat(landing.headers().firstValue("Location")).hasValue("/reviewer/index.xhtml");
            assertThat(session.get("/reviewer/tasks.xhtml").statusCode()).isEqualTo(200);

            PortalServer.sleep(Duration.ofSeconds(6));
            assertThat(session.get("/reviewer/tasks.xhtml").statusCode()).as("the provider refreshes the session")
                    .isEqualTo(200);

            keycloak.setEnabled(ProviderStaff.REVIEWER_2.username, false);
            PortalServer.sleep(Duration.ofSeconds(6));
            HttpResponse<String> after = session.get("/reviewer/tasks.xhtml");
            assertThat(after.statusCode()).isEqualTo(302);
            assertThat(after.headers().firstValue("Location").orElseThrow()).startsWith("/login.xhtml");
            assertThat(session.get("/api/tasks").statusCode()).as("the API too").isNotEqualTo(200);
        } finally {
            keycloak.setAccessTokenLifespan(Duration.ofMinutes(5));
            keycloak.setEnabled(ProviderStaff.REVIEWER_2.username, true);
        }
    }
}
