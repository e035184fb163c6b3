package nl.dictu.tvs.portal.it;

import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.it.faults.ItFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two reviewers work one application in the browser from registration to production approval; the
 * applicant's steps go through the API (its pages are built elsewhere). Along the way: the task
 * list's views and filters, a failed automated step retried from the incident list, a decision on
 * a task a colleague completed meanwhile, the four-eyes refusal, and axe-core on every page.
 */
@Tag("h2-only")
class ReviewerWorkspaceIT {

    private static final Duration PROCESS_TIMEOUT = ReviewerBrowser.PROCESS_TIMEOUT;

    private final String baseUrl = PortalServer.shared().baseUrl();
    private WebDriver first;
    private WebDriver second;

    @BeforeEach
    void openBrowsers() {
        first = HeadlessChromium.start();
        second = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowsers() {
        first.quit();
        second.quit();
    }

    @Test
    void shouldWalkAnApplicationFromRegistrationToProductionWithTwoReviewers() throws IOException {
        ApiSession applicant = new ApiSession(DemoAccount.APPLICANT);
        ApiSession admin = new ApiSession(DemoAccount.ADMIN);
        HttpResponse<String> submitted = applicant.post("/api/applications",
                ConnectionRequestIT.submission(ItPki.certificate(ConnectionRequestIT.OIN, ConnectionRequestIT.ORGANISATION)));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = ApiSession.field(submitted.body(), "reference");
        setFault("issueServiceUuids", true);
        try {
            walk(applicant, admin, reference);
        } finally {
            // the server is shared: never leave a demo fault behind for the other tests
            setFault("issueServiceUuids", false);
        }
    }

    private void walk(ApiSession applicant, ApiSession admin, String reference) throws IOException {

        // The task list: group view, filtered on the organisation and the task, shareable by its address.
        signIn(first, DemoAccount.REVIEWER);
        String filtered = baseUrl + "/reviewer/tasks.xhtml?view=GROUP&organisation=voorbeeldstad&task=registerApplication&sort=REFERENCE&direction=desc";
        awaitInTaskList(first, filtered, reference);
        assertThat(first.findElement(By.id("tasks")).getText()).contains("Gemeente Voorbeeldstad").contains("Aanvraag registreren");
        assertThat(new Select(first.findElement(By.id("task"))).getFirstSelectedOption().getText()).isEqualTo("Aanvraag registreren");
        screenshot(first, "reviewer-tasks-group-nl");
        Accessibility.assertNoViolations(first, "task list (group view, filtered)");

        first.get(baseUrl + "/reviewer/tasks.xhtml?view=ALL&organisation=Gemeente%20Nergensdorp");
        waitFor(first).until(ExpectedConditions.visibilityOfElementLocated(By.id("tasks")));
        assertThat(first.findElement(By.id("tasks")).getText()).doesNotContain(reference).contains("Er zijn geen openstaande taken.");

        // Claim from the list, then it is among "my tasks".
        first.get(filtered);
        rowOf(first, reference).findElement(By.xpath(".//input[@type='submit'][@value='Oppakken']")).click();
        waitFor(first).until(ExpectedConditions.textToBePresentInElementLocated(By.id("taskForm:messages"), "U hebt de taak opgepakt."));
        first.get(baseUrl + "/reviewer/tasks.xhtml?view=MINE");
        assertThat(rowOf(first, reference).findElements(By.tagName("td"))).extracting(WebElement::getText)
                .as("the assignee column names the reviewer, not the user name").contains("Bram Beoordelaar");
        screenshot(first, "reviewer-tasks-mine-nl");
        Accessibility.assertNoViolations(first, "task list (my tasks)");

        // Release it, hand it over to a colleague who finds it among her tasks, and have it handed back.
        rowOf(first, reference).findElement(By.xpath(".//input[@type='submit'][@value='Vrijgeven']")).click();
        waitFor(first).until(ExpectedConditions.textToBePresentInElementLocated(By.id("taskForm:messages"),
                "U hebt de taak vrijgegeven"));
        first.get(filtered);
        assertThat(rowOf(first, reference).getText()).contains("Niet toegewezen");
        assertThat(first.findElements(By.tagName("select"))).as("no list of colleagues on every row").noneMatch(
                select -> select.getAttribute("id").contains("colleague"));
        chooseColleague(first, reference);
        assertFitsAt(first, "reviewer-tasks-handover");
        new Select(rowOf(first, reference).findElement(By.tagName("select"))).selectByVisibleText("Bea Beoordelaar");
        rowOf(first, reference).findElement(By.xpath(".//input[@type='submit'][@value='Overdragen']")).click();
        waitFor(first).until(ExpectedConditions.textToBePresentInElementLocated(By.id("taskForm:messages"),
                "De taak is overgedragen."));
        signIn(second, DemoAccount.REVIEWER_2);
        second.get(baseUrl + "/reviewer/tasks.xhtml?view=MINE");
        assertThat(rowOf(second, reference).findElements(By.tagName("td"))).extracting(WebElement::getText)
                .contains("Bea Beoordelaar");
        screenshot(second, "reviewer-tasks-handed-over-nl");
        Accessibility.assertNoViolations(second, "task list (a task handed over)");
        chooseColleague(second, reference);
        new Select(rowOf(second, reference).findElement(By.tagName("select"))).selectByVisibleText("Bram Beoordelaar");
        rowOf(second, reference).findElement(By.xpath(".//input[@type='submit'][@value='Overdragen']")).click();
        waitFor(second).until(ExpectedConditions.textToBePresentInElementLocated(By.id("taskForm:messages"),
                "De taak is overgedragen."));
        first.get(baseUrl + "/reviewer/tasks.xhtml?view=MINE");
        assertThat(rowOf(first, reference).findElements(By.tagName("td"))).extracting(WebElement::getText)
                .as("the assignee column names the reviewer, not the user name").contains("Bram Beoordelaar");

        // The application view: tabs, a note, and the registration decision.
        rowOf(first, reference).findElement(By.linkText(reference)).click();
        waitFor(first).until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-registerApplication")));
        assertThat(first.findElement(By.id("pageTitle")).getText()).isEqualTo("Aanvraag " + reference);
        screenshot(first, "reviewer-application-form-nl");
        Accessibility.assertNoViolations(first, "application view (form tab)");
        showTab(first, "Controles");
        assertThat(tabPanel(first).getText()).contains("Automatische controle").contains("geslaagd");
        Accessibility.assertNoViolations(first, "application view (checks tab)");
        showTab(first, "Interne notities");
        first.findElement(By.id("dossierForm:tabs:note")).sendKeys("Gebeld met de aanvrager over de planning.");
        first.findElement(By.id("dossierForm:tabs:addNote")).click();
        waitFor(first).until(ExpectedConditions.textToBePresentInElementLocated(By.id("dossierForm:messages"), "De notitie is toegevoegd."));
        showTab(first, "Interne notities");
        assertThat(first.findElement(By.id("notes")).getText()).contains("Gebeld met de aanvrager")
                .as("the note's author by name, not by user name").contains("Bram Beoordelaar");
        Accessibility.assertNoViolations(first, "application view (notes tab)");
        assertThat(applicant.get("/api/applications/" + reference).body()).doesNotContain("Gebeld met de aanvrager");

        decide(first, "registerApplication", "accept", null);
        assertMessage(first, "Vastgelegd: Aanvraag registreren.");
        // the process makes the next steps by itself: the page says so instead of "no open task"
        assertThat(first.findElement(By.id("preparingNextStep")).getText()).contains("De volgende stap wordt voorbereid");
        assertThat(first.findElements(By.id("noDecisions"))).isEmpty();
        screenshot(first, "reviewer-application-preparing-nl");

        // The ServiceUUID step fails (demo fault): the incident list shows it, and a retry after the fix runs it.
        first.get(baseUrl + "/reviewer/incidents.xhtml");
        WebElement incident = awaitRow(first, baseUrl + "/reviewer/incidents.xhtml", "incidentForm:incidents", reference);
        assertThat(incident.getText()).contains("issueServiceUuids").contains("Test fault: issueServiceUuids");
        screenshot(first, "reviewer-incidents-nl");
        Accessibility.assertNoViolations(first, "incidents");
        setFault("issueServiceUuids", false);
        incident.findElement(By.xpath(".//button[normalize-space()='Opnieuw uitvoeren']")).click();
        waitFor(first).until(ExpectedConditions.textToBePresentInElementLocated(By.id("incidentForm:messages"),
                "De stap wordt nu opnieuw uitgevoerd."));

        // DigiD connection and test accounts in parallel; a colleague's late decision gets a clear message.
        openDecision(first, reference, "arrangeDigidConnection");
        openDecision(second, reference, "arrangeDigidConnection");
        decide(first, "arrangeDigidConnection", null, "DIGID-IT-4711");
        assertMessage(first, "Vastgelegd: DigiD-aansluiting regelen.");
        long logBeforeLateDecision = Files.size(PortalServer.shared().log());
        decide(second, "arrangeDigidConnection", null, "DIGID-IT-TE-LAAT");
        assertMessage(second, "Deze taak is intussen al afgehandeld");
        assertLoggedAsOneLine(logBeforeLateDecision, "Refused beoordelaar2 on task", "task.alreadyCompleted",
                "TaskAlreadyCompletedException");
        screenshot(second, "reviewer-task-completed-meanwhile-nl");
        assertThat(second.findElement(By.id("pageTitle")).getText()).isEqualTo("Aanvraag " + reference);

        openDecision(second, reference, "deliverTestAccounts");
        WebElement delivery = second.findElement(By.id("decision-deliverTestAccounts"));
        delivery.findElement(By.tagName("button")).click();
        assertMessage(second, "Vermeld welke testaccounts u hebt geleverd");
        decisionFieldset(second, "deliverTestAccounts").findElement(By.tagName("textarea"))
                .sendKeys("DigiD s00000001 tot en met s00000005");
        new Select(decisionFieldset(second, "deliverTestAccounts").findElement(By.tagName("select")))
                .selectByVisibleText("Versleutelde e-mail");
        decisionFieldset(second, "deliverTestAccounts").findElement(By.tagName("button")).click();
        assertMessage(second, "Vastgelegd: Testaccounts leveren.");
        showTab(second, "Testaccounts");
        assertThat(tabPanel(second).getText()).contains("s00000001").contains("Versleutelde e-mail")
                .as("who delivered them by name, not by user name").contains("Bea Beoordelaar");
        showTab(second, "Dienstnummers");
        assertThat(tabPanel(second).getText()).contains("Parkeervergunning").contains("Preproductie");

        assertThat(applicant.complete(applicant.awaitTask(reference, "acknowledgeTestAccounts"), "{}").statusCode()).isEqualTo(204);

        // The checklist, item by item: a rejected item goes back to the applicant, the rework comes back alone.
        openDecision(first, reference, "assessChecklist");
        showTab(first, "Checklist");
        assertThat(tabPanel(first).getText()).contains("D1").contains("Ja").contains("Ter beoordeling");
        Accessibility.assertNoViolations(first, "application view (checklist tab)");
        judgeChecklist(first, "D1");
        decisionFieldset(first, "assessChecklist").findElement(By.tagName("button")).click();
        assertMessage(first, "Geef bij het afkeuren van checklistpunt D1 een toelichting");
        decisionFieldset(first, "assessChecklist").findElement(By.cssSelector("#verdict-D1 input[type=text]"))
                .sendKeys("Het DigiD-aansluitformulier ontbreekt.");
        decisionFieldset(first, "assessChecklist").findElement(By.tagName("button")).click();
        assertMessage(first, "Vastgelegd: Checklist beoordelen.");
        applicant.awaitTask(reference, "reworkChecklist");
        HttpResponse<String> reworked = applicant.post("/api/applications/" + reference + "/checklist-rework",
                "{\"checklist\":[{\"code\":\"D1\",\"answer\":\"YES\",\"explanation\":\"Formulier nagestuurd.\"}]}");
        assertThat(reworked.statusCode()).as(reworked.body()).isEqualTo(204);
        openDecision(first, reference, "assessChecklist");
        assertThat(decisionFieldset(first, "assessChecklist").findElements(By.cssSelector(".tvs-item-verdict"))).hasSize(1);
        // round 2 shows round 1's comment beside the item; the form tab shows the reworked answer as a difference
        assertThat(first.findElement(By.id("verdict-D1")).getText())
                .contains("Ronde 1: Afgekeurd: \"Het DigiD-aansluitformulier ontbreekt.\"");
        showTab(first, "Formulier");
        assertThat(first.findElement(By.id("dossierForm:tabs:differences")).getText())
                .contains("Checklistpunt D1").contains("Ja · Formulier nagestuurd.");
        assertThat(tabPanel(first).getText()).contains("DigiD Midden").contains("Nee")
                .doesNotContain("DIGID_MIDDEN").doesNotContain("false");
        assertThat(tabPanel(first).findElements(By.cssSelector("table.tvs-version-fields"))).as("only the current version in full")
                .hasSize(1);
        screenshot(first, "reviewer-application-form-diff-nl");
        judgeChecklist(first, null);
        decisionFieldset(first, "assessChecklist").findElement(By.tagName("button")).click();
        assertMessage(first, "Vastgelegd: Checklist beoordelen.");

        // Preproduction: the assessor is told, and refused, that a colleague must approve.
        openDecision(first, reference, "approvePreproduction");
        assertThat(first.findElement(By.id("fourEyes-approvePreproduction")).getText())
                .as("the colleague by name, not by user name").contains("iedere beoordelaar behalve Bram Beoordelaar")
                .contains("U hebt de checklist beoordeeld, dus een collega moet de preproductie goedkeuren.");
        long logBeforeRefusal = Files.size(PortalServer.shared().log());
        decide(first, "approvePreproduction", "accept", null);
        assertMessage(first, "mag haar daarom niet ook goedkeuren");
        assertLoggedAsOneLine(logBeforeRefusal, "Refused beoordelaar on task approvePreproduction", "task.fourEyes",
                "FourEyesViolationException");
        screenshot(first, "reviewer-four-eyes-refused-nl");
        Accessibility.assertNoViolations(first, "application view (four-eyes refusal)");
        assertThat(first.findElements(By.id("decision-approvePreproduction"))).isNotEmpty();

        // The colleague refuses, with a reason: the checklist goes back to assessment and every item is judged again.
        openDecision(second, reference, "approvePreproduction");
        decide(second, "approvePreproduction", "reject", null);
        assertMessage(second, "Geef bij een afwijzing de reden");
        decisionFieldset(second, "approvePreproduction").findElement(By.tagName("textarea"))
                .sendKeys("Het bewijsstuk bij D1 is niet ondertekend.");
        decisionFieldset(second, "approvePreproduction").findElement(By.tagName("button")).click();
        assertMessage(second, "Vastgelegd: Preproductie goedkeuren.");
        openDecision(first, reference, "assessChecklist");
        assertThat(decisionFieldset(first, "assessChecklist").getText()).contains("Het bewijsstuk bij D1 is niet ondertekend.");
        assertThat(decisionFieldset(first, "assessChecklist").findElements(By.cssSelector(".tvs-item-verdict")))
                .hasSizeGreaterThan(1);
        // one action accepts every item not judged, each still recorded on its own
        first.findElement(By.xpath("//button[normalize-space()='Overige punten accepteren en vastleggen']")).click();
        assertMessage(first, "Vastgelegd: Checklist beoordelen.");
        showTab(first, "Audittrail");
        assertThat(tabPanel(first).findElements(By.xpath(".//td[normalize-space()='checklistItemJudged']")))
                .hasSizeGreaterThanOrEqualTo(ItApplications.CHECKLIST.size());
        openDecision(second, reference, "approvePreproduction");
        decide(second, "approvePreproduction", "accept", null);
        assertMessage(second, "Vastgelegd: Preproductie goedkeuren.");

        ItApplications.supplyPreproductionMetadata(applicant, reference, ConnectionRequestIT.OIN, ConnectionRequestIT.ORGANISATION);

        // Production: requested by the applicant, assessed by one reviewer, approved by the other.
        applicant.awaitTask(reference, "requestProduction");
        List<String> uuids = ConnectionRequestIT.productionUuids(applicant.get("/api/applications/" + reference).body());
        IssuedCertificate production = ItPki.certificate(ConnectionRequestIT.OIN, ConnectionRequestIT.ORGANISATION);
        HttpResponse<String> requested = applicant.post("/api/applications/" + reference + "/production-request",
                "{\"certificatePem\":" + ConnectionRequestIT.jsonString(ItPki.pem(production))
                        + ",\"metadataBase64\":\"" + ConnectionRequestIT.base64(
                        ItPki.signedMetadata(ConnectionRequestIT.OIN, 1, production, uuids.get(0)))
                        + "\",\"testingCompleted\":true,\"desiredGoLive\":\"2027-01-04\"," + ItApplications.PRODUCTION_CHECKLIST + "}");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(204);

        openDecision(second, reference, "assessProduction");
        showTab(second, "Formulier");
        assertThat(tabPanel(second).getText()).contains("Verschillen tussen versies").contains("Metadata productie (SHA-256)");
        Accessibility.assertNoViolations(second, "application view (form tab with two versions)");
        decide(second, "assessProduction", "accept", null);
        assertMessage(second, "Vastgelegd: Aanvraag productie beoordelen.");

        openDecision(first, reference, "approveProduction");
        decide(first, "approveProduction", "accept", null);
        assertMessage(first, "Vastgelegd: Productie goedkeuren.");

        awaitActiveStep(first, reference, "Aansluiting live");
        showTab(first, "Proces");
        waitFor(first).until(d -> "true".equals(d.findElement(By.id("processDiagram")).getDomAttribute("data-rendered")));
        assertThat(first.findElements(By.cssSelector("#processDiagram .tvs-current"))).isNotEmpty();
        // zoomed in on the current step at (nearly) its drawn size; the whole process one click away
        assertThat(Double.parseDouble(first.findElement(By.id("processDiagram")).getDomAttribute("data-scale")))
                .isGreaterThanOrEqualTo(0.75);
        screenshot(first, "reviewer-application-process-nl");
        first.findElement(By.id("processDiagramToggle")).click();
        waitFor(first).until(d -> Double.parseDouble(d.findElement(By.id("processDiagram")).getDomAttribute("data-scale")) < 0.5);
        assertThat(first.findElement(By.id("processDiagramToggle")).getText()).isEqualTo("Inzoomen op de huidige stap");
        screenshot(first, "reviewer-application-process-whole-nl");
        Accessibility.assertNoViolations(first, "application view (process tab)");
        showTab(first, "Audittrail");
        assertThat(tabPanel(first).getText()).contains("taskClaimed").contains("jobRetried").contains("beoordelaar2");
        assertThat(first.getCurrentUrl()).as("the address names the open tab, for a reload or a link").contains("tab=audit");
        first.navigate().refresh();
        waitFor(first).ignoring(StaleElementReferenceException.class)
                .until(d -> tabPanel(d).getText().contains("taskClaimed"));
        screenshot(first, "reviewer-application-audit-nl");
        showTab(first, "Documenten");
        assertThat(tabPanel(first).getText()).contains("Ontvangstbevestiging").contains("Goedkeuring aansluiting preproductie")
                .containsPattern("[0-9a-f]{64}");
        first.findElement(By.id("dossierForm:tabs:makeDossier")).click();
        assertMessage(first, "Het dossier is samengesteld");
        showTab(first, "Documenten");
        WebElement dossierLink = waitFor(first).until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Dossier")));
        assertThat(dossierLink.getAttribute("href")).contains("/api/applications/" + reference + "/documents/");
        List<String> downloadNames = tabPanel(first).findElements(By.cssSelector("a.tvs-download")).stream()
                .map(a -> a.getDomAttribute("download")).toList();
        assertThat(downloadNames).doesNotHaveDuplicates()
                .contains("ontvangstbevestiging-" + reference + "-v1.pdf", "ontvangstbevestiging-" + reference + "-v4.pdf",
                        "beoordeling-checklist-" + reference + "-ronde-1.pdf", "beoordeling-checklist-" + reference + "-ronde-2.pdf");
        screenshot(first, "reviewer-application-documents-nl");
        Accessibility.assertNoViolations(first, "application view (documents tab)");
        assertThat(applicant.get("/api/applications").body()).contains("\"reference\":\"" + reference + "\"")
                .contains("\"status\":\"live\"");
        // English: the same pages, every text from the bundle.
        first.get(baseUrl + "/reviewer/tasks.xhtml?view=ALL&lang=en");
        waitFor(first).until(ExpectedConditions.textToBe(By.id("pageTitle"), "Task list"));
        assertThat(first.findElement(By.tagName("main")).getText()).contains("All open tasks").contains("Apply");
        screenshot(first, "reviewer-tasks-all-en");
        Accessibility.assertNoViolations(first, "task list (English)");
        first.get(baseUrl + "/reviewer/application.xhtml?reference=" + reference);
        waitFor(first).until(ExpectedConditions.textToBe(By.id("pageTitle"), "Application " + reference));
        assertThat(first.findElement(By.id("noDecisions")).getText()).isEqualTo("No reviewer task is open for this application.");
        Accessibility.assertNoViolations(first, "application view (English)");
    }

    private static void setFault(String activityId, boolean failing) {
        ItFaults.set(PortalServer.shared().baseDir(), activityId, failing);
    }

    private void signIn(WebDriver browser, DemoAccount account) {
        reviewer(browser).signIn(account);
    }

    /**
     * An expected refusal is one line at INFO in the server's log, never a stack trace: the log
     * written since {@code offset} holds the line and not the exception.
     */
    private static void assertLoggedAsOneLine(long offset, String line, String messageKey, String exception) throws IOException {
        Path log = PortalServer.shared().log();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!logSince(log, offset).contains(line) && Instant.now().isBefore(deadline)) {
            PortalServer.sleep(Duration.ofMillis(200));
        }
        String written = logSince(log, offset);
        assertThat(written.lines().filter(l -> l.contains(line))).singleElement().asString()
                .contains("INFO").contains(messageKey);
        assertThat(written).doesNotContain(exception).doesNotContain("\tat nl.dictu.tvs.portal.process.FourEyesTaskListener");
    }

