package nl.dictu.tvs.portal.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Looks at the page the browser shows as its users do: in Dutch and in English (through the page's
 * own language switch), each through axe-core, at a laptop's 1366x900 and a phone's 390x844, with
 * a full-page screenshot of each under {@code target/screenshots/journey} and an assertion that
 * nothing is wider than the window. Ends on the Dutch page at the size it started with. What it finds
 * is collected, so one walk reports every page's problems; {@link #assertNoProblems()} fails with all.
 */
final class PageInspection {

    static final List<Dimension> SIZES = List.of(new Dimension(1366, 900), new Dimension(390, 844));

    private final List<String> problems = new ArrayList<>();

    void inBothLanguages(WebDriver browser, String name) {
        inBothLanguages(browser, name, page -> { });
    }

    /** As {@link #inBothLanguages(WebDriver, String)}, with what to do on the page in each language first (open a tab). */
    void inBothLanguages(WebDriver browser, String name, Consumer<WebDriver> prepare) {
        Dimension size = browser.manage().window().getSize();
        try {
            for (String language : List.of("nl", "en")) {
                switchTo(browser, language);
                prepare.accept(browser);
                record(() -> Accessibility.assertNoViolations(browser, name + " (" + language + ")"));
                for (Dimension at : SIZES) {
                    browser.manage().window().setSize(at);
                    String page = name + " (" + language + ", " + at.getWidth() + " px)";
                    record(() -> assertNothingWiderThanTheWindow(browser, page));
                    fullPageScreenshot(browser, Path.of("target/screenshots/journey"),
                            name + "-" + language + "-" + at.getWidth() + "x" + at.getHeight());
                }
                browser.manage().window().setSize(size);
            }
        } finally {
            browser.manage().window().setSize(size);
            switchTo(browser, "nl");
        }
    }

    void assertNoProblems() {
        assertThat(problems).as("problems found on the way:%n%s", String.join("\n", problems)).isEmpty();
    }

    private void record(Runnable check) {
        try {
            check.run();
        } catch (AssertionError e) {
            problems.add(e.getMessage());
        }
    }

    private static void switchTo(WebDriver browser, String language) {
        String current = browser.findElement(By.tagName("html")).getDomAttribute("lang");
        if (language.equals(current)) {
            return;
        }
        browser.findElement(By.cssSelector("a[hreflang='" + language + "']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    }

    /** The page scrolls vertically only: no element makes it wider than the window. */
    private static void assertNothingWiderThanTheWindow(WebDriver browser, String page) {
        Object overflow = ((JavascriptExecutor) browser).executeScript("""
                const width = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= width + 1) { return null; } // sub-pixel rounding
                const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1
                        && getComputedStyle(e).position !== 'fixed' && !e.closest('[data-scrolls]'));
                return wide.slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                        + ' right=' + Math.round(e.getBoundingClientRect().right)).join(', ') || 'the page';
                """);
        assertThat(overflow).as("wider than the window on %s", page).isNull();
    }

    /** The whole page: the window grows to the page's height for the picture, then shrinks back. */
    static void fullPageScreenshot(WebDriver browser, Path dir, String name) {
        Dimension size = browser.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        try {
            browser.manage().window().setSize(new Dimension(size.getWidth(), Math.min(height.intValue() + 150, 8000)));
            Files.createDirectories(dir);
            Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(size);
        }
    }
}
