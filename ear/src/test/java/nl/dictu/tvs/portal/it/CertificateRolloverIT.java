package nl.dictu.tvs.portal.it;

import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
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
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certificate rollover on a live connection that came in with the admin's import (so without a Camunda process): the
 * care provider's member hands in a next certificate of another OIN and is refused at the certificate field with
 * nothing typed lost; a next certificate of its own OIN with metadata listing both and an activation date is recorded,
 * and the timeline shows TVS switching to it on that day. The reviewers' expiry page shows the same, and its run of
 * the daily step takes no step 20 days ahead. In headless Chromium with axe-core.
 */
@Tag("h2-only")
class CertificateRolloverIT {

    private static final String OIN = "00000099555555550000";
    private static final String ORGANISATION = "Fysiotherapie De Polder";
    private static final String OTHER_OIN = "00000099987654321000";
    private static final String HEADER = "organisatie;oin;omgeving;entityids;serviceuuids;certificaten;livegang";

    @RegisterExtension
    final ItBrowser session = new ItBrowser();
    private final WebDriver browser = session.driver;
    private final WebDriverWait wait = session.wait;

    @Test
    void shouldRefuseANextCertificateOfAnotherOinAndShowAValidOneOnTheTimeline() throws IOException {
        IssuedCertificate current = ItPki.certificateExpiring(OIN, ORGANISATION, Instant.now().plus(Duration.ofDays(40)));
        importLiveConnection(current);

        session.signIn(DemoAccount.CARE_PROVIDER, "/applicant/rollover.xhtml?lang=nl", "Certificaatwissel");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Ondertekening").contains("huidig");

        IssuedCertificate foreign = ItPki.certificate(OTHER_OIN, "Gemeente Buurdorp");
        String foreignPem = ItPki.pem(foreign);
        LocalDate activation = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(20);
        fill(foreignPem, ItPki.rolloverMetadata(OIN, 1, current, foreign), activation);
        browser.findElement(By.id("rollover:register")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rollover:certificatePemError")));
        assertThat(browser.findElement(By.id("rollover:certificatePemError")).getText())
                .contains("andere organisatie").contains(OTHER_OIN).contains(OIN);
        assertThat(browser.findElement(By.id("rollover:certificatePem")).getAttribute("value")).as("nothing typed is lost")
                .isEqualToIgnoringWhitespace(foreignPem);
        assertThat(browser.findElement(By.id("rollover:activationDate")).getAttribute("value")).isEqualTo(activation.toString());
        session.screenshot("rollover-01-other-oin");
        Accessibility.assertNoViolations(browser, "certificate rollover refused");

        IssuedCertificate next = ItPki.certificateExpiring(OIN, ORGANISATION, Instant.now().plus(Duration.ofDays(700)));
        fill(ItPki.pem(next), ItPki.rolloverMetadata(OIN, 1, current, next), activation);
        browser.findElement(By.id("rollover:register")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registered")));
        assertThat(browser.findElement(By.id("registered")).getText()).contains(dutch(activation));
        String serial = next.certificate().getSerialNumber().toString(16);
        String timeline = browser.findElement(By.tagName("main")).getText();
        assertThat(timeline).contains("TVS stapt op " + dutch(activation) + " over").contains("serial " + serial)
                .contains("volgend").contains(dutch(activation.minusDays(1))).doesNotContain(activation.toString());
        session.screenshot("rollover-02-timeline");
        Accessibility.assertNoViolations(browser, "certificate rollover timeline");

        session.signOut();
        session.signIn(DemoAccount.REVIEWER, "/reviewer/expiry.xhtml?lang=nl", "Wat verloopt");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Certificaatwissels").contains(ORGANISATION)
                .contains("serial " + serial);
        browser.findElement(By.id("rolloverForm:runRollover")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rolloverRan")));
        assertThat(browser.findElement(By.id("rolloverRan")).getText()).as("20 days ahead no reminder is due yet")
                .contains("0 stappen gezet");
        Accessibility.assertNoViolations(browser, "reviewers' expiry page with certificate rollovers");
    }

    private void importLiveConnection(IssuedCertificate current) throws IOException {
        session.signIn(DemoAccount.ADMIN);
        browser.get(session.baseUrl + "/admin/live-connections.xhtml?lang=nl");
        String row = ORGANISATION + ";" + OIN + ";productie;urn:nl-eid-gdi:1.0:DV:" + OIN + ":entities:0001;"
                + UUID.randomUUID() + "=DIGID_SUBSTANTIEEL;\"" + ItPki.pem(current) + "\";2024-01-15\n";
        Path file = ItBrowser.file("rollover.csv", HEADER + "\n" + row);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload:file"))).sendKeys(file.toString());
        browser.findElement(By.id("upload:import")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accepted")));
        session.signOut();
    }

    /** A date as the Dutch pages show it ("24 dec. 2026"). */
    private static String dutch(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag("nl")).format(date);
    }

    private void fill(String pem, String metadata, LocalDate activation) {
        setValue(browser.findElement(By.id("rollover:certificatePem")), pem);
        setValue(browser.findElement(By.id("rollover:metadataText")), metadata);
        setValue(browser.findElement(By.id("rollover:activationDate")), activation.toString());
    }

    private void setValue(WebElement field, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, value);
    }
}
