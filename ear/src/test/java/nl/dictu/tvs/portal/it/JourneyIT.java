package nl.dictu.tvs.portal.it;

import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey in the browser, as its people meet it: a newcomer registers an organisation in
 * the demo, fills in the wizard "Aansluiten op TVS" and submits with an RvIG decision; two reviewers
 * verify the decision, register the application, arrange DigiD and test accounts, assess the
 * checklist and approve preproduction with four eyes; the applicant acknowledges the test accounts
 * and requests production; the reviewers assess and approve it and the connection is live. Every
 * page on the way is looked at in Dutch and English, through axe-core, at 1366x900 and 390x844
 * (screenshots in {@code target/screenshots/journey}), and nothing on it may be wider than the window.
 */
@Tag("h2-only")
class JourneyIT {

    private static final String PASSWORD = "een lang wachtwoord voor de reis";

    private final String baseUrl = PortalServer.shared().baseUrl();
    private final PageInspection inspection = new PageInspection();
    private KeyboardBrowser applicant;
    private ReviewerBrowser first;
    private ReviewerBrowser second;

    @BeforeEach
    void openBrowsers() {
        applicant = new KeyboardBrowser(HeadlessChromium.start());
        first = new ReviewerBrowser(HeadlessChromium.start(), baseUrl);
        second = new ReviewerBrowser(HeadlessChromium.start(), baseUrl);
    }

    @AfterEach
    void closeBrowsers() {
        applicant.driver().quit();
        first.driver().quit();
        second.driver().quit();
    }

    @Test
    void shouldWalkFromDemoRegistrationToALiveConnectionWithEveryPageFitForEveryone() throws IOException {
        String number = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        String oin = "00000099" + number + "000";
        String organisation = "Gemeente Reisdorp " + number;
        IssuedCertificate certificate = ItPki.certificate(oin, organisation);

        register(number, oin, organisation);
        String reference = fillInAndSubmitTheWizard(number, oin, certificate);

        first.signIn(DemoAccount.REVIEWER);
        second.signIn(DemoAccount.REVIEWER_2);
        first.awaitRow(baseUrl + "/reviewer/tasks.xhtml?view=ALL", "taskForm:taskTable", reference);
        look(first.driver(), "reviewer-tasks");
        first.openDecision(reference, "verifyAlbDecision");
        assertThat(first.decisionForm("verifyAlbDecision").findElement(By.className("tvs-alb-decision-file")).getText())
                .contains("besluit-" + number + ".pdf");
        look(first.driver(), "reviewer-application-alb-decision");
        first.decide("verifyAlbDecision", "accept", "RvIG-REIS-" + number);
        first.assertMessage("Vastgelegd");

        first.openDecision(reference, "registerApplication");
        first.decide("registerApplication", "accept", null);
        first.assertMessage("Vastgelegd: Aanvraag registreren.");
        first.openDecision(reference, "arrangeDigidConnection");
        first.decide("arrangeDigidConnection", null, "DIGID-REIS-" + number);
        first.assertMessage("Vastgelegd: DigiD-aansluiting regelen.");
        second.openDecision(reference, "deliverTestAccounts");
        second.deliverTestAccounts("DigiD s00000001 tot en met s00000005", "Versleutelde e-mail");
        second.assertMessage("Vastgelegd: Testaccounts leveren.");

        openApplication(reference, "acknowledgeForm");
        look(applicant.driver(), "applicant-application-test-accounts");
        applicant.enter("acknowledgeForm:acknowledge");
        applicant.awaitText("doneMessage", "");

        first.openDecision(reference, "assessChecklist");
        assertEvidenceBesideItem(first, "C2", "reis-bewijs-" + number + ".pdf");
        assertAcceptRemainingIsSecondary(first);
        assertThat(roadOf(first.driver())).containsSubsequence("Ontvangst testaccounts bevestigd", "Checklist beoordeeld nu open",
                "Preproductie goedgekeurd nog te gaan", "Productie goedgekeurd nog te gaan");
        look(first.driver(), "reviewer-application-checklist");
        inspection.inBothLanguages(first.driver(), "reviewer-application-road", JourneyIT::openProcessTab);
        first.judgeChecklist(null);
        first.decisionForm("assessChecklist").findElement(By.tagName("button")).click();
        first.assertMessage("Vastgelegd: Checklist beoordelen.");
        second.openDecision(reference, "approvePreproduction");
        approve(second, "approvePreproduction");
        second.assertMessage("Vastgelegd: Preproductie goedkeuren.");

        uploadUpdatedPreproductionMetadata(reference, oin, certificate);
        first.awaitActiveStep(reference, "Productie aanvragen");
        assertThat(roadOf(first.driver())).containsSubsequence("Preproductie goedgekeurd",
                "Bijgewerkte preproductiemetadata aangeleverd", "Aangesloten op preproductie");

        requestProduction(reference, oin, organisation);

        second.openDecision(reference, "assessProduction");
        look(second.driver(), "reviewer-application-production");
        second.decide("assessProduction", "accept", null);
        second.assertMessage("Vastgelegd: Aanvraag productie beoordelen.");
        first.openDecision(reference, "approveProduction");
        first.decide("approveProduction", "accept", null);
        first.assertMessage("Vastgelegd: Productie goedkeuren.");
        first.awaitActiveStep(reference, "Aansluiting live");
        assertThat(roadOf(first.driver())).contains("Aangesloten op productie").doesNotContain("nu open", "nog te gaan");
        openTab(first.driver(), "formTab", "versionSubmitted");
        assertThat(first.driver().findElement(By.id("versionSubmitted")).getText()).startsWith("Ingediend door Rosa Reiziger,");
        assertThat(first.driver().findElement(By.cssSelector("[id$='versionFields']")).getText())
                .contains("DigiD Midden").doesNotContain("DIGID_MIDDEN");
        WebElement productionCertificate = first.driver().findElement(By.cssSelector("[id$='submittedFiles']"))
                .findElement(By.linkText("certificate-production.pem"));
        assertThat(download(first.driver(), productionCertificate)).as("a pasted certificate, downloaded by the reviewer")
                .isEqualTo("200 -----BEG");
        look(first.driver(), "reviewer-application-live");

        openApplication(reference, "statusFacts");
        assertThat(applicant.text("statusFacts")).contains("Live");
        look(applicant.driver(), "applicant-application-live");
        inspection.assertNoProblems();
    }

