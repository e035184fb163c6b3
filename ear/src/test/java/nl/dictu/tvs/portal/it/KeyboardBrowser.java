package nl.dictu.tvs.portal.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser driven by the keyboard only: text is typed into fields, Tab leaves a field (which
 * saves it), Space toggles radios and check boxes, Enter follows links and presses buttons. Never a
 * mouse click. Also waits for the page's Ajax, takes screenshots and reads the console.
 */
final class KeyboardBrowser {

    private final WebDriver browser;
    private final WebDriverWait wait;

    KeyboardBrowser(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return browser;
    }

    WebElement element(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** Replaces the field's text and leaves it with Tab. */
    void type(String id, String text) {
        WebElement field = element(id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
        awaitAjax();
    }

    /** Types without leaving the field (the OIN is checked as it is typed). */
    void typeAndStay(String id, String text) {
        WebElement field = element(id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /** Picks an option of a select by typing its text, then leaves it. */
    void choose(String id, String optionText) {
        WebElement select = element(id);
        select.sendKeys(optionText);
        select.sendKeys(Keys.TAB);
        awaitAjax();
    }

    void space(String id) {
        element(id).sendKeys(Keys.SPACE);
        awaitAjax();
    }

    void enter(String id) {
        element(id).sendKeys(Keys.ENTER);
    }

    /** Chooses a file for a file input: typing its path is how a keyboard user's file dialog ends too. */
    void chooseFile(String id, Path file) {
        element(id).sendKeys(file.toAbsolutePath().toString());
    }

    void awaitTitle(String title) {
        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), title));
    }

    void awaitText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    String text(String id) {
        return element(id).getText();
    }

    /** Waits until PrimeFaces has no Ajax request queued or running (the autosave is done). */
    void awaitAjax() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || (PrimeFaces.ajax.Queue.isEmpty()"
                        + " && PrimeFaces.ajax.Queue.xhrs.length === 0);"));
    }

    /** The whole page: the window grows to the page's height for the picture, then shrinks back. */
    void screenshot(String name) {
        PageInspection.fullPageScreenshot(browser, Path.of("target/screenshots"), name);
    }

    /** The whole page at another window size (390x844: a phone), then back to the size it had. */
    void screenshotAt(String name, int width, int height) {
        Dimension size = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(width, height));
            screenshot(name);
        } finally {
            browser.manage().window().setSize(size);
        }
    }

    /** Screenshot, axe-core, and nothing blocked by the Content-Security-Policy so far. */
    void check(String name) {
        screenshot(name);
        Accessibility.assertNoViolations(browser, name);
        assertNothingBlocked(name);
    }

    void assertNothingBlocked(String page) {
        List<String> blocked = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
        assertThat(blocked).as("console messages about blocked content on %s", page).isEmpty();
    }
}
