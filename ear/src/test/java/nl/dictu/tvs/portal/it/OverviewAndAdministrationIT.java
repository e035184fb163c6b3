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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview dashboard, its CSV export and the admin pages, in headless Chromium with axe-core. */
@Tag("h2-only")
class OverviewAndAdministrationIT {

    private static final String DEMO_OIN = "00000099123456789000";

    @RegisterExtension
    final ItBrowser session = new ItBrowser();
    private final WebDriver browser = session.driver;
    private final WebDriverWait wait = session.wait;
    private final String baseUrl = session.baseUrl;

    @Test
    void shouldShowTheReviewerTheDashboardWithWorkingChartsUnderTheStrictPolicy() throws IOException {
        session.signIn(DemoAccount.REVIEWER);
        browser.findElement(By.linkText("Overzicht")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), "Overzicht aanvragen"));

        assertThat(Long.parseLong(browser.findElement(By.id("figureOpen")).getText())).isPositive();
        assertThat(browser.findElement(By.id("perPhase")).getText()).contains("3. Registratie");
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.querySelectorAll('canvas').length === 3"
                        + " && Array.from(document.querySelectorAll('canvas')).every(c => window.Chart && Chart.getChart(c))")));
        session.screenshot("dashboard-nl");
        Accessibility.assertNoViolations(browser, "dashboard (nl)");
        // count charts tick in whole applications only
        Object fractionalTicks = ((JavascriptExecutor) browser).executeScript(
                "return ['phaseChart', 'goLiveChart'].flatMap(id => {"
                        + " const canvas = document.querySelector('[id$=\"' + id + '\"] canvas, canvas[id$=\"' + id + '\"]');"
                        + " return Chart.getChart(canvas).scales.y.ticks.map(t => t.value).filter(v => !Number.isInteger(v)); })");
        assertThat((java.util.List<?>) fractionalTicks).isEmpty();

        browser.get(baseUrl + "/reviewer/dashboard.xhtml?lang=en");
        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), "Applications overview"));
        session.screenshot("dashboard-en");
        Accessibility.assertNoViolations(browser, "dashboard (en)");
    }

    @Test
    void shouldStreamTheApplicationListAsCsvToReviewersAndAdminsOnly() {
        PortalClient reviewer = PortalClient.forSharedServer();
        reviewer.signIn(DemoAccount.REVIEWER.username, DemoAccount.PASSWORD);
        HttpResponse<String> csv = reviewer.get("/reviewer/applications.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv").contains("UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(csv.body()).startsWith("\uFEFFKenmerk;Organisatie;OIN;Status;Fase;Wacht op;Ingediend;Laatste wijziging;Live sinds\r\n")
                .contains("TVS-DEMO-00001;Gemeente Voorbeeldstad;" + DEMO_OIN + ";");

        PortalClient admin = PortalClient.forSharedServer();
        admin.signIn(DemoAccount.ADMIN.username, DemoAccount.PASSWORD);
        assertThat(admin.get("/reviewer/applications.csv").statusCode()).isEqualTo(200);
        assertThat(admin.get("/reviewer/dashboard.xhtml").statusCode()).isEqualTo(200);

        PortalClient applicant = PortalClient.forSharedServer();
        applicant.signIn("aanvrager", DemoAccount.PASSWORD);
        assertThat(applicant.get("/reviewer/applications.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldLetTheAdminCreateAnApplicantWhoSignsInWithTheOneTimePasswordAndKeepTheirOwnAdminRole() throws IOException {
        openAdminPage("Gebruikers en rollen", "users");

        browser.findElement(By.id("users:username")).sendKeys("nieuwe.aanvrager");
        browser.findElement(By.id("users:displayName")).sendKeys("Nieuwe Aanvrager");
        browser.findElement(By.id("users:email")).sendKeys("nieuw@voorbeeldstad.example");
        browser.findElement(By.cssSelector("input[name='users:roles'][value='applicant']")).click();
        browser.findElement(By.id("users:organisationOin")).sendKeys(DEMO_OIN);
        browser.findElement(By.id("users:create")).click();
        String password = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("oneTimePassword"))).getText();
        session.screenshot("admin-users-one-time-password");
        Accessibility.assertNoViolations(browser, "users with one-time password");

        PortalClient newcomer = PortalClient.forSharedServer();
        assertThat(newcomer.signIn("nieuwe.aanvrager", password).body()).contains("Nieuwe Aanvrager");

        WebElement ownRow = browser.findElements(By.cssSelector("#users\\:userTable tbody tr")).stream()
                .filter(r -> r.getText().startsWith(DemoAccount.ADMIN.username)).findFirst().orElseThrow();
        ownRow.findElement(By.cssSelector("button[id$='editRolesButton']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("users:editRoles")));
        browser.findElement(By.cssSelector("input[name='users:editedRoles'][value='admin']")).click();
        browser.findElement(By.id("users:saveRoles")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:messages"),
                "U kunt uw eigen beheerdersrol niet intrekken"));
        session.screenshot("admin-users-own-role-refused");
    }

    @Test
    void shouldLetTheAdminEditPreviewAndResetAMailTemplateAndSeeTheOutbox() throws IOException {
        openAdminPage("Mailsjablonen", "mail templates");

        browser.findElement(By.id("mail:templates:8:edit")).click();
        WebElement subject = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mail:subject")));
        subject.clear();
        subject.sendKeys("Uw aanvraag {0} is ingetrokken");
        browser.findElement(By.id("mail:preview")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mail:previewPanel"),
                "Uw aanvraag TVS-2026-00042 is ingetrokken"));
        session.screenshot("admin-mail-template-preview");
        Accessibility.assertNoViolations(browser, "mail template preview");
        // each button posts the whole page: wait for the old page to go before reading the new one
        WebElement save = browser.findElement(By.id("mail:save"));
        save.click();
        wait.until(ExpectedConditions.stalenessOf(save));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mail:templates"), "Gewijzigd door beheerder"));

        WebElement edit = browser.findElement(By.id("mail:templates:8:edit"));
        edit.click();
        wait.until(ExpectedConditions.stalenessOf(edit));
        WebElement reset = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mail:resetDefault")));
        reset.click();
        wait.until(ExpectedConditions.stalenessOf(reset));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mail:messages"), "weer de standaardtekst"));
        assertThat(browser.findElement(By.id("mail:templates")).getText()).doesNotContain("Gewijzigd door beheerder");

        browser.findElement(By.linkText("Uitgaande mail")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), "Uitgaande mail"));
        assertThat(browser.findElement(By.id("statusCounts")).getText()).contains("Mislukt").contains("Verzonden");
        assertThat(browser.findElement(By.linkText("Mislukt")).getAttribute("aria-current")).as("the default filter").isEqualTo("page");
        browser.findElement(By.linkText("Verzonden")).click();
        wait.until(ExpectedConditions.urlContains("status=SENT"));
        assertThat(browser.findElement(By.linkText("Verzonden")).getAttribute("aria-current")).as("the chosen filter").isEqualTo("page");
        assertThat(browser.findElement(By.linkText("Mislukt")).getAttribute("aria-current")).isEqualTo("false");
        session.screenshot("admin-outbox");
        Accessibility.assertNoViolations(browser, "outbox");
    }

    @Test
    void shouldLetTheAdminDraftANewChecklistFromTheCurrentOneAndSeeTheTermsVersions() throws IOException {
        openAdminPage("Checklistversies", "checklist versions");

        browser.findElement(By.id("checklists:newLabel")).sendKeys("2099.1");
        browser.findElement(By.id("checklists:newDraft")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checklists:editor")));
        int items = browser.findElements(By.cssSelector("input[id$=':code']")).size();
        browser.findElement(By.id("checklists:addItem")).click();
        // the editor is rendered anew with one more item: take the inputs only once it is there, or they go stale
        List<WebElement> codes = wait.until(d -> {
            List<WebElement> now = d.findElements(By.cssSelector("input[id$=':code']"));
            return now.size() > items ? now : null;
        });
        int last = codes.size() - 1;
        codes.get(last).sendKeys("Z9");
        browser.findElements(By.cssSelector("textarea[id$=':textNl']")).get(last).sendKeys("Staat de DigiD-knop volgens de huisstijl op de pagina?");
        browser.findElement(By.id("checklists:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklists:messages"), "checklistpunt Z9"));
        session.screenshot("admin-checklist-draft-refused");
        browser.findElements(By.cssSelector("textarea[id$=':textEn']")).get(last).sendKeys("Is the DigiD button on the page as the style guide says?");
        browser.findElements(By.cssSelector("input[id$=':sourceTitle']")).get(last).sendKeys("Huisstijl DigiD");
        browser.findElements(By.cssSelector("input[id$=':sourceUrl']")).get(last).sendKeys("http://www.logius.nl/digid-huisstijl");
        browser.findElement(By.id("checklists:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklists:messages"), "moet met https:// beginnen"));
        WebElement address = browser.findElements(By.cssSelector("input[id$=':sourceUrl']")).get(last);
        assertThat(address.getAttribute("value")).as("the typed address is kept").isEqualTo("http://www.logius.nl/digid-huisstijl");
        address.clear();
        address.sendKeys("https://www.logius.nl/digid-huisstijl");
        browser.findElement(By.id("checklists:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklists:messages"), "Concept 2099.1 is opgeslagen"));
        Accessibility.assertNoViolations(browser, "checklist draft");
        // Publishing is left to PublicationAdministrationTest: a new current checklist would change
        // what the other tests on this shared server must answer.
        assertThat(browser.findElement(By.id("checklists:publish")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("checklists:versions")).getText()).contains("2099.1").contains("Concept");
        session.screenshot("admin-checklists");

        browser.get(baseUrl + "/admin/terms.xhtml?lang=nl");
        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), "Voorwaardenversies"));
        browser.findElement(By.id("terms:versions:0:open")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("terms:editor")));
        assertThat(browser.findElement(By.id("terms:textNl")).getAttribute("readonly")).isNotNull();
        session.screenshot("admin-terms");
        Accessibility.assertNoViolations(browser, "terms versions");
    }

    /** Signs in as the admin and follows the start page's link to the page of that title; axe-core on it. */
    private void openAdminPage(String title, String pageName) {
        session.signIn(DemoAccount.ADMIN);
        browser.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), title));
        Accessibility.assertNoViolations(browser, pageName);
    }


}