    private void register(String number, String oin, String organisation) {
        applicant.driver().get(baseUrl + "/login.xhtml?lang=nl");
        look(applicant.driver(), "login");
        applicant.enter("registerLink");
        applicant.awaitTitle("Organisatie registreren (demo)");
        look(applicant.driver(), "register");
        applicant.type("oin", oin);
        applicant.type("organisationName", organisation);
        applicant.type("displayName", "Rosa Reiziger");
        applicant.type("email", "rosa" + number + "@reisdorp.example");
        applicant.type("password", PASSWORD);
        applicant.type("passwordRepeat", PASSWORD);
        applicant.enter("register");
        applicant.awaitText("registrationSent", "rosa" + number + "@reisdorp.example");
        look(applicant.driver(), "register-sent");
        applicant.driver().get(baseUrl + "/register.xhtml?lang=nl&token=" + ItMail.registrationToken("rosa" + number + "@reisdorp.example"));
        applicant.awaitText("completeIntro", organisation);
        look(applicant.driver(), "register-complete");
        applicant.enter("complete");
        applicant.awaitTitle("Organisatie");
    }

    private String fillInAndSubmitTheWizard(String number, String oin, IssuedCertificate certificate) throws IOException {
        applicant.type("contactTECHNICALName", "Rosa Reiziger");
        applicant.type("contactTECHNICALEmail", "rosa" + number + "@reisdorp.example");
        look(applicant.driver(), "wizard-1-organisation");
        applicant.enter("next");

        applicant.awaitTitle("Diensten");
        applicant.type("service0Name", "Reisvergoeding");
        applicant.type("service0NameEn", "Travel allowance");
        applicant.type("service0Description", "Een reisvergoeding aanvragen");
        applicant.type("service0Url", "https://www.reisdorp.example/reizen");
        applicant.choose("service0DIGID", "DigiD Midden");
        applicant.space("eenmaligInloggenChoice:1");
        look(applicant.driver(), "wizard-2-services");
        applicant.enter("next");

        applicant.awaitTitle("Certificaat en metadata");
        applicant.chooseFile("certificateFile", ItBrowser.file("reis-certificaat-" + number + ".pem", ItPki.pem(certificate)));
        applicant.chooseFile("metadataFile", ItBrowser.file("reis-metadata-" + number + ".xml",
                ItPki.signedMetadata(oin, 9001, certificate)));
        applicant.enter("upload");
        applicant.awaitText("read", "urn:nl-eid-gdi:1.0:DV:" + oin);
        assertThat(applicant.driver().findElements(By.cssSelector("#findings li.tvs-finding-ERROR"))).isEmpty();
        look(applicant.driver(), "wizard-3-certificate");
        applicant.enter("next");

        applicant.awaitTitle("ALB-lijst");
        applicant.chooseFile("albDecisionFile", ItBrowser.file("besluit-" + number + ".pdf", ItBrowser.MINIMAL_PDF));
        applicant.enter("uploadDecision");
        applicant.awaitText("albDecisionCurrent", "besluit-" + number + ".pdf");
        look(applicant.driver(), "wizard-4-alb");
        applicant.enter("next");

        applicant.awaitTitle("Checklist");
        for (WebElement yes : applicant.driver().findElements(By.cssSelector("input[type=radio][id$='Choice:0']"))) {
            yes.sendKeys(Keys.SPACE);
            applicant.awaitAjax();
        }
        applicant.chooseFile("answerC2Evidence", ItBrowser.file("reis-bewijs-" + number + ".pdf", ItBrowser.MINIMAL_PDF));
        applicant.enter("answerC2Upload");
        applicant.awaitText("answerC2", "Bewijsstuk: reis-bewijs-" + number + ".pdf");
        look(applicant.driver(), "wizard-5-checklist");
        applicant.enter("next");

        applicant.awaitTitle("Voorwaarden");
        applicant.space("acceptTerms");
        look(applicant.driver(), "wizard-6-terms");
        applicant.enter("next");

        applicant.awaitTitle("Overzicht en indienen");
        applicant.element("summaryReady");
        look(applicant.driver(), "wizard-7-summary");
        applicant.enter("submit");
        applicant.awaitTitle("Aanvraag ingediend");
        String reference = reference(applicant.text("submitted"));
        look(applicant.driver(), "wizard-submitted");

        applicant.enter("toApplication");
        applicant.awaitTitle("Aanvraag " + reference);
        look(applicant.driver(), "applicant-application-submitted");
        return reference;
    }

