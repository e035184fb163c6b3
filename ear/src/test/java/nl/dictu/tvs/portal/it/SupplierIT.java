package nl.dictu.tvs.portal.it;

import nl.dictu.tvs.portal.trust.testpki.ClusterCredentials;
import nl.dictu.tvs.portal.trust.testpki.ClusterMember;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo supplier (Leverancier Clusterdiensten) applies for a cluster connection for the demo municipality:
 * without the municipality's mandate the wizard names the missing mandate; the supplier invites, a member without
 * the signatory role cannot accept, the municipality's signatory does; the supplier submits its cluster metadata
 * with the municipality as member, a reviewer sees the cluster and its members, the municipality sees what the
 * supplier did in its name, and the aansluitbestand is exported (XLSX and CSV) and imported again, a file with a
 * bad row rejected by row number.
 */
@Tag("h2-only")
class SupplierIT {

    private static final String SUPPLIER_OIN = "00000099444444440000";
    private static final String SUPPLIER = "Leverancier Clusterdiensten";
    /**
     * The demo municipality's signatory; not a {@link DemoAccount}: like every signatory it sets up two-step
     * verification before it lands anywhere, which this test does.
     */
    private static final String SIGNATORY = "tekenaar";

    @RegisterExtension
    final ItBrowser it = new ItBrowser();
    private final WebDriver browser = it.driver;
    private final WebDriverWait wait = it.wait;

    @Test
    void shouldLetASupplierWithTheMunicipalitysMandateApplyForAClusterAndKeepItsAansluitbestand() throws IOException {
        PortalClient supplier = new ApiSession(DemoAccount.SUPPLIER).client();
        ClusterCredentials cluster = ItPki.clusterCredentials(SUPPLIER_OIN, SUPPLIER,
                List.of(new ClusterMember(ItApplications.OIN, ItApplications.ORGANISATION)));
        WizardOverHttp.fillDraft(supplier, Map.of("clusterMembers", ItApplications.OIN + ": Parkeervergunning, Afvalpas"),
                cluster.certificatePem(), cluster.signedMetadata());
        assertThat(supplier.get(WizardOverHttp.SUMMARY).body()).as("the summary without the municipality's mandate")
                .contains("Er is geen geldige machtiging van Gemeente Voorbeeldstad (OIN " + ItApplications.OIN + ") aan " + SUPPLIER);

        it.signIn(DemoAccount.SUPPLIER);
        browser.get(it.baseUrl + "/applicant/mandates.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mandateOin"))).sendKeys(ItApplications.OIN);
        browser.findElement(By.id("mandateInvite")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mandateDone"))).getText())
                .contains(SUPPLIER, ItApplications.ORGANISATION);
        assertThat(browser.findElement(By.id("mandates")).getText()).contains("Wacht op een tekenbevoegde");
        Accessibility.assertNoViolations(browser, "supplier's mandates");

        browser.manage().deleteAllCookies();
        it.signIn(DemoAccount.APPLICANT);
        browser.get(it.baseUrl + "/applicant/mandates.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$=':accept']"))).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("formRefusal"))).getText())
                .contains("Alleen een tekenbevoegde van Gemeente Voorbeeldstad kan de machtiging aan " + SUPPLIER + " aanvaarden");

        // the signatory sets up two-step verification first, as every signatory does, and accepts
        PortalClient signatory = PortalClient.forSharedServer();
        signatory.signIn(SIGNATORY, DemoAccount.PASSWORD);
        ItTotp.enrol(signatory);
        String mandates = signatory.get("/applicant/mandates.xhtml").body();
        String accepted = signatory.postForm("/applicant/mandates.xhtml",
                FacesForm.fields(mandates, "mandatesForm", "mandates:0:accept", Map.of())).body();
        assertThat(accepted).contains("De machtiging is aanvaard.", "Geldig");

        Map<String, String> submit = FacesForm.fields(supplier.get(WizardOverHttp.SUMMARY).body(), "submitForm", "submit", Map.of());
        HttpResponse<String> submitted = supplier.postForm(WizardOverHttp.SUMMARY, submit);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
        String location = submitted.headers().firstValue("Location").orElseThrow();
        String reference = location.substring(location.indexOf("reference=") + "reference=".length());

        browser.get(it.baseUrl + "/applicant/mandates.xhtml");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actedFor"))).getText())
                .contains("leverancier", SUPPLIER, "clusterApplicationSubmitted");
        Accessibility.assertNoViolations(browser, "served organisation's mandates");

        browser.manage().deleteAllCookies();
        it.signIn(DemoAccount.REVIEWER);
        browser.get(it.baseUrl + "/reviewer/application.xhtml?reference=" + reference);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clusterMembers"))).getText())
                .contains(ItApplications.OIN, ItApplications.ORGANISATION, "Parkeervergunning, Afvalpas", "Staat op de ALB-lijst");
        assertThat(browser.findElement(By.id("organisationKind")).getText()).contains("Leverancier clusteraansluiting");
        it.screenshot("reviewer-sees-cluster-members");

        HttpResponse<byte[]> xlsx = supplier.getBytes("/applicant/aansluitbestand?reference=" + reference
                + "&environment=preproduction&format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("spreadsheetml"));
        HttpResponse<byte[]> csv = supplier.getBytes("/applicant/aansluitbestand?reference=" + reference
                + "&environment=preproduction&format=csv");
        assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("oin;naam;aangesloten;afgesloten", ItApplications.OIN + ";" + ItApplications.ORGANISATION + ";");

        browser.manage().deleteAllCookies();
        it.signIn(DemoAccount.SUPPLIER);
        browser.get(it.baseUrl + "/applicant/application.xhtml?reference=" + reference);
        Path bad = ItBrowser.file("aansluitbestand-fout.csv", "oin;naam;aangesloten;afgesloten\n"
                + ItApplications.OIN + ";" + ItApplications.ORGANISATION + ";2026-01-05;\n"
                + "00000099987654321000;Gemeente Buurdorp;2026-01-05;\n");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("aansluitbestandFile"))).sendKeys(bad.toString());
        browser.findElement(By.id("aansluitbestandImport")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("formRefusal"))).getText())
                .contains("niets veranderd", "Regel 3: Gemeente Buurdorp (OIN 00000099987654321000) staat niet in de clustermetadata");

        Path exported = Files.createDirectories(Path.of("target/uploads")).resolve("aansluitbestand.xlsx");
        Files.write(exported, xlsx.body());
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("aansluitbestandEnvironment"))))
                .selectByValue("PREPRODUCTION");
        browser.findElement(By.id("aansluitbestandFile")).sendKeys(exported.toAbsolutePath().toString());
        browser.findElement(By.id("aansluitbestandImport")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("aansluitbestandDone"))).getText())
                .isEqualTo("Het aansluitbestand is ingelezen: 1 organisaties.");
        assertThat(browser.findElement(By.id("cluster")).getText()).contains(ItApplications.OIN);
        Accessibility.assertNoViolations(browser, "supplier's cluster application");
    }
}