    private static String logSince(Path log, long offset) {
        try {
            byte[] all = Files.readAllBytes(log);
            return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private ReviewerBrowser reviewer(WebDriver browser) {
        return new ReviewerBrowser(browser, baseUrl);
    }

    private void awaitInTaskList(WebDriver browser, String url, String reference) {
        awaitRow(browser, url, "taskForm:taskTable", reference);
    }

    private WebElement awaitRow(WebDriver browser, String url, String tableId, String text) {
        return reviewer(browser).awaitRow(url, tableId, text);
    }

    private static WebElement rowOf(WebDriver browser, String reference) {
        return waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='taskForm:taskTable']//tr[td[contains(., '" + reference + "')]]")));
    }

    private void openDecision(WebDriver browser, String reference, String taskKey) {
        reviewer(browser).openDecision(reference, taskKey);
    }

    private void awaitActiveStep(WebDriver browser, String reference, String stepName) {
        reviewer(browser).awaitActiveStep(reference, stepName);
    }

    private WebElement decisionFieldset(WebDriver browser, String taskKey) {
        return reviewer(browser).decisionForm(taskKey);
    }

    private void decide(WebDriver browser, String taskKey, String outcome, String reference) {
        reviewer(browser).decide(taskKey, outcome, reference);
    }

    private void judgeChecklist(WebDriver browser, String rejected) {
        reviewer(browser).judgeChecklist(rejected);
    }

    /**
     * At 1366x900 the page is no wider than the window, and at that size and on a phone (390x844)
     * every select and button stays inside its table cell; screenshots of both.
     */
    private static void assertFitsAt(WebDriver browser, String name) throws IOException {
        Dimension before = browser.manage().window().getSize();
        try {
            for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
                browser.manage().window().setSize(size);
                JavascriptExecutor js = (JavascriptExecutor) browser;
                Object outside = js.executeScript("return Array.from(document.querySelectorAll('td select, td button, td input[type=submit]'))"
                        + ".filter(e => { const cell = e.closest('td').getBoundingClientRect(); const r = e.getBoundingClientRect();"
                        + " return r.width > 0 && (r.right > cell.right + 1 || r.left < cell.left - 1); }).map(e => e.id)");
                assertThat((List<?>) outside).as("controls outside their cell at " + size).isEmpty();
                if (size.getWidth() == 1366) {
                    assertThat((Boolean) js.executeScript(
                            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                            .as("page wider than the window at " + size).isTrue();
                }
                long pageHeight = (Long) js.executeScript("return document.documentElement.scrollHeight");
                browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(pageHeight + 150, 6000)));
                screenshot(browser, name + "-" + size.getWidth());
            }
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    private void assertMessage(WebDriver browser, String text) {
        reviewer(browser).assertMessage(text);
    }

    /** Opens the tab and waits for its panel: a tab not opened before is fetched when it is opened. */
    private static void showTab(WebDriver browser, String title) {
        WebElement tab = browser.findElement(By.xpath("//a[@role='tab'][normalize-space()='" + title + "']"));
        String panel = tab.getDomAttribute("href").substring(1);
        tab.click();
        waitFor(browser).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement shown = d.findElement(By.id(panel));
            return shown.isDisplayed() && !shown.getText().isBlank();
        });
    }

    private static WebElement tabPanel(WebDriver browser) {
        return browser.findElement(By.cssSelector(".tvs-tabview .ui-tabs-panel:not(.ui-helper-hidden)"));
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }

    /** Opens the choice of colleague on the task's row: only that row lists the colleagues. */
    private static void chooseColleague(WebDriver browser, String reference) {
        rowOf(browser, reference).findElement(By.xpath(".//input[@type='submit'][@value='Overdragen aan…']")).click();
        // the answer replaces the page: a row found just before it may be gone when asked for its select
        waitFor(browser).ignoring(StaleElementReferenceException.class)
                .until(driver -> !rowOf(driver, reference).findElements(By.tagName("select")).isEmpty());
    }
}
