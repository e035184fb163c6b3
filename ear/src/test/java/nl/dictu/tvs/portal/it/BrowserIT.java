package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("h2-only")
class BrowserIT {

    @RegisterExtension
    final ItBrowser session = new ItBrowser();
    private final WebDriver browser = session.driver;
    private final WebDriverWait wait = session.wait;
    private final String baseUrl = session.baseUrl;

    @Test
    void shouldSignInSwitchLanguageAndSignOut() throws IOException {
        browser.get(baseUrl + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Inloggen");
        screenshot("login-nl");
        Accessibility.assertNoViolations(browser, "login");

        browser.findElement(By.id("username")).sendKeys("aanvrager");
        browser.findElement(By.id("password")).sendKeys(DemoAccount.PASSWORD);
        browser.findElement(By.id("signIn")).click();

        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), "Mijn aanvragen"));
        assertThat(browser.findElement(By.id("signedInUser")).getText()).isEqualTo("Anne Aanvrager");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("TVS-DEMO-00001").contains("Gemeente Voorbeeldstad");
        screenshot("applicant-home-nl");
        Accessibility.assertNoViolations(browser, "applicant home (nl)");

        browser.findElement(By.linkText("English")).click();

        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), "My applications"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("logout")).getText()).isEqualTo("Log out");
        screenshot("applicant-home-en");
        Accessibility.assertNoViolations(browser, "applicant home (en)");

        browser.findElement(By.id("logout")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loggedOut")));
        assertThat(browser.findElement(By.id("loggedOut")).getText()).isEqualTo("You have been logged out.");
        Accessibility.assertNoViolations(browser, "login after logout");
    }

    @Test
    void shouldShowTheReviewerTheOpenTasks() throws IOException {
        browser.get(baseUrl + "/reviewer/index.xhtml?lang=nl");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm")));
        browser.findElement(By.id("username")).sendKeys("beoordelaar");
        browser.findElement(By.id("password")).sendKeys(DemoAccount.PASSWORD);
        browser.findElement(By.id("signIn")).click();

        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), "Takenlijst"));
        assertThat(browser.findElement(By.id("tasks")).getText()).contains("TVS-DEMO-00001").contains("Aanvraag registreren");
        screenshot("reviewer-home-nl");
        Accessibility.assertNoViolations(browser, "reviewer home");
    }

    @Test
    void shouldShowTheAdminHomeAndTheErrorPagesAccessibly() throws IOException {
        browser.get(baseUrl + "/error/404.xhtml?lang=nl");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-404")));
        Accessibility.assertNoViolations(browser, "404 signed out");

        browser.get(baseUrl + "/login.xhtml?lang=nl&error=credentials");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginError")));
        Accessibility.assertNoViolations(browser, "login with error");

        signIn(DemoAccount.ADMIN);
        assertThat(browser.findElement(By.id("health")).getText()).contains("Database");
        screenshot("admin-home-nl");
        Accessibility.assertNoViolations(browser, "admin home");

        browser.get(baseUrl + "/does-not-exist.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-404")));
        assertOnlyHomeOffered("404");
        screenshotAt("error-404-signed-in-1366", 1366, 900);
        screenshotAt("error-404-signed-in-phone", 390, 844);
        Accessibility.assertNoViolations(browser, "404 signed in");

        browser.get(baseUrl + "/reviewer/index.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-403")));
        assertOnlyHomeOffered("403");
        screenshot("error-403-nl");
        screenshotAt("error-403-phone", 390, 844);
        Accessibility.assertNoViolations(browser, "403");
        browser.findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#error-403 h1"), "No access"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        screenshot("error-403-en");
        browser.findElement(By.linkText("Nederlands")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#error-403 h1"), "Geen toegang"));

        browser.get(baseUrl + "/error/500.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-500")));
        Accessibility.assertNoViolations(browser, "500");

        browser.get(baseUrl + "/error/expired.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-expired")));
        Accessibility.assertNoViolations(browser, "expired");
    }

    @Test
    void shouldSayTheSessionExpiredWhenAClickFollowsALostSession() {
        signIn(DemoAccount.APPLICANT);
        // the server no longer knows the browser's session (it timed out, or the server restarted)
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.manage().addCookie(new Cookie("JSESSIONID", "lost-session", "/"));
        browser.findElement(By.id("people")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm")));
        assertThat(browser.findElements(By.id("sessionExpired"))).as("the login page says why it is shown")
                .singleElement().satisfies(notice -> assertThat(notice.getText()).contains("Uw sessie is verlopen"));
    }

    @Test
    void shouldShowTheExpiredPageNotTheErrorPageForAnExpiredView() throws IOException {
        signIn(DemoAccount.APPLICANT);
        browser.get(baseUrl + "/applicant/organisation.xhtml?lang=nl");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pageTitle")));
        // the page's state is gone from the server: a form sent from it now restores no view
        ((JavascriptExecutor) browser).executeScript("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                + ".forEach(i => i.value = '-1234567890:9876543210');");
        browser.findElement(By.id("invite")).click();
        wait.until(driver -> !driver.findElements(By.id("error-expired")).isEmpty() || !driver.findElements(By.id("error-500")).isEmpty());
        assertThat(browser.findElements(By.id("error-500"))).as("the error page for an expired view").isEmpty();
        assertThat(browser.findElement(By.cssSelector("#error-expired h1")).getText()).isEqualTo("Pagina verlopen");
        screenshot("error-expired-signed-in");
        Accessibility.assertNoViolations(browser, "expired view");
    }

    /**
     * A signed-in person is offered their start page, not the login page: the error's one link goes
     * home, and no link on the page (header included) leads to sign in.
     */
    private void assertOnlyHomeOffered(String page) {
        assertThat(browser.findElement(By.id("error-" + page)).findElements(By.tagName("a"))).as("%s: the ways on", page)
                .singleElement().satisfies(link -> assertThat(link.getDomAttribute("href")).contains("/index.xhtml"));
        assertThat(browser.findElements(By.cssSelector("a[href*='login.xhtml']"))).as("%s: no sign-in for a signed-in user", page)
                .isEmpty();
    }

    private void screenshotAt(String name, int width, int height) throws IOException {
        org.openqa.selenium.Dimension size = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
            screenshot(name);
        } finally {
            browser.manage().window().setSize(size);
        }
    }

    private void signIn(DemoAccount account) {
        session.signIn(account);
    }

    private void screenshot(String name) throws IOException {
        session.screenshot(name);
    }
}