    /**
     * The round trip the approval letter promises: the applicant copies the ServiceUUIDs from the snippet on the
     * application page, a live check refuses metadata without them, and metadata listing them is accepted.
     */
    private void uploadUpdatedPreproductionMetadata(String reference, String oin, IssuedCertificate certificate) {
        openApplication(reference, "task-uploadPreproductionMetadata");
        WebElement snippet = applicant.driver().findElement(By.id("preproductionSnippet"));
        assertThat(applicant.driver().findElement(By.id("preproductionSnippetCopy")).getText()).isEqualTo("Kopieer het fragment");
        assertThat(snippet.getText()).contains("<md:AttributeConsumingService index=\"0\"",
                "<md:RequestedAttribute Name=\"urn:nl-eid-gdi:1.0:ServiceUUID\">");
        List<String> uuids = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .matcher(snippet.getText()).results().map(MatchResult::group).toList();
        assertThat(uuids).as("the preproduction ServiceUUIDs in the snippet").isNotEmpty();
        applicant.driver().findElement(By.id("task-uploadPreproductionMetadata")).findElement(By.tagName("a")).sendKeys(Keys.ENTER);
        applicant.element("preproductionMetadata:metadataText");
        look(applicant.driver(), "applicant-preproduction-metadata");
        applicant.enter("preproductionMetadata:submit");
        applicant.awaitText("errorSummary", "dienstnummers voor preproductie");
        setValue("preproductionMetadata:metadataText", ItPki.signedMetadata(oin, 9001, certificate, uuids.toArray(String[]::new)));
        applicant.enter("preproductionMetadata:submit");
        applicant.awaitText("doneMessage", "bijgewerkte preproductiemetadata is aangeleverd");
    }

    private void requestProduction(String reference, String oin, String organisation) {
        openApplication(reference, "task-requestProduction");
        List<String> uuids = productionUuids(applicant.driver());
        applicant.driver().findElement(By.id("task-requestProduction")).findElement(By.tagName("a")).sendKeys(Keys.ENTER);
        applicant.element("production:metadataText");
        look(applicant.driver(), "applicant-production-request");
        IssuedCertificate production = ItPki.certificate(oin, organisation);
        setValue("production:certificatePem", ItPki.pem(production));
        setValue("production:metadataText", ItPki.signedMetadata(oin, 1, production, uuids.toArray(String[]::new)));
        for (WebElement yes : applicant.driver().findElements(By.cssSelector("input[type=radio][id^='production:checklist:'][id$=':answer:0']"))) {
            applicant.space(yes.getAttribute("id"));
        }
        applicant.space("production:testingCompleted");
        setValue("production:desiredGoLive", LocalDate.now().plusDays(30).toString());
        applicant.enter("production:submit");
        applicant.awaitText("doneMessage", "productieaanvraag is ingediend");
    }

