package nl.dictu.tvs.portal.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A reviewer's browser on the application view: waits for a task's decision form (the process moves
 * on asynchronously), fills and submits it, and reads the outcome. Shared by the browser tests that
 * walk an application through DICTU's tasks.
 */
final class ReviewerBrowser {

    static final Duration PROCESS_TIMEOUT = Duration.ofSeconds(90);

    private final WebDriver browser;
    private final String baseUrl;

    ReviewerBrowser(WebDriver browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    WebDriver driver() {
        return browser;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    void signIn(DemoAccount account) {
        browser.get(baseUrl + account.landingPage + "?lang=nl");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm")));
        browser.findElement(By.id("username")).sendKeys(account.username);
        browser.findElement(By.id("password")).sendKeys(DemoAccount.PASSWORD);
        browser.findElement(By.id("signIn")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("pageTitle"), account.landingTitle));
    }

    /** Opens the application view once the task's decision form is there. */
    void openDecision(String reference, String taskKey) {
        Instant deadline = Instant.now().plus(PROCESS_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            browser.get(baseUrl + "/reviewer/application.xhtml?reference=" + reference);
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("decisions")));
            if (!browser.findElements(By.id("decision-" + taskKey)).isEmpty()) {
                return;
            }
            PortalServer.sleep(Duration.ofSeconds(2));
        }
        throw new AssertionError("Task " + taskKey + " of " + reference + " did not appear on the application view");
    }

    WebElement decisionForm(String taskKey) {
        return browser.findElement(By.id("decision-" + taskKey));
    }

    /**
     * Fills the task's decision form and submits it: the outcome ("accept"/"reject") where the form
     * asks one, a reference in its text field where given.
     */
    void decide(String taskKey, String outcome, String reference) {
        WebElement form = decisionForm(taskKey);
        if (outcome != null) {
            form.findElement(By.cssSelector("input[type=radio][value=" + outcome + "]")).click();
        }
        if (reference != null) {
            WebElement field = form.findElement(By.cssSelector("input[type=text]"));
            field.clear();
            field.sendKeys(reference);
        }
        form.findElement(By.tagName("button")).click();
    }

    /** Records the delivered test accounts and the channel they went by. */
    void deliverTestAccounts(String accounts, String channel) {
        WebElement form = decisionForm("deliverTestAccounts");
        form.findElement(By.tagName("textarea")).sendKeys(accounts);
        new Select(form.findElement(By.tagName("select"))).selectByVisibleText(channel);
        form.findElement(By.tagName("button")).click();
    }

    /** Accepts every item under assessment except {@code rejected} (may be null), which it rejects. */
    void judgeChecklist(String rejected) {
        for (WebElement item : decisionForm("assessChecklist").findElements(By.cssSelector(".tvs-item-verdict"))) {
            boolean reject = item.getDomAttribute("id").equals("verdict-" + rejected);
            item.findElement(By.cssSelector("input[type=radio][value=" + (reject ? "reject" : "accept") + "]")).click();
        }
    }

    void assertMessage(String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("dossierForm:messages"), text));
    }

    /** Reloads the application view until its active steps name the step. */
    void awaitActiveStep(String reference, String stepName) {
        Instant deadline = Instant.now().plus(PROCESS_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            browser.get(baseUrl + "/reviewer/application.xhtml?reference=" + reference + "&tab=process");
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("activeSteps")));
            if (browser.findElement(By.id("activeSteps")).getDomProperty("textContent").contains(stepName)) {
                return;
            }
            PortalServer.sleep(Duration.ofSeconds(2));
        }
        throw new AssertionError(reference + " did not reach " + stepName);
    }

    /** Reloads the page until its table has a row with the text. */
    WebElement awaitRow(String url, String tableId, String text) {
        Instant deadline = Instant.now().plus(PROCESS_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            browser.get(url);
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(tableId)));
            List<WebElement> rows = browser.findElements(By.xpath("//*[@id='" + tableId + "']//tr[td[contains(., '" + text + "')]]"));
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            PortalServer.sleep(Duration.ofSeconds(2));
        }
        throw new AssertionError("No row with " + text + " in " + tableId + " at " + url);
    }
}
