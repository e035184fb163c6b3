package nl.dictu.tvs.portal.it;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.decorators.Decorated;
import org.openqa.selenium.support.decorators.WebDriverDecorator;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Debian's Chromium through Debian's chromedriver; never a downloaded browser. */
public final class HeadlessChromium {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private HeadlessChromium() {
    }

    public static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--window-size=1280,900", "--lang=nl",
                    "--user-data-dir=" + Files.createTempDirectory(Files.createDirectories(Path.of("target/chromium")), "profile"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // the browser's console (CSP violations show up there) is readable through the driver's logs
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        return new ReplacedNodesAreStale().decorate(driver);
    }

    /**
     * Reports an element whose page was replaced as stale, as WebDriver's specification says it is. Since Chromium 156
     * the driver sometimes answers a call on such an element with an "unhandled inspector error: Node with given id
     * does not belong to the document" instead, which the waits (and {@code ExpectedConditions}) do not take for
     * staleness: a wait that found an element just before a posted page replaced it then failed instead of looking
     * again.
     */
    private static final class ReplacedNodesAreStale extends WebDriverDecorator<WebDriver> {

        @Override
        public Object onError(Decorated<?> target, Method method, Object[] args, InvocationTargetException e)
                throws Throwable {
            Throwable cause = e.getTargetException();
            if (cause instanceof WebDriverException && !(cause instanceof StaleElementReferenceException)
                    && String.valueOf(cause.getMessage()).contains("does not belong to the document")) {
                throw new StaleElementReferenceException("The element's page was replaced", cause);
            }
            return super.onError(target, method, args, e);
        }
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    public static void screenshot(WebDriver browser, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
