package nl.dictu.tvs.portal.it;

import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static nl.dictu.tvs.portal.it.ItApplications.CHECKLIST;
import static nl.dictu.tvs.portal.it.ItApplications.OIN;
import static nl.dictu.tvs.portal.it.ItApplications.ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant follows an application in the browser after submitting it (through the API):
 * sees it waiting, corrects it after findings, confirms the test accounts, reworks a rejected
 * checklist item, requests production with live findings, and withdraws another application. An
 * organisation not on the ALB list uploads the RvIG decision the process asks for, and downloads
 * its receipt from the documents section.
 * Reviewers act through the API. Every page goes through axe-core.
 */
@Tag("h2-only")
class ApplicantFollowIT {

    private static final String NEIGHBOUR_OIN = "00000099987654321000";
    private static final String NEIGHBOUR_NAME = "Gemeente Buurdorp";
    /** Enough of a PDF for the upload check, which decides the type by content. */
    private static final String REJECTION = "Beschrijf de testaanpak per inlogmiddel.";

    @RegisterExtension
    final ItBrowser session = new ItBrowser();
    private final WebDriver browser = session.driver;
    private final WebDriverWait wait = session.wait;
    private final String baseUrl = session.baseUrl;

    @Test
    void shouldFollowAnApplicationThroughCorrectionReworkAndProductionRequest() throws IOException {
        ApiSession applicant = new ApiSession(DemoAccount.APPLICANT);
        ApiSession reviewer = new ApiSession(DemoAccount.REVIEWER);
        ApiSession secondReviewer = new ApiSession(DemoAccount.REVIEWER_2);
        IssuedCertificate certificate = ItPki.certificate(OIN, ORGANISATION);
        String wrongOinMetadata = ItPki.signedMetadata("00000099111111111000", 9001, certificate);
        String reference = submit(applicant, ItApplications.submission(certificate, wrongOinMetadata));
        applicant.awaitTask(reference, "correctApplication");

        signIn();
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(reference)));
        assertThat(browser.findElement(By.id("applications")).getText()).contains("Parkeervergunning").contains("Wacht op u");
        screenshot("follow-01-my-applications");
        Accessibility.assertNoViolations(browser, "my applications");
        row.click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-correctApplication")));
        assertThat(browser.findElement(By.id("waitingFor")).getText()).isEqualTo("Wacht op u");
        assertThat(browser.findElement(By.id("check-AUTOMATED")).getText()).contains("Niet geslaagd").contains("Fout");
        assertThat(browser.findElement(By.id("milestones")).getText()).contains("Aanvraag automatisch gecontroleerd");
        screenshot("follow-02-application-correction-task");
        Accessibility.assertNoViolations(browser, "application page with a correction task");

        browser.findElement(By.id("task-correctApplication")).findElement(By.linkText("Taak openen")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("correction:metadataText")));
        assertThat(browser.findElement(By.id("correction")).getText()).contains("Fout").contains("00000099111111111000");
        screenshot("follow-03-correction-with-findings");
        Accessibility.assertNoViolations(browser, "correction form with findings");

        setValue(By.id("correction:metadataText"), ItPki.signedMetadata(OIN, 9001, certificate));
        browser.findElement(By.id("correction:check")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checkDone"), "geen fouten"));
        screenshot("follow-04-correction-checked");
        Accessibility.assertNoViolations(browser, "correction form after a live check");
        browser.findElement(By.id("correction:submit")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("doneMessage")));
        assertThat(browser.findElement(By.id("doneMessage")).getText()).contains("gecorrigeerde aanvraag is ingediend");
        reviewer.awaitTask(reference, "registerApplication");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.id("waitingFor"), "Wacht op DICTU"));
        assertThat(browser.findElement(By.id("history")).getText()).contains("Gecorrigeerde aanvraag ingediend");
        screenshot("follow-05-waiting-for-dictu");
        Accessibility.assertNoViolations(browser, "application waiting for DICTU");
        assertOutlineRoadAheadAndNarrowChecklistColumns();

        assertThat(reviewer.complete(reviewer.awaitTask(reference, "registerApplication"), "{\"accepted\":true}").statusCode())
                .isEqualTo(204);
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "arrangeDigidConnection"),
                "{\"reference\":\"DIGID-FOLLOW-1\"}").statusCode()).isEqualTo(204);
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "deliverTestAccounts"),
                "{\"reference\":\"Vier DigiD-testaccounts per beveiligde mail\"}").statusCode()).isEqualTo(204);
        applicant.awaitTask(reference, "acknowledgeTestAccounts");
        openApplication(reference);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-acknowledgeTestAccounts")));
        assertThat(browser.findElement(By.id("serviceUuids")).getText()).contains("Preproductie").contains("Productie");
        browser.findElement(By.id("acknowledgeForm:acknowledge")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doneMessage"), "testaccounts bevestigd"));

        String assessment = reviewer.awaitTask(reference, "assessChecklist");
        assertThat(reviewer.complete(assessment, ItApplications.verdicts(CHECKLIST, REJECTION, "T3")).statusCode()).isEqualTo(204);
        applicant.awaitTask(reference, "reworkChecklist");
        openApplication(reference);
        assertThat(browser.findElement(By.id("checklist")).getText()).contains("Niet akkoord").contains(REJECTION);
        browser.findElement(By.id("task-reworkChecklist")).findElement(By.linkText("Taak openen")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("item-T3")));
        assertThat(browser.findElement(By.id("rework")).getText()).contains(REJECTION).doesNotContain("T1:");

        browser.findElement(By.id("rework:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("errorSummary")));
        assertThat(browser.getTitle()).startsWith("Fout: ");
        WebElement errorLink = browser.findElement(By.cssSelector("#errorSummary a"));
        assertThat(errorLink.getDomAttribute("href")).isEqualTo("#rework:items:0:answer");
        assertThat(browser.findElement(By.id("rework:items:0:answerError")).getText()).contains("T3");
        screenshot("follow-06-rework-with-error");
        Accessibility.assertNoViolations(browser, "rework form with an error");

        browser.findElement(By.cssSelector("#rework\\:items\\:0\\:answer input[value=NO]")).click();
        browser.findElement(By.id("rework:items:0:explanation")).sendKeys("Testaanpak beschreven in het bijgevoegde plan.");
        Path evidence = Files.createTempFile("testplan", ".pdf");
        Files.writeString(evidence, "%PDF-1.4\n% testplan\n%%EOF\n", StandardCharsets.US_ASCII);
        browser.findElement(By.id("rework:items:0:evidence")).sendKeys(evidence.toAbsolutePath().toString());
        browser.findElement(By.id("rework:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doneMessage"), "nieuwe antwoorden"));

        assertThat(reviewer.complete(reviewer.awaitTask(reference, "assessChecklist"),
                ItApplications.verdicts(List.of("T3"), "")).statusCode()).isEqualTo(204);
        assertThat(secondReviewer.complete(secondReviewer.awaitTask(reference, "approvePreproduction"), "{\"accepted\":true}").statusCode())
                .isEqualTo(204);
        IssuedCertificate preproduction = ItApplications.supplyPreproductionMetadata(applicant, reference, ItApplications.OIN,
                ItApplications.ORGANISATION);
        applicant.awaitTask(reference, "requestProduction");
        List<String> productionUuids = ItApplications.productionUuids(applicant.get("/api/applications/" + reference).body());
        openApplication(reference);
        browser.findElement(By.id("task-requestProduction")).findElement(By.linkText("Taak openen")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("production:metadataText")));

        setValue(By.id("production:certificatePem"), ItPki.pem(preproduction));
        setValue(By.id("production:metadataText"), ItPki.signedMetadata(OIN, 1, preproduction, productionUuids.toArray(String[]::new)));
        browser.findElement(By.id("production:check")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkDone")));
        assertThat(browser.findElement(By.id("production")).getText()).contains("Fout")
                .containsAnyOf("preproductie", "Preproductie");
        screenshot("follow-07-production-reused-certificate");
        Accessibility.assertNoViolations(browser, "production request with findings");

        IssuedCertificate production = ItPki.certificate(OIN, ORGANISATION);
        setValue(By.id("production:certificatePem"), ItPki.pem(production));
        setValue(By.id("production:metadataText"), ItPki.signedMetadata(OIN, 1, production, productionUuids.toArray(String[]::new)));
        assertThat(browser.findElement(By.id("item-C1")).getText()).contains("preproductie").contains("Bron");
        browser.findElement(By.id("production:checklist:0:answer:0")).click();
        browser.findElement(By.id("production:testingCompleted")).click();
        setValue(By.id("production:desiredGoLive"), "2027-01-04");
        browser.findElement(By.id("production:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("doneMessage")));
        assertThat(browser.findElement(By.id("doneMessage")).getText()).contains("productieaanvraag is ingediend");
        reviewer.awaitTask(reference, "assessProduction");
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("milestones")).getText()).contains("Productie aangevraagd");
        screenshot("follow-08-production-requested");
        Accessibility.assertNoViolations(browser, "application after the production request");
    }

    @Test
    void shouldTellWhenATaskWasDoneMeanwhileAndWithdrawAnotherApplicationAfterConfirming() throws IOException {
        ApiSession applicant = new ApiSession(DemoAccount.APPLICANT);
        ApiSession colleague = new ApiSession(DemoAccount.APPLICANT);
        ApiSession reviewer = new ApiSession(DemoAccount.REVIEWER);
        IssuedCertificate certificate = ItPki.certificate(OIN, ORGANISATION);
        String reference = submit(applicant, ItApplications.submission(certificate,
                ItPki.signedMetadata("00000099111111111000", 9001, certificate)));
        applicant.awaitTask(reference, "correctApplication");

        signIn();
        browser.get(baseUrl + "/applicant/correct.xhtml?reference=" + reference);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("correction:submit")));
        HttpResponse<String> corrected = colleague.post("/api/applications/" + reference + "/correction",
                ItApplications.validSubmission());
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(204);
        setValue(By.id("correction:metadataText"), ItPki.signedMetadata(OIN, 9001, certificate));
        browser.findElement(By.id("correction:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("taskClosed")));
        assertThat(browser.findElement(By.id("errorSummary")).getText()).contains("wacht niet op een correctie");
        assertThat(browser.findElements(By.id("correction:submit"))).isEmpty();
        screenshot("follow-09-task-done-meanwhile");
        Accessibility.assertNoViolations(browser, "a task completed meanwhile");
        reviewer.awaitTask(reference, "registerApplication");

        openApplication(reference);
        browser.findElement(By.id("withdrawLink")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("withdrawWarning")));
        screenshot("follow-10-withdraw-confirmation");
        Accessibility.assertNoViolations(browser, "withdrawal confirmation");
        browser.findElement(By.id("withdrawal:cancel")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("withdrawLink")));
        assertThat(applicant.get("/api/applications").body()).contains(reference);

        browser.findElement(By.id("withdrawLink")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("withdrawal:confirmWithdrawal"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("doneMessage")));
        assertThat(browser.findElement(By.id("doneMessage")).getText()).contains("ingetrokken");
        awaitStatus(applicant, reference, "withdrawn");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "Ingetrokken"));
        assertThat(browser.findElements(By.id("withdrawLink"))).isEmpty();
        assertThat(browser.findElement(By.id("history")).getText()).contains("Aanvraag ingetrokken");
        screenshot("follow-11-withdrawn");
        Accessibility.assertNoViolations(browser, "withdrawn application");

        browser.get(baseUrl + "/applicant/withdraw.xhtml?reference=" + reference);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notOpen")));
    }

    @Test
    void shouldUploadTheRvigDecisionTheProcessAsksForAndDownloadTheReceipt() throws IOException {
        ApiSession neighbour = new ApiSession(DemoAccount.NEIGHBOUR);
        IssuedCertificate certificate = ItPki.certificate(NEIGHBOUR_OIN, NEIGHBOUR_NAME);
        String reference = submit(neighbour, ItApplications.submission(certificate,
                ItPki.signedMetadata(NEIGHBOUR_OIN, 9001, certificate)));
        neighbour.awaitTask(reference, "uploadAlbDecision");

        signIn(DemoAccount.NEIGHBOUR);
        openApplication(reference);
        WebElement task = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-uploadAlbDecision")));
        assertThat(task.getText()).contains("Upload het besluit van RvIG");
        task.findElement(By.linkText("Taak openen")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("albDecision:decisionFile")));
        screenshot("follow-12-alb-decision");
        Accessibility.assertNoViolations(browser, "RvIG decision upload");

        browser.findElement(By.id("albDecision:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("albDecision:decisionFileError"),
                "Kies eerst het besluit van RvIG"));
        WebElement firstRefusal = browser.findElement(By.id("albDecision:decisionFileError"));
        browser.findElement(By.id("albDecision:decisionFile")).sendKeys(file("besluit.txt", "geen pdf").toString());
        browser.findElement(By.id("albDecision:submit")).click();
        // the page the upload answers with replaces the first refusal; reading it while it goes fails in Chromium
        wait.until(ExpectedConditions.stalenessOf(firstRefusal));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("albDecision:decisionFileError"), "is geen PDF"));
        assertThat(browser.findElement(By.id("errorSummary")).getText()).contains("besluit.txt");
        screenshot("follow-13-alb-decision-refused");
        Accessibility.assertNoViolations(browser, "RvIG decision refused");

        browser.findElement(By.id("albDecision:decisionFile")).sendKeys(file("besluit-rvig.pdf", ItBrowser.MINIMAL_PDF).toString());
        browser.findElement(By.id("albDecision:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doneMessage"), "het BSN mag gebruiken (het besluit van RvIG of ander bewijs) is ontvangen"));
        new ApiSession(DemoAccount.REVIEWER).awaitTask(reference, "verifyAlbDecision");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.id("waitingFor"), "Wacht op DICTU"));
        assertThat(browser.findElements(By.id("task-uploadAlbDecision"))).isEmpty();

        WebElement receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Ontvangstbevestiging")));
        assertThat(browser.findElement(By.id("documents")).getText()).contains("Nederlands").containsPattern("[0-9a-f]{64}");
        screenshot("follow-14-documents");
        Accessibility.assertNoViolations(browser, "application with its documents");
        String href = receipt.getAttribute("href");
        HttpResponse<byte[]> pdf = neighbour.download(href.substring(href.indexOf("/api/")));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new ApiSession(DemoAccount.APPLICANT).download(href.substring(href.indexOf("/api/"))).statusCode())
                .as("another organisation's document").isEqualTo(404);
    }

    private static String submit(ApiSession applicant, String submission) {
        HttpResponse<String> submitted = applicant.post("/api/applications", submission);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return ApiSession.field(submitted.body(), "reference");
    }

    private static void awaitStatus(ApiSession session, String reference, String status) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String mine = session.get("/api/applications").body();
            if (mine.matches("(?s).*\"reference\":\"" + reference + "\"[^{}]*?\"status\":\"" + status + "\".*")) {
                return;
            }
            PortalServer.sleep(Duration.ofSeconds(1));
        }
        throw new AssertionError(reference + " did not reach status " + status);
    }

    private void signIn() {
        signIn(DemoAccount.APPLICANT);
    }

    /**
     * The application page has an outline whose every link has its section, shows the steps still
     * ahead (the next one marked), sizes the checklist's code column to its content, and fits a
     * 1366 px screen and a phone.
     */
    private void assertOutlineRoadAheadAndNarrowChecklistColumns() throws IOException {
        List<WebElement> outline = browser.findElements(By.cssSelector("#outline a"));
        assertThat(outline).hasSizeGreaterThanOrEqualTo(8);
        for (WebElement link : outline) {
            String target = link.getDomAttribute("href").substring(1);
            assertThat(browser.findElements(By.id(target))).as("section of outline link " + target).hasSize(1);
        }
        assertThat(browser.findElement(By.id("milestones")).getText())
                .contains("Aanvraag geregistreerd door DICTU volgende stap").contains("Productie goedgekeurd nog te gaan")
                .doesNotContain("???");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Dimension before = browser.manage().window().getSize();
        try {
            for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
                browser.manage().window().setSize(size);
                if (size.getWidth() == 1366) {
                    // on a phone the table reflows: each cell takes the whole width
                    Number codeColumn = (Number) js.executeScript(
                            "return document.querySelector('#checklist td.tvs-col-fit').getBoundingClientRect().width");
                    assertThat(codeColumn.doubleValue()).as("checklist code column at " + size).isLessThan(80);
                }
                assertThat((List<?>) js.executeScript("return Array.from(document.querySelectorAll('main *'))"
                        + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                        // a table's header kept for screen readers only (clipped to 1 px on a phone) takes no room
                        + ".filter(e => !e.closest('thead') || e.closest('thead').getBoundingClientRect().width > 1)"
                        + ".map(e => e.tagName + '#' + e.id + '.' + e.className)"))
                        .as("elements wider than the window at " + size).isEmpty();
                long pageHeight = (Long) js.executeScript("return document.documentElement.scrollHeight");
                browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(pageHeight + 150, 6000)));
                screenshot("follow-05-application-page-" + size.getWidth());
            }
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    private void signIn(DemoAccount account) {
        session.signIn(account, "/applicant/index.xhtml?lang=nl", "Mijn aanvragen");
    }

    private void openApplication(String reference) {
        browser.get(baseUrl + "/applicant/application.xhtml?reference=" + reference);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statusFacts")));
    }

    /** Large texts (PEM, metadata) go in at once; typing them key by key would take minutes. */
    private void setValue(By field, String value) {
        WebElement element = browser.findElement(field);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", element, value);
    }

    private static Path file(String name, String content) throws IOException {
        return ItBrowser.file(name, content);
    }

    private void screenshot(String name) throws IOException {
        session.screenshot(name);
    }
}
