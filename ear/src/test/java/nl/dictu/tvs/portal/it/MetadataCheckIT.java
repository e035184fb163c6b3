package nl.dictu.tvs.portal.it;

import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.dictu.tvs.portal.it.ItApplications.OIN;
import static nl.dictu.tvs.portal.it.ItApplications.ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Controleer uw metadata": any signed-in user checks metadata (and a certificate) without an
 * application. Good metadata shows no error; metadata of another OIN says so in plain words, in
 * Dutch and after the language switch in English; nothing is stored. A reviewer, who has no
 * organisation, can use it too.
 */
@Tag("h2-only")
class MetadataCheckIT {

    private static final String NEIGHBOUR_OIN = "00000099987654321000";

    @RegisterExtension
    final ItBrowser it = new ItBrowser();
    private final WebDriver browser = it.driver;
    private final WebDriverWait wait = it.wait;

    @Test
    void shouldCheckMetadataInPlainWordsWithoutStoringAnything() throws IOException {
        ApiSession applicant = new ApiSession(DemoAccount.APPLICANT);
        IssuedCertificate certificate = ItPki.certificate(OIN, ORGANISATION);
        Path good = ItBrowser.file("goede-metadata.xml", ItPki.signedMetadata(OIN, 9001, certificate));
        Path certificateFile = ItBrowser.file("certificaat.pem", ItPki.pem(certificate));
        Path neighbours = ItBrowser.file("metadata-buurdorp.xml", ItPki.signedMetadata(NEIGHBOUR_OIN, 9001, certificate));
        String applicationsBefore = applicant.get("/api/applications").body();
        long fileIdBefore = storedFileId(applicant);

        it.signIn(DemoAccount.APPLICANT);
        browser.findElement(By.id("navMetadataCheck")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), "Controleer uw metadata"));
        assertThat(browser.findElement(By.id("metadataCheck:oin")).getDomProperty("value")).isEqualTo(OIN);
        assertThat(browser.findElement(By.id("nothingStored")).getText()).contains("niet bewaard");
        Accessibility.assertNoViolations(browser, "metadata check, empty");

        browser.findElement(By.id("metadataCheck:check")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("metadataCheck:metadataFileError"),
                "Kies het metadatabestand"));
        assertThat(browser.getTitle()).startsWith("Fout: ");

        browser.findElement(By.id("metadataCheck:metadataFile")).sendKeys(good.toString());
        browser.findElement(By.id("metadataCheck:certificateFile")).sendKeys(certificateFile.toString());
        browser.findElement(By.id("metadataCheck:check")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertThat(browser.findElement(By.id("verdict")).getText()).contains("geen fouten");
        assertThat(browser.findElements(By.cssSelector("#findings li.tvs-finding-ERROR"))).isEmpty();
        assertThat(browser.findElement(By.id("findings")).getText()).contains("In orde").contains("Gemeente Voorbeeldstad")
                .doesNotContain("SERIALNUMBER=");
        Accessibility.assertNoViolations(browser, "metadata check without errors");

        browser.findElement(By.id("metadataCheck:metadataFile")).sendKeys(neighbours.toString());
        browser.findElement(By.id("metadataCheck:check")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings li.tvs-finding-ERROR")));
        assertThat(browser.findElement(By.id("verdict")).getText()).contains("fout").contains("gevonden");
        assertThat(browser.findElement(By.id("findings")).getText())
                .contains("Deze metadata hoort bij OIN " + NEIGHBOUR_OIN + " (Gemeente Buurdorp), niet bij uw OIN "
                        + OIN + " (Gemeente Voorbeeldstad).");
        screenshots("metadata-check-other-oin");
        Accessibility.assertNoViolations(browser, "metadata check with an error");

        browser.findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), "Check your metadata"));
        browser.findElement(By.id("metadataCheck:metadataFile")).sendKeys(neighbours.toString());
        browser.findElement(By.id("metadataCheck:check")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings li.tvs-finding-ERROR")));
        assertThat(browser.findElement(By.id("findings")).getText())
                .contains("This metadata belongs to OIN " + NEIGHBOUR_OIN + " (Gemeente Buurdorp), not to your OIN "
                        + OIN + " (Gemeente Voorbeeldstad).").contains("Error");
        screenshots("metadata-check-other-oin-en");

        assertThat(applicant.get("/api/applications").body()).as("no application started").isEqualTo(applicationsBefore);
        assertThat(storedFileId(applicant)).as("no upload kept in between").isEqualTo(fileIdBefore + 1);
    }

    @Test
    void shouldLetAReviewerCheckAnOrganisationsMetadataForTheOinTheyEnter() throws IOException {
        IssuedCertificate certificate = ItPki.certificate(NEIGHBOUR_OIN, "Gemeente Buurdorp");
        Path metadata = ItBrowser.file("buurdorp.xml", ItPki.signedMetadata(NEIGHBOUR_OIN, 1, certificate));

        it.signIn(DemoAccount.REVIEWER);
        browser.get(it.baseUrl + "/metadata-check.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("metadataCheck:oin")));
        assertThat(browser.findElement(By.id("metadataCheck:oin")).getDomProperty("value")).isEmpty();
        browser.findElement(By.id("metadataCheck:oin")).sendKeys(NEIGHBOUR_OIN);
        browser.findElement(By.cssSelector("#metadataCheck\\:environment input[value=PRODUCTION]")).click();
        browser.findElement(By.id("metadataCheck:metadataFile")).sendKeys(metadata.toString());
        browser.findElement(By.id("metadataCheck:check")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertThat(browser.findElement(By.id("verdict")).getText()).contains("geen fouten");
        assertThat(browser.findElement(By.id("checkedAt")).getText()).contains(NEIGHBOUR_OIN).contains("Productie");
    }

    /** The id of a file stored now: ids count up, so two calls one apart mean nothing was stored between them. */
    private static long storedFileId(ApiSession applicant) {
        HttpResponse<String> stored = applicant.upload("METADATA", "teller.xml", "<teller/>".getBytes(StandardCharsets.UTF_8));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(stored.body());
        assertThat(id.find()).as(stored.body()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** The outcome as a laptop (1366x900) and a phone (390x844) show it. */
    private void screenshots(String name) throws IOException {
        for (Dimension size : new Dimension[] {new Dimension(1366, 900), new Dimension(390, 844)}) {
            browser.manage().window().setSize(size);
            ((JavascriptExecutor) browser).executeScript("document.getElementById('result').scrollIntoView()");
            HeadlessChromium.screenshot(browser, name + "-" + size.getWidth() + "x" + size.getHeight());
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
