package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin's trust pages in a real browser: the ALB list (upload, report, search) and the trust anchors. */
@Tag("h2-only")
class TrustAdminIT {

    private static final String HEADER = "oin;naam;besluitkenmerk;besluitdatum\n";
    // The demo organisation stays on the list: other tests of this server submit applications for it.
    private static final String DEMO = "00000099123456789000;Gemeente Voorbeeldstad;RvIG-DEMO-0001;2026-01-01\n";
    private static final String UTRECHT = "00000001002220647000;Gemeente Utrecht;RvIG-2021-0042;2021-03-15\n";

    @RegisterExtension
    final ItBrowser session = new ItBrowser();
    private final WebDriver browser = session.driver;
    private final WebDriverWait wait = session.wait;
    private final String baseUrl = session.baseUrl;

    @Test
    void shouldRejectABadAlbFileLineByLineThenImportAGoodOneAndFindIt(@TempDir Path dir) throws IOException {
        // given
        signIn("/admin/index.xhtml?lang=nl", "Beheer");
        browser.findElement(By.id("albLink")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), "ALB-lijst"));
        assertThat(browser.findElement(By.id("entries")).getText()).contains("Gemeente Voorbeeldstad");
        Path bad = Files.writeString(dir.resolve("alb-fout.csv"), HEADER + DEMO
                + "00000001002220647000;Gemeente Utrecht;RvIG-2021-0042;15-03-2021\n" + DEMO, StandardCharsets.UTF_8);
        Path good = Files.writeString(dir.resolve("alb-2026-11.csv"), HEADER + DEMO + UTRECHT, StandardCharsets.UTF_8);

        // when: a file with two bad lines
        browser.findElement(By.id("upload:file")).sendKeys(bad.toAbsolutePath().toString());
        browser.findElement(By.id("upload:import")).click();

        // then
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rejected")));
        String report = browser.findElement(By.id("rejected")).getText();
        assertThat(report).contains("niet geïmporteerd").contains("besluitdatum \"15-03-2021\"").contains("al op regel 2");
        assertThat(browser.findElements(By.cssSelector("#problems tbody tr"))).hasSize(2);
        assertThat(browser.findElement(By.id("entries")).getText()).doesNotContain("Gemeente Utrecht");
        session.screenshot("admin-alb-rejected-nl");

        // when: a good file
        browser.findElement(By.id("upload:file")).sendKeys(good.toAbsolutePath().toString());
        browser.findElement(By.id("upload:import")).click();

        // then
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accepted")));
        assertThat(browser.findElement(By.id("accepted")).getText()).contains("2 organisaties");
        assertThat(browser.findElement(By.id("latestImport")).getText()).contains("alb-2026-11.csv").contains("beheerder")
                .contains("3 regels");
        session.screenshot("admin-alb-imported-nl");

        // when: a search
        browser.findElement(By.id("q")).sendKeys("utrecht");
        browser.findElement(By.id("search")).click();

        // then
        wait.until(ExpectedConditions.urlContains("q=utrecht"));
        String entries = browser.findElement(By.id("entries")).getText();
        assertThat(entries).contains("Gemeente Utrecht").contains("RvIG-2021-0042").doesNotContain("Voorbeeldstad");
    }

    @Test
    void shouldRefuseToImportWithoutAFileAndShowTheTrustAnchorsInEnglish() throws IOException {
        // given
        signIn("/admin/alb.xhtml?lang=en", "ALB list");

        // when
        browser.findElement(By.id("upload:import")).click();

        // then
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload:uploadMessages")));
        assertThat(browser.findElement(By.id("upload:uploadMessages")).getText()).contains("Choose an ALB file to import first.");

        // when
        browser.get(baseUrl + "/admin/trust-anchors.xhtml");

        // then
        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), "Trust anchors"));
        String anchors = browser.findElement(By.id("anchors")).getText();
        assertThat(anchors).contains("TVS Test Root CA").contains("TVS Aansluitportaal Demo Root CA")
                .contains("Demo root (demo mode only)").containsPattern("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        session.screenshot("admin-trust-anchors-en");
    }

    private void signIn(String page, String title) {
        session.signIn(DemoAccount.ADMIN, page, title);
    }

}
