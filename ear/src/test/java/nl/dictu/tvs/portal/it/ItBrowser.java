package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A headless Chromium on the shared server, signing in as a demo account; files to upload from it.
 * A test registers it ({@code @RegisterExtension}) and it quits after each test.
 */
final class ItBrowser implements AfterEachCallback {

    final String baseUrl = PortalServer.shared().baseUrl();
    final WebDriver driver = HeadlessChromium.start();
    final WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

    /** Signs in on the account's landing page, in Dutch. */
    void signIn(DemoAccount account) {
        signIn(account, account.landingPage + "?lang=nl", account.landingTitle);
    }

    /** Opens a page (path and query) that asks to sign in, signs in and waits for the page's title. */
    void signIn(DemoAccount account, String page, String title) {
        driver.get(baseUrl + page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm")));
        driver.findElement(By.id("username")).sendKeys(account.username);
        driver.findElement(By.id("password")).sendKeys(DemoAccount.PASSWORD);
        driver.findElement(By.id("signIn")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), title));
    }

    /**
     * Signs out and waits for the signed-out page: a page opened before the sign-out has ended would lose the
     * request the next sign-in returns to.
     */
    void signOut() {
        driver.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loggedOut")));
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(driver, name);
    }

    /** The smallest PDF the portal accepts as an upload (evidence, an RvIG decision or another proof). */
    static final String MINIMAL_PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

    /** A file under {@code target/uploads} for a file input, by its absolute path. */
    static Path file(String name, String content) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/uploads"));
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toAbsolutePath();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        driver.quit();
    }
}
