package nl.dictu.tvs.portal.it;

import jakarta.mail.internet.MimeMessage;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin imports DICTU's administration of connections that were live before the portal: a file with
 * bad rows is refused row by row and imports nothing, a good one becomes a watched live connection. The
 * expiry watch (run from the reviewers' list) then mails the organisation's member once, and the reviewers'
 * list shows what expires. In headless Chromium with axe-core.
 */
@Tag("h2-only")
class LiveConnectionsIT {

    private static final String OIN = "00000099987654321000";
    private static final String ORGANISATION = "Gemeente Buurdorp";
    private static final String MEMBER_MAIL = "buurdorp@demo.tvs.example";
    private static final String HEADER = "organisatie;oin;omgeving;entityids;serviceuuids;certificaten;livegang";
    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(60);

    @RegisterExtension
    final ItBrowser session = new ItBrowser();
    private final WebDriver browser = session.driver;
    private final WebDriverWait wait = session.wait;

    private static String row(String oin, String environment, String pem) {
        return ORGANISATION + ";" + oin + ";" + environment + ";urn:nl-eid-gdi:1.0:DV:" + oin + ":entities:9001;"
                + UUID.randomUUID() + "=DIGID_SUBSTANTIEEL;\"" + pem + "\";2019-05-07\n";
    }

    private static Predicate<MimeMessage> reminder() {
        return m -> ItMail.isTo(m, MEMBER_MAIL) && ItMail.subject(m).contains("TVS-aansluiting van " + ORGANISATION);
    }

    @Test
    void shouldImportAllOrNothingThenRemindTheMembersOnceAndListWhatExpires() throws IOException {
        IssuedCertificate expiring = ItPki.certificateExpiring(OIN, ORGANISATION, Instant.now().plus(Duration.ofDays(20)));
        String pem = ItPki.pem(expiring);
        session.signIn(DemoAccount.ADMIN);

        upload("bad.csv", HEADER + "\n" + row(OIN, "preproductie", pem) + row(OIN, "preproductie", pem)
                + row("1234", "productie", pem) + row(OIN, "productie", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rejected")));
        String report = browser.findElement(By.id("rejected")).getText();
        assertThat(report).contains("niets veranderd")
                .contains("Rij 3 bevat OIN " + OIN + " met omgeving preproductie, dat al op rij 2 staat")
                .contains("Op rij 4 staat een ongeldig OIN (1234)")
                .contains("Op rij 5 is het certificaat niet te lezen");
        session.screenshot("live-import-01-rejected");
        Accessibility.assertNoViolations(browser, "live connection import with bad rows");

        upload("good.csv", HEADER + "\n" + row(OIN, "preproductie", pem));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accepted")));
        assertThat(browser.findElement(By.id("accepted")).getText()).contains("1 aansluitingen zijn geïmporteerd");

        session.signOut();
        session.signIn(DemoAccount.REVIEWER, "/reviewer/expiry.xhtml?lang=nl", "Wat verloopt");
        WebElement listed = browser.findElement(By.id("expiryForm:expiries"));
        browser.findElement(By.id("expiryForm:checkNow")).click();
        // the check's answer replaces the whole form; the list it replaces may already name the organisation
        wait.until(ExpectedConditions.stalenessOf(listed));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("expiryForm:expiries"), ORGANISATION));
        String list = browser.findElement(By.id("expiryForm:expiries")).getText();
        assertThat(list).contains(OIN).contains("preproductie").contains("Ondertekeningscertificaat").contains("geïmporteerd");
        session.screenshot("live-import-02-expiry-list");
        Accessibility.assertNoViolations(browser, "reviewers' expiry list");

        MimeMessage mail = ItMail.awaitMail(reminder(), MAIL_TIMEOUT);
        assertThat(ItMail.subject(mail)).isEqualTo("TVS-aansluiting van " + ORGANISATION + ": certificaat of metadata verloopt binnenkort");
        assertThat(ItMail.text(mail)).contains("Ondertekeningscertificaat").contains("Omgeving: preproductie").contains("Geldig tot");

        browser.findElement(By.id("expiryForm:checkNow")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("expiryForm:messages"), "0 nieuwe meldingen"));
        PortalServer.sleep(Duration.ofSeconds(5));
        assertThat(ItMail.count(reminder())).as("one reminder per item and threshold").isEqualTo(1);
    }

    private void upload(String name, String csv) throws IOException {
        browser.get(session.baseUrl + "/admin/live-connections.xhtml?lang=nl");
        Path file = ItBrowser.file(name, csv);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload:file"))).sendKeys(file.toString());
        browser.findElement(By.id("upload:import")).click();
    }
}
