package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A care provider (the demo's Fysiotherapie De Polder, URA 55555555, not on the ALB list) applies and
 * proves its BSN entitlement with an uploaded proof of a kind the admin keeps (the Wabvpz); the
 * reviewer finds it by the organisation kind in the task list, sees the kind, the URA and the kind
 * of proof, and accepts it. In the wizard, a register number of the wrong form is refused at the
 * field with the expected form, and what was typed stays.
 */
@Tag("h2-only")
class CareProviderIT {

    private static final String OIN = "00000099555555550000";

    @RegisterExtension
    final ItBrowser it = new ItBrowser();
    private final WebDriver browser = it.driver;
    private final WebDriverWait wait = it.wait;

    @Test
    void shouldLetACareProviderProveItsBsnEntitlementAndAReviewerAcceptIt() throws IOException {
        ApiSession careProvider = new ApiSession(DemoAccount.CARE_PROVIDER);
        ApiSession reviewer = new ApiSession(DemoAccount.REVIEWER);
        String reference = ItApplications.submitWithoutAlbEntry(careProvider, OIN, "Fysiotherapie De Polder");

        it.signIn(DemoAccount.CARE_PROVIDER);
        browser.get(it.baseUrl + "/applicant/alb-decision.xhtml?reference=" + reference);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("albDecision:decisionFile")))
                .sendKeys(ItBrowser.file("wabvpz-verklaring.pdf", ItBrowser.MINIMAL_PDF).toString());
        browser.findElement(By.id("albDecision:submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("albDecision:proofKindError"))).getText())
                .contains("Kies wat voor bewijs van BSN-gerechtigdheid");
        Select proofKind = new Select(browser.findElement(By.id("albDecision:proofKind")));
        assertThat(proofKind.getOptions()).extracting(WebElement::getText).contains("RvIG-besluit");
        WebElement wabvpz = proofKind.getOptions().stream().filter(o -> o.getText().contains("Wabvpz")).findFirst().orElseThrow();
        proofKind.selectByValue(wabvpz.getDomAttribute("value"));
        Accessibility.assertNoViolations(browser, "care provider's proof of BSN entitlement");
        browser.findElement(By.id("albDecision:decisionFile"))
                .sendKeys(ItBrowser.file("wabvpz-verklaring.pdf", ItBrowser.MINIMAL_PDF).toString());
        browser.findElement(By.id("albDecision:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doneMessage"), "ontvangen"));
        String verification = reviewer.awaitTask(reference, "verifyAlbDecision");

        browser.manage().deleteAllCookies();
        it.signIn(DemoAccount.REVIEWER);
        browser.get(it.baseUrl + "/reviewer/tasks.xhtml?view=ALL&kind=CARE_PROVIDER");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("taskForm:taskTable"))).getText())
                .contains(reference);
        assertThat(new Select(browser.findElement(By.id("kind"))).getFirstSelectedOption().getText()).isEqualTo("Zorgaanbieder");
        browser.get(it.baseUrl + "/reviewer/tasks.xhtml?view=ALL&kind=GOVERNMENT");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("taskForm:taskTable"))).getText())
                .doesNotContain(reference);
        browser.get(it.baseUrl + "/reviewer/application.xhtml?reference=" + reference);
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("organisationKind"))).getText())
                .contains("Zorgaanbieder").contains("URA").contains("55555555");
        assertThat(browser.findElement(By.id("albProofKind")).getText()).contains("Wabvpz");
        HeadlessChromium.screenshot(browser, "care-provider-proof-to-verify");

        HttpResponse<String> accepted = reviewer.complete(verification, "{\"accepted\":true}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        reviewer.awaitTask(reference, "registerApplication");
    }

    @Test
    void shouldRefuseARegisterNumberOfTheWrongFormAtItsFieldAndKeepWhatWasTyped() {
        it.signIn(DemoAccount.CARE_PROVIDER);
        browser.get(it.baseUrl + "/applicant/apply/organisation.xhtml");
        WebElement careProvider = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[name='organisationKindChoice'][value='CARE_PROVIDER']")));
        assertThat(careProvider.isSelected()).isTrue();
        WebElement number = browser.findElement(By.id("registerNumber"));
        assertThat(number.getDomProperty("value")).isEqualTo("55555555");
        number.clear();
        number.sendKeys("5555-555");
        browser.findElement(By.id("organisationName")).click();

        assertThat(wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registerNumberError"), "precies 8 cijfers")))
                .isTrue();
        browser.navigate().refresh();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registerNumber"))).getDomProperty("value"))
                .isEqualTo("5555-555");
    }
}