    /** The production ServiceUUIDs as the application page shows them to the applicant. */
    private static List<String> productionUuids(WebDriver browser) {
        List<String> found = browser.findElements(By.cssSelector("[id$='serviceUuids'] tbody tr")).stream()
                .map(WebElement::getText).filter(row -> row.contains("Productie"))
                .map(row -> row.replaceAll("(?s).*\\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\b.*", "$1"))
                .toList();
        assertThat(found).as("production ServiceUUIDs on the application page").isNotEmpty()
                .allMatch(uuid -> uuid.matches("[0-9a-f-]{36}"));
        return found;
    }

    /** The evidence the applicant uploaded for the item sits beside it in the assessment, downloadable by the reviewer. */
    private static void assertEvidenceBesideItem(ReviewerBrowser reviewer, String itemCode, String fileName) {
        WebElement link = reviewer.decisionForm("assessChecklist")
                .findElement(By.cssSelector("#verdict-" + itemCode + " .tvs-item-evidence a"));
        assertThat(link.getText()).isEqualTo(fileName);
        assertThat(link.getDomAttribute("download")).isEqualTo(fileName);
        assertThat(download(reviewer.driver(), link)).as("the evidence downloaded by the reviewer").isEqualTo("200 %PDF-1.4");
    }

    /** Downloads the link's file in the browser's session: the status and the file's first 8 characters. */
    private static Object download(WebDriver browser, WebElement link) {
        return ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t.substring(0, 8))), e => done(String(e)));
                """, link.getDomProperty("href"));
    }

    /** "Overige punten accepteren" is a secondary action beside the primary "Beoordeling vastleggen", and looks it. */
    private static void assertAcceptRemainingIsSecondary(ReviewerBrowser reviewer) {
        WebElement form = reviewer.decisionForm("assessChecklist");
        WebElement acceptRemaining = form.findElement(By.cssSelector("button[id$='acceptRemaining']"));
        WebElement decide = form.findElement(By.cssSelector("button[id$='decide']"));
        assertThat(acceptRemaining.getDomAttribute("class")).contains("tvs-button-ghost");
        assertThat(acceptRemaining.getCssValue("background-color")).as("a secondary button looks unlike the primary one")
                .isNotEqualTo(decide.getCssValue("background-color"));
        Rectangle a = decide.getRect();
        Rectangle b = acceptRemaining.getRect();
        assertThat(b.getX() >= a.getX() + a.getWidth() + 8 || b.getY() >= a.getY() + a.getHeight() + 8)
                .as("the two buttons do not touch: %s and %s", a, b).isTrue();
    }

    /** The reviewer's milestones (in the process tab, opened for them), as one line of text. */
    private static String roadOf(WebDriver browser) {
        openProcessTab(browser);
        return browser.findElement(By.id("milestones")).getDomProperty("textContent").replaceAll("\\s+", " ");
    }

    private static void openProcessTab(WebDriver browser) {
        openTab(browser, "processTab", "milestones");
    }

    /** Opens the reviewer's tab and waits for an element of it: a tab not open yet is fetched when it is opened. */
    private static void openTab(WebDriver browser, String tabId, String elementId) {
        browser.findElement(By.cssSelector("a[href$='" + tabId + "']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.id(elementId)).isDisplayed());
    }

    /** Approves with the form's acceptance where it asks one, else by confirming. */
    private static void approve(ReviewerBrowser reviewer, String taskKey) {
        boolean asksOutcome = !reviewer.decisionForm(taskKey).findElements(By.cssSelector("input[type=radio][value=accept]")).isEmpty();
        reviewer.decide(taskKey, asksOutcome ? "accept" : null, null);
    }

    /** The applicant's application page, reloaded until the element is there (the process moves on asynchronously). */
    private void openApplication(String reference, String elementId) {
        new WebDriverWait(applicant.driver(), ReviewerBrowser.PROCESS_TIMEOUT).pollingEvery(Duration.ofSeconds(2)).until(driver -> {
            driver.get(baseUrl + "/applicant/application.xhtml?lang=nl&reference=" + reference);
            return !driver.findElements(By.id(elementId)).isEmpty();
        });
    }

    /** Large texts (PEM, metadata) go in at once; typing them key by key would take minutes. */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) applicant.driver()).executeScript("arguments[0].value = arguments[1];", applicant.element(id), value);
    }

    private void look(WebDriver browser, String name) {
        inspection.inBothLanguages(browser, name);
    }

    private static String reference(String text) {
        Matcher matcher = Pattern.compile("TVS-\\d{4}-\\d{5}").matcher(text);
        assertThat(matcher.find()).as("a reference in: %s", text).isTrue();
        return matcher.group();
    }
}
