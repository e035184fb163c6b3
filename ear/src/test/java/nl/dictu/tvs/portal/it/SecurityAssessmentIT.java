package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ICT security assessment of a demo live connection: the admin imports a production connection of Gemeente
 * Buurdorp that went live ten days ago, so its first-report window is open; its applicant sees the window, is
 * refused a non-PDF file and an empty auditor name at their fields (the route chosen stays), then delivers the
 * report; a reviewer is refused a rejection without reason and accepts it; the applicant sees it accepted. In
 * headless Chromium with axe-core.
 */
@Tag("h2-only")
class SecurityAssessmentIT {

    private static final String OIN = "00000099987654321000";
    private static final String ORGANISATION = "Gemeente Buurdorp";
    private static final String HEADER = "organisatie;oin;omgeving;entityids;serviceuuids;certificaten;livegang";
    private static final String PAGE = "/applicant/security-assessment.xhtml?lang=nl";

    @RegisterExtension
    final ItBrowser session = new ItBrowser();
    private final WebDriver browser = session.driver;
    private final WebDriverWait wait = session.wait;

    @Test
    void shouldTakeADeliveredReportToTheReviewersOutcome() throws IOException {
        importProductionConnectionLiveSince(LocalDate.now().minusDays(10));

        session.signIn(DemoAccount.NEIGHBOUR, PAGE, "ICT-beveiligingsassessment (DigiD)");
        assertThat(browser.findElement(By.id("assessmentList:assessments")).getText())
                .contains("urn:nl-eid-gdi:1.0:DV:" + OIN + ":entities:9002").contains("eerste rapport").contains("Open");
        Accessibility.assertNoViolations(browser, "applicant's ICT assessment page");

        browser.findElement(By.cssSelector("input[name='assessmentForm:route'][value='REPORT']")).click();
        browser.findElement(By.id("assessmentForm:file")).sendKeys(ItBrowser.file("rapport.pdf", "<html>no pdf</html>").toString());
        browser.findElement(By.id("assessmentForm:deliver")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assessmentForm:auditorError")));
        assertThat(browser.findElement(By.id("assessmentForm:auditorError")).getText())
                .contains("Vul de naam van de auditor in");
        assertThat(browser.findElement(By.id("assessmentForm:fileError")).getText())
                .contains("Het bestand \"rapport.pdf\" is geen PDF");
        assertThat(browser.findElement(By.cssSelector("input[name='assessmentForm:route'][value='REPORT']")).isSelected())
                .as("the route chosen stays").isTrue();
        assertThat(browser.findElement(By.id("assessmentForm:fileAgain")).getText()).contains("Kies het bestand opnieuw");
        session.screenshot("assessment-01-refused");
        Accessibility.assertNoViolations(browser, "applicant's ICT assessment page with refusals");

        browser.findElement(By.id("assessmentForm:auditor")).sendKeys("A. Auditor RE, Audit BV");
        browser.findElement(By.id("assessmentForm:file")).sendKeys(ItBrowser.file("rapport.pdf", "%PDF-1.7\n%demo\n").toString());
        browser.findElement(By.id("assessmentForm:deliver")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deliveredNotice")));
        assertThat(browser.findElement(By.id("assessmentList:assessments")).getText())
                .contains("Wacht op beoordeling").contains("A. Auditor RE, Audit BV").contains("Rapport van de auditor");
        session.signOut();

        session.signIn(DemoAccount.REVIEWER, "/reviewer/security-assessments.xhtml?lang=nl", "ICT-assessments");
        String row = "//tr[contains(., '" + ORGANISATION + "')]";
        assertThat(browser.findElement(By.xpath(row)).getText()).contains("Wacht op beoordeling");
        WebElement download = browser.findElement(By.xpath(row + "//input[contains(@id, ':download')]"));
        assertThat(download.getAttribute("value")).isEqualTo("PDF downloaden");
        assertThat(download.getAttribute("onclick")).as("a plain submit: the CSP allows no inline handler").isNullOrEmpty();
        browser.findElement(By.xpath(row + "//input[contains(@id, ':reject')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewForm:messages"), "Geef bij een afwijzing de reden"));
        Accessibility.assertNoViolations(browser, "reviewers' ICT assessment list");
        browser.findElement(By.xpath(row + "//input[contains(@id, ':accept')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewForm:messages"), "De uitkomst is vastgelegd"));
        session.screenshot("assessment-02-accepted");
        session.signOut();

        session.signIn(DemoAccount.NEIGHBOUR, PAGE, "ICT-beveiligingsassessment (DigiD)");
        assertThat(browser.findElement(By.id("assessmentList:assessments")).getText()).contains("Geaccepteerd");
        assertThat(browser.findElements(By.id("assessmentForm"))).as("nothing left to deliver").isEmpty();
    }

    private void importProductionConnectionLiveSince(LocalDate goLive) throws IOException {
        String pem = ItPki.pem(ItPki.certificateExpiring(OIN, ORGANISATION, Instant.now().plus(Duration.ofDays(365))));
        String row = ORGANISATION + ";" + OIN + ";productie;urn:nl-eid-gdi:1.0:DV:" + OIN + ":entities:9002;"
                + UUID.randomUUID() + "=DIGID_SUBSTANTIEEL;\"" + pem + "\";" + goLive + "\n";
        session.signIn(DemoAccount.ADMIN);
        browser.get(session.baseUrl + "/admin/live-connections.xhtml?lang=nl");
        Path file = ItBrowser.file("productie.csv", HEADER + "\n" + row);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload:file"))).sendKeys(file.toString());
        browser.findElement(By.id("upload:import")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accepted")));
        session.signOut();
    }
}
