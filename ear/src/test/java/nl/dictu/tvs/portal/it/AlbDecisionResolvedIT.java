package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ALB state is the application's: an organisation not on the ALB list sees the ALB finding as
 * an error until a reviewer accepts its RvIG decision, and from then on as resolved, with the
 * decision's reference and who accepted it, on its application page and in the reviewer's view;
 * no error is left on the page.
 */
@Tag("h2-only")
class AlbDecisionResolvedIT {

    private static final String NEIGHBOUR_OIN = "00000099987654321000";
    private static final String DECISION_REFERENCE = "RvIG-2026-0042";

    @RegisterExtension
    final ItBrowser it = new ItBrowser();
    private final WebDriver browser = it.driver;
    private final WebDriverWait wait = it.wait;

    @Test
    void shouldShowTheAlbFindingAsResolvedOnceTheRvigDecisionIsAccepted() throws IOException {
        ApiSession neighbour = new ApiSession(DemoAccount.NEIGHBOUR);
        ApiSession reviewer = new ApiSession(DemoAccount.REVIEWER);
        String reference = ItApplications.submitWithoutAlbEntry(neighbour, NEIGHBOUR_OIN, "Gemeente Buurdorp");

        it.signIn(DemoAccount.NEIGHBOUR);
        openApplication(reference);
        WebElement openFinding = browser.findElement(By.cssSelector("#check-AUTOMATED li[data-code=ALB_NOT_REGISTERED]"));
        assertThat(openFinding.getDomAttribute("class")).isEqualTo("tvs-finding-ERROR");
        assertThat(openFinding.getText()).startsWith("Fout:");

        browser.get(it.baseUrl + "/applicant/alb-decision.xhtml?reference=" + reference);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("albDecision:decisionFile")))
                .sendKeys(ItBrowser.file("besluit-rvig.pdf", ItBrowser.MINIMAL_PDF).toString());
        browser.findElement(By.id("albDecision:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doneMessage"), "het BSN mag gebruiken (het besluit van RvIG of ander bewijs) is ontvangen"));
        HttpResponse<String> accepted = reviewer.complete(reviewer.awaitTask(reference, "verifyAlbDecision"),
                "{\"accepted\":true,\"reference\":\"" + DECISION_REFERENCE + "\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        reviewer.awaitTask(reference, "registerApplication");

        openApplication(reference);
        WebElement check = browser.findElement(By.id("check-AUTOMATED"));
        WebElement resolved = check.findElement(By.cssSelector("li[data-code=ALB_NOT_REGISTERED]"));
        assertThat(resolved.getDomAttribute("class")).isEqualTo("tvs-finding-RESOLVED");
        assertThat(resolved.getText()).startsWith("Opgelost:").contains(DECISION_REFERENCE).contains("beoordelaar")
                .contains("geaccepteerd");
        assertThat(check.getText()).contains("Geslaagd");
        assertThat(check.findElements(By.cssSelector("li.tvs-finding-ERROR"))).as("errors left").isEmpty();
        assertThat(browser.findElements(By.id("errorSummary"))).isEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("fouten gevonden");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", check);
        HeadlessChromium.screenshot(browser, "alb-decision-resolved");
        Accessibility.assertNoViolations(browser, "application with a resolved ALB finding");

        browser.manage().deleteAllCookies();
        it.signIn(DemoAccount.REVIEWER);
        browser.get(it.baseUrl + "/reviewer/application.xhtml?reference=" + reference + "&tab=alb");
        WebElement albTab = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dossierForm:tabs:albFindings")));
        assertThat(albTab.getDomProperty("textContent")).contains("Opgelost").contains(DECISION_REFERENCE);
        assertThat(browser.findElements(By.cssSelector("#dossierForm\\:tabs\\:albFindings li.tvs-finding-ERROR"))).isEmpty();
    }

    private void openApplication(String reference) {
        browser.get(it.baseUrl + "/applicant/application.xhtml?reference=" + reference);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-AUTOMATED")));
    }
}
