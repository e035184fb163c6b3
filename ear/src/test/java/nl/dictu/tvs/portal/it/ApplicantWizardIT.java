package nl.dictu.tvs.portal.it;

import jakarta.mail.internet.MimeMessage;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant portal in headless Chromium, by keyboard only: register in the demo, the wizard
 * "Aansluiten op TVS" with a certificate and metadata from the test PKI (first metadata of another
 * organisation, then the right one), leaving and resuming the draft, the summary's errors, the
 * submission, and inviting a colleague. Every page through axe-core and without CSP violations;
 * screenshots of each step in target/screenshots.
 */
@Tag("h2-only")
class ApplicantWizardIT {

    private static final String DEMO_OIN = "00000099123456789000";
    private static final String DEMO_ORGANISATION = "Gemeente Voorbeeldstad";
    private static final String PASSWORD = "een lang wachtwoord voor de test";
    /** Enough of a PDF for the upload check, which decides the type by content. */

    private final String baseUrl = PortalServer.shared().baseUrl();
    private KeyboardBrowser keys;

    @BeforeEach
    void openBrowser() {
        keys = new KeyboardBrowser(HeadlessChromium.start());
    }

    @AfterEach
    void closeBrowser() {
        keys.driver().quit();
    }

    @Test
    void shouldRegisterFillInTheWizardResumeItAfterLoggingOutAndSubmit() throws IOException {
        String number = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        String oin = "00000099" + number + "000";
        String organisation = "Gemeente Toetsdorp " + number;
        String username = "nina" + number + "@toetsdorp.example";

        register(number, true);

        keys.awaitTitle("Organisatie");
        assertThat(keys.element("oin").getDomProperty("value")).isEqualTo(oin);
        assertThat(keys.element("contactTECHNICALName").getDomProperty("value")).as("the name given at registration")
                .isEqualTo("Nina Nieuw");
        assertThat(keys.element("contactTECHNICALEmail").getDomProperty("value")).isEqualTo("nina" + number + "@toetsdorp.example");
        assertSameLook("contactTECHNICALPhone", "contactTECHNICALName");
        keys.typeAndStay("oin", "0000009912");
        keys.awaitText("oinError", "20 cijfers");
        keys.typeAndStay("oin", oin);
        keys.awaitText("oinError", "In orde");
        keys.check("wizard-1-organisation");
        fillOrganisationStep();

        fillServicesStep();

        IssuedCertificate certificate = ItPki.certificate(oin, organisation);
        String otherOin = "00000099" + (Long.parseLong(number) + 1) + "000";
        IssuedCertificate otherCertificate = ItPki.certificate(otherOin, "Gemeente Elders");
        keys.chooseFile("certificateFile", file("certificate-" + number + ".pem", ItPki.pem(certificate)));
        keys.chooseFile("metadataFile", file("wrong-metadata-" + number + ".xml",
                ItPki.signedMetadata(otherOin, 9001, otherCertificate)));
        keys.enter("upload");
        new WebDriverWait(keys.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings li.tvs-finding-ERROR")));
        assertThat(keys.text("findings")).contains(otherOin).contains("Fout");
        keys.check("wizard-3-certificate-wrong-oin");
        keys.chooseFile("metadataFile", file("metadata-" + number + ".xml", ItPki.signedMetadata(oin, 9001, certificate)));
        keys.enter("upload");
        keys.awaitText("read", "urn:nl-eid-gdi:1.0:DV:" + oin);
        assertThat(keys.text("uploadResultNotice")).contains("metadata-" + number + ".xml").contains("opgeslagen en gecontroleerd");
        assertThat(activeElementId()).as("the page opens at the upload's outcome").isEqualTo("uploadResult");
        assertThat(keys.driver().findElements(By.cssSelector("#findings li.tvs-finding-ERROR"))).isEmpty();
        assertThat(keys.text("findings")).contains("In orde");
        keys.check("wizard-3-certificate");
        keys.enter("next");

        keys.awaitTitle("ALB-lijst");
        assertThat(keys.text("albStatus")).contains("staat niet op de ALB-lijst");
        keys.chooseFile("albDecisionFile", file("besluit-" + number + ".pdf", ItBrowser.MINIMAL_PDF));
        keys.enter("uploadDecision");
        keys.awaitText("albDecisionCurrent", "besluit-" + number + ".pdf");
        keys.check("wizard-4-alb");
        keys.enter("next");

        List<String> wizardOrder = answerChecklistStep(true);
        keys.awaitTitle("Voorwaarden");
        keys.check("wizard-6-terms");
        followProgressLink("Overzicht en indienen");

        keys.awaitTitle("Overzicht en indienen");
        assertThat(keys.text("summaryErrors")).contains("Accepteer de voorwaarden");
        keys.check("wizard-7-summary-with-error");
        WebElement toTerms = keys.element("summaryErrors").findElement(By.cssSelector("a[href$='terms.xhtml#acceptTerms']"));
        toTerms.sendKeys(Keys.ENTER);
        keys.awaitTitle("Voorwaarden");
        assertThat(keys.driver().getCurrentUrl()).endsWith("#acceptTerms");

        keys.enter("logout");
        keys.element("loggedOut");
        signIn(username, PASSWORD);
        assertThat(keys.text("draft")).as("Mijn aanvragen lists the draft, saved by a person's name")
                .contains("Nina Nieuw").contains("Voorwaarden").doesNotContain(username);
        assertThat(keys.text("applications")).doesNotContain("nog geen aanvragen");
        keys.check("applicant-home-with-draft");
        keys.screenshotAt("applicant-home-with-draft-1366", 1366, 900);
        keys.screenshotAt("applicant-home-with-draft-phone", 390, 844);
        keys.enter("resumeDraft");
        keys.awaitTitle("Voorwaarden");
        assertThat(keys.text("main")).contains("Laatst opgeslagen door Nina Nieuw");
        followProgressLink("Organisatie");
        keys.awaitTitle("Organisatie");
        assertThat(keys.element("oin").getDomProperty("value")).isEqualTo(oin);
        assertThat(keys.element("contactTECHNICALName").getDomProperty("value")).isEqualTo("Tess Techniek");
        followProgressLink("Voorwaarden");
        keys.awaitTitle("Voorwaarden");
        keys.space("acceptTerms");
        followProgressLink("Overzicht en indienen");

        keys.awaitTitle("Overzicht en indienen");
        assertThat(keys.text("summaryReady")).contains("U kunt de aanvraag indienen");
        assertThat(keys.text("main")).contains("besluit-" + number + ".pdf").contains("DigiD Midden");
        keys.check("wizard-7-summary");
        String reference = submitTwiceAtOnce();
        keys.driver().get(baseUrl + "/applicant/apply/summary.xhtml?lang=nl");
        keys.awaitText("alreadySubmitted", "al ingediend als " + reference);
        assertThat(keys.driver().findElements(By.id("summaryErrors"))).as("an empty draft's errors").isEmpty();
        assertThat(keys.element("toSubmittedApplication").getDomAttribute("href")).contains("reference=" + reference);
        keys.check("wizard-summary-after-submission");

        // Not on the ALB list, but the RvIG decision came with the application: once the automated
        // checks ran, the process skips the upload and goes straight to DICTU's verification, which
        // the submitted page names, with links to the application and its receipt.
        awaitOnSubmittedPage(reference, "waitingFor", "RvIG-besluit verifiëren");
        awaitOnSubmittedPage(reference, "toReceipt", "");
        keys.check("wizard-submitted");
        keys.screenshotAt("wizard-submitted-1366", 1366, 900);
        keys.screenshotAt("wizard-submitted-phone", 390, 844);
        assertThat(keys.element("toApplication").getDomAttribute("href"))
                .contains("/applicant/application.xhtml?reference=" + reference);

        PortalClient applicant = new PortalClient(baseUrl);
        applicant.signIn(username, PASSWORD);
        byte[] receipt = applicant.getBytes(PortalClient.pathOf(keys.element("toReceipt").getDomAttribute("href"))).body();
        String receiptText = ItDocuments.text(receipt);
        assertThat(receiptText).as("the receipt lists every upload under its own name")
                .contains("certificate-" + number + ".pem").contains("metadata-" + number + ".xml")
                .contains("besluit-" + number + ".pdf").contains("inlogknop.pdf");
        assertThat(receiptText).as("contacts and service details on the receipt")
                .contains("Tess Techniek").contains("tess@toetsdorp.example")
                .contains("Een parkeervergunning aanvragen en wijzigen").contains("https://www.toetsdorp.example/parkeren");
        assertThat(orderIn(receiptText, wizardOrder)).as("the receipt's checklist in the wizard's order").isEqualTo(wizardOrder);

        keys.enter("toApplication");
        keys.awaitTitle("Aanvraag " + reference);
        assertThat(keys.text("submittedContent")).contains("Tess Techniek").contains("tess@toetsdorp.example")
                .contains("besluit-" + number + ".pdf").contains("inlogknop.pdf");
        assertThat(keys.text("services")).contains("https://www.toetsdorp.example/parkeren");
        keys.check("applicant-application-contacts");
        keys.screenshotAt("applicant-application-contacts-1366", 1366, 900);
        keys.screenshotAt("applicant-application-contacts-phone", 390, 844);

        reviewerOpensTheDecisionAndTheUploads(reference, number, certificate, oin);
    }

    /**
     * The RvIG decision, the certificate and the metadata as the reviewer who verifies the decision
     * downloads them; the contacts and service details on the reviewer's dossier and in the dossier
     * PDF; and another organisation's applicant learns nothing of the files.
     */
    private void reviewerOpensTheDecisionAndTheUploads(String reference, String number, IssuedCertificate certificate,
                                                       String oin) throws IOException {
        ApiSession reviewer = new ApiSession(DemoAccount.REVIEWER);
        reviewer.awaitTask(reference, "verifyAlbDecision");
        keys.enter("logout");
        keys.element("loggedOut");
        keys.driver().get(baseUrl + "/reviewer/application.xhtml?lang=nl&reference=" + reference);
        keys.element("username").sendKeys(DemoAccount.REVIEWER.username);
        keys.element("password").sendKeys(DemoAccount.PASSWORD, Keys.ENTER);
        keys.awaitTitle("Aanvraag " + reference);
        WebElement decisionLink = keys.element("decision-verifyAlbDecision").findElement(By.className("tvs-alb-decision-file"));
        assertThat(decisionLink.getText()).contains("besluit-" + number + ".pdf");
        assertThat(reviewer.download(PortalClient.pathOf(decisionLink.getDomAttribute("href"))).body())
                .isEqualTo(ItBrowser.MINIMAL_PDF.getBytes(StandardCharsets.UTF_8));
        String decisionHref = decisionLink.getDomAttribute("href");
        String form = keys.text("dossierForm:tabs:submittedContent");
        assertThat(form).contains("Tess Techniek").contains("tess@toetsdorp.example")
                .contains("Een parkeervergunning aanvragen en wijzigen").contains("https://www.toetsdorp.example/parkeren");
        keys.check("reviewer-application-submitted-content");
        keys.screenshotAt("reviewer-application-submitted-content-1366", 1366, 900);
        keys.screenshotAt("reviewer-application-submitted-content-phone", 390, 844);
        String certificateLink = keys.element("dossierForm:tabs:submittedContent")
                .findElement(By.partialLinkText("certificate-" + number + ".pem")).getDomAttribute("href");
        String metadataLink = keys.element("dossierForm:tabs:submittedContent")
                .findElement(By.partialLinkText("metadata-" + number + ".xml")).getDomAttribute("href");
        assertThat(new String(reviewer.download(PortalClient.pathOf(certificateLink)).body(), StandardCharsets.UTF_8))
                .isEqualTo(ItPki.pem(certificate));
        assertThat(new String(reviewer.download(PortalClient.pathOf(metadataLink)).body(), StandardCharsets.UTF_8))
                .contains("urn:nl-eid-gdi:1.0:DV:" + oin);
        ApiSession neighbour = new ApiSession(DemoAccount.NEIGHBOUR);
        for (String link : List.of(decisionHref, certificateLink, metadataLink)) {
            assertThat(neighbour.download(PortalClient.pathOf(link)).statusCode()).as(link).isEqualTo(404);
        }
        // the ALB tab, opened from the keyboard (fetched when it opens), links the same decision
        keys.driver().findElement(By.cssSelector("a[href$='albTab']")).sendKeys(Keys.ENTER);
        assertThat(keys.element("dossierForm:tabs:albDecisionFile").getDomAttribute("href")).isEqualTo(decisionHref);

        String dossier = reviewer.post("/api/applications/" + reference + "/documents/dossier", "").body();
        byte[] dossierPdf = reviewer.download("/api/applications/" + reference + "/documents/"
                + dossier.replaceAll(".*\"id\":(\\d+).*", "$1")).body();
        assertThat(ItDocuments.text(dossierPdf)).contains("Tess Techniek").contains("https://www.toetsdorp.example/parkeren")
                .contains("besluit-" + number + ".pdf");
    }

    /**
     * A double click on "Aanvraag indienen", as the server sees it: the summary form posted twice at
     * once. Both end on the page of the one application made, never on the error page.
     */
    private String submitTwiceAtOnce() {
        @SuppressWarnings("unchecked")
        List<String> outcomes = (List<String>) ((JavascriptExecutor) keys.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('submitForm');
                const body = () => { const data = new URLSearchParams(new FormData(form)); data.append('submit', 'x'); return data; };
                const post = () => fetch(form.action, {method: 'POST', body: body(), credentials: 'same-origin'})
                        .then(r => r.text().then(t => r.url + ' ' + (t.includes('error-500') ? 'ERROR-500' : 'ok')));
                Promise.all([post(), post()]).then(done, e => done(['failed ' + e]));
                """);
        assertThat(outcomes).hasSize(2).allSatisfy(o -> assertThat(o).contains("/applicant/apply/submitted.xhtml?reference=TVS-")
                .endsWith(" ok"));
        String reference = reference(outcomes.get(0));
        assertThat(reference(outcomes.get(1))).isEqualTo(reference);
        return reference;
    }

    /** The submitted page, reloaded until the element holds the text (the process moves on asynchronously). */
    private void awaitOnSubmittedPage(String reference, String id, String text) {
        new WebDriverWait(keys.driver(), Duration.ofSeconds(90)).pollingEvery(Duration.ofSeconds(2)).until(driver -> {
            driver.get(baseUrl + "/applicant/apply/submitted.xhtml?lang=nl&reference=" + reference);
            List<WebElement> found = driver.findElements(By.id(id));
            return !found.isEmpty() && found.get(0).getText().contains(text);
        });
    }

    private static List<String> orderIn(String text, List<String> codes) {
        return codes.stream().sorted(java.util.Comparator.comparingInt(code -> {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(code) + "\\b").matcher(text);
            return m.find() ? m.start() : Integer.MAX_VALUE;
        })).toList();
    }

    @Test
    void shouldSaveWhatWasTypedWhenLoggingOutAtOnce() throws IOException {
        String number = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        String username = register(number, false);
        keys.awaitTitle("Organisatie");
        for (int attempt = 1; attempt <= 4; attempt++) {
            String name = "Tess Techniek " + attempt;
            keys.typeAndStay("contactTECHNICALName", name);
            // a pointer click: the field loses focus (its save starts) while the logout is posted
            keys.driver().findElement(By.id("logout")).click();
            new WebDriverWait(keys.driver(), Duration.ofSeconds(30)).until(driver ->
                    !driver.findElements(By.id("loggedOut")).isEmpty() || !driver.findElements(By.id("error-500")).isEmpty());
            assertThat(keys.driver().findElements(By.id("error-500"))).as("attempt %d ends on the error page", attempt).isEmpty();
            assertThat(keys.text("loggedOut")).contains("uitgelogd");
            signIn(username, PASSWORD);
            keys.enter("resumeDraft");
            keys.awaitTitle("Organisatie");
            assertThat(keys.element("contactTECHNICALName").getDomProperty("value")).as("attempt %d", attempt).isEqualTo(name);
        }
        keys.check("wizard-after-logout-race");
    }

    /**
     * Registers a new organisation in the demo, through one refusal when asked, and completes it with
     * the mailed link; returns the user name (the address).
     */
    private String register(String number, boolean throughRefusal) {
        String oin = "00000099" + number + "000";
        String username = "nina" + number + "@toetsdorp.example";
        keys.driver().get(baseUrl + "/login.xhtml?lang=nl");
        keys.element("registerLink");
        if (throughRefusal) {
            keys.check("login-with-registration");
        }
        keys.enter("registerLink");
        keys.awaitTitle("Organisatie registreren (demo)");
        keys.type("oin", throughRefusal ? "12345" : oin);
        keys.type("organisationName", "Gemeente Toetsdorp " + number);
        fillAccount(username);
        if (throughRefusal) {
            assertThat(keys.element("backToLogin").getDomAttribute("href")).contains("/login.xhtml");
            keys.check("register");
            keys.enter("register");
            keys.awaitText("formRefusal", "20 cijfers");
            assertThat(keys.text("formRefusal")).as("every problem at once").contains("niet gelijk");
            assertThat(keys.text("oinError")).contains("20 cijfers");
            assertThat(keys.text("passwordRepeatError")).contains("niet gelijk");
            assertThat(keys.text("emailError")).isEmpty();
            assertThat(keys.element("displayName").getDomProperty("value")).as("what was typed stays").isEqualTo("Nina Nieuw");
            assertThat(keys.element("email").getDomProperty("value")).isEqualTo(username);
            assertThat(keys.element("organisationName").getDomProperty("value")).isEqualTo("Gemeente Toetsdorp " + number);
            assertThat(keys.text("passwordRetype")).contains("opnieuw");
            keys.check("register-refused");
            keys.screenshotAt("register-refused-1366", 1366, 900);
            keys.screenshotAt("register-refused-phone", 390, 844);
            keys.type("oin", oin);
        }
        keys.type("password", PASSWORD);
        keys.type("passwordRepeat", PASSWORD);
        keys.enter("register");
        keys.awaitText("registrationSent", username);
        if (throughRefusal) {
            keys.check("register-sent");
        }
        keys.driver().get(baseUrl + "/register.xhtml?lang=nl&token=" + ItMail.registrationToken(username));
        keys.awaitText("completeIntro", "Gemeente Toetsdorp " + number);
        if (throughRefusal) {
            keys.check("register-complete");
        }
        keys.enter("complete");
        return username;
    }

    @Test
    void shouldSubmitTheDemoOrganisationsApplicationWithEvidenceWhichThenWaitsForDictu() throws IOException {
        signIn(DemoAccount.APPLICANT.username, DemoAccount.PASSWORD);
        keys.driver().get(baseUrl + "/applicant/apply/organisation.xhtml?lang=en");
        keys.awaitTitle("Organisation");
        assertThat(keys.text("progress")).contains("Certificate and metadata").contains("Summary and submit");
        keys.check("wizard-1-organisation-en");
        keys.driver().get(baseUrl + "/applicant/apply/services.xhtml");
        keys.awaitTitle("Services");
        assertThat(keys.text("eenmaligInloggenHint")).contains("Logging out applies to your web service only")
                .doesNotContain("everywhere");
        keys.driver().get(baseUrl + "/applicant/index.xhtml?lang=nl");
        keys.awaitTitle("Mijn aanvragen");
        keys.enter("apply");
        keys.awaitTitle("Organisatie");
        fillOrganisationStep();
        fillServicesStep();
        IssuedCertificate certificate = ItPki.certificate(DEMO_OIN, DEMO_ORGANISATION);
        keys.chooseFile("certificateFile", file("demo-certificate.pem", ItPki.pem(certificate)));
        keys.chooseFile("metadataFile", file("demo-metadata.xml", ItPki.signedMetadata(DEMO_OIN, 9002, certificate)));
        keys.enter("upload");
        keys.awaitText("read", "urn:nl-eid-gdi:1.0:DV:" + DEMO_OIN);
        keys.enter("next");
        keys.awaitTitle("ALB-lijst");
        assertThat(keys.text("albStatus")).contains("staat op de ALB-lijst als \"" + DEMO_ORGANISATION + "\"");
        keys.check("wizard-4-alb-registered");
        keys.enter("next");
        answerChecklistStep(true);
        keys.awaitTitle("Voorwaarden");
        keys.space("acceptTerms");
        keys.enter("next");
        keys.awaitTitle("Overzicht en indienen");
        keys.element("summaryReady");
        keys.enter("submit");

        keys.awaitTitle("Aanvraag ingediend");
        String reference = reference(keys.text("submitted"));
        awaitOnSubmittedPage(reference, "waitingFor", "Volgende stap: Aanvraag registreren. DICTU is aan zet.");
        keys.enter("toHome");
        awaitApplicationStep(reference, "Aanvraag registreren");
        keys.check("applicant-home-after-submission");
    }

    @Test
    void shouldInviteAColleagueWhoChoosesAPasswordAndJoinsTheOrganisation() {
        String number = String.valueOf(ThreadLocalRandom.current().nextLong(100_000L, 999_999L));
        String email = "collega" + number + "@voorbeeldstad.example";
        signIn(DemoAccount.APPLICANT.username, DemoAccount.PASSWORD);
        keys.enter("people");
        keys.awaitTitle("Organisatie en mensen");
        assertThat(keys.text("members")).contains("Anne Aanvrager").contains("Aanvrager");
        keys.check("organisation");
        keys.type("inviteEmail", email);
        keys.choose("inviteRole", "Technisch contactpersoon");
        keys.enter("invite");
        keys.awaitText("inviteSent", email);
        assertThat(keys.text("invitations")).contains(email).contains("Technisch contactpersoon");
        keys.check("organisation-invited");
        keys.enter("logout");
        keys.element("loggedOut");

        MimeMessage mail = ItMail.awaitMail(m -> ItMail.isTo(m, email), Duration.ofSeconds(60));
        assertThat(ItMail.subject(mail)).contains(DEMO_ORGANISATION);
        String link = invitationLink(mail);
        keys.driver().get(link + "&lang=nl");
        keys.awaitTitle("Uitnodiging aannemen");
        assertThat(keys.text("main")).contains(DEMO_ORGANISATION).contains("Technisch contactpersoon").contains(email);
        keys.check("invitation");
        keys.type("displayName", "Cas Collega");
        keys.type("password", "kort");
        keys.type("passwordRepeat", "kort");
        keys.enter("accept");
        keys.awaitText("formRefusal", "minstens 12");
        keys.check("invitation-refused");
        keys.type("password", PASSWORD);
        keys.type("passwordRepeat", PASSWORD);
        keys.enter("accept");

        keys.awaitTitle("Mijn aanvragen");
        assertThat(keys.text("signedInUser")).isEqualTo("Cas Collega");
        keys.enter("people");
        keys.awaitTitle("Organisatie en mensen");
        assertThat(keys.text("members")).contains("Cas Collega").contains("Technisch contactpersoon");
        assertThat(keys.text("invitations")).doesNotContain(email);

        keys.enter("logout");
        keys.element("loggedOut");
        keys.driver().get(link + "&lang=nl");
        keys.awaitText("invitationProblem", "al gebruikt");
        keys.check("invitation-used");
        signIn(email, PASSWORD);
        assertThat(keys.text("signedInUser")).as("the invited address is the user name").isEqualTo("Cas Collega");
    }

    private void fillAccount(String email) {
        keys.type("displayName", "Nina Nieuw");
        keys.type("email", email);
        keys.type("password", PASSWORD);
        keys.type("passwordRepeat", PASSWORD + " anders");
    }

    private void fillOrganisationStep() {
        keys.type("contactTECHNICALName", "Tess Techniek");
        keys.type("contactTECHNICALEmail", "geen-adres");
        keys.awaitText("contactTECHNICALEmailError", "ongeldig");
        assertThat(keys.text("contactTECHNICALEmailError")).as("the role by its label").contains("Technisch contactpersoon")
                .doesNotContain("TECHNICAL");
        keys.type("contactTECHNICALEmail", "tess@toetsdorp.example");
        keys.awaitText("contactTECHNICALEmailError", "");
        assertThat(keys.text("contactTECHNICALEmailError")).isEmpty();
        keys.enter("next");
        keys.awaitTitle("Diensten");
    }

    private void fillServicesStep() {
        String tooLong = "Parkeervergunning aanvragen, wijzigen en opzeggen voor bewoners en bezoekers";
        assertThat(tooLong).hasSizeGreaterThan(64);
        assertThat(Integer.parseInt(keys.element("service0Name").getDomAttribute("maxlength")))
                .as("wider than the limit, so nothing typed is cut off").isGreaterThan(64);
        keys.type("service0Name", tooLong);
        keys.awaitText("service0NameError", "langer dan 64 tekens");
        keys.type("service0Url", "http://www.toetsdorp.example/parkeren");
        keys.awaitText("service0UrlError", "https://");
        assertThat(keys.text("service0UrlError")).contains("hoogstens 512 tekens");
        keys.enter("next");
        keys.awaitTitle("Certificaat en metadata");
        keys.driver().get(baseUrl + "/applicant/apply/services.xhtml?lang=en");
        keys.awaitText("service0NameError", "longer than 64 characters");
        assertThat(keys.text("service0UrlError")).contains("https://").contains("at most 512 characters");
        assertThat(keys.element("service0Name").getDomProperty("value")).as("nothing typed is lost").isEqualTo(tooLong);
        assertThat(keys.element("service0Url").getDomProperty("value")).isEqualTo("http://www.toetsdorp.example/parkeren");
        keys.driver().get(baseUrl + "/applicant/apply/services.xhtml?lang=nl");
        keys.awaitTitle("Diensten");
        assertThat(looksOf("previous")).as("a secondary button looks unlike the primary one").isNotEqualTo(looksOf("next"));
        assertSameLook("service0Url", "service0Name");
        keys.type("service0Name", "Parkeervergunning");
        keys.type("service0NameEn", "Parking permit");
        keys.type("service0Description", "Een parkeervergunning aanvragen en wijzigen");
        keys.type("service0Url", "https://www.toetsdorp.example/parkeren");
        keys.choose("service0DIGID", "DigiD Midden");
        // TVS's rule: logging out ends the session at this web service only, never everywhere
        assertThat(keys.text("eenmaligInloggenHint")).contains("Uitloggen geldt alleen bij uw webdienst")
                .doesNotContain("overal");
        keys.space("eenmaligInloggenChoice:1");
        keys.check("wizard-2-services");
        keys.enter("next");
        keys.awaitTitle("Certificaat en metadata");
    }

    /** Answers every item yes; returns the item codes in the wizard's order. */
    private List<String> answerChecklistStep(boolean withEvidence) throws IOException {
        keys.awaitTitle("Checklist");
        List<WebElement> yes = keys.driver().findElements(By.cssSelector("input[type=radio][id$='Choice:0']"));
        assertThat(yes).isNotEmpty();
        List<String> codes = keys.driver().findElements(By.cssSelector("fieldset[id^='answerC']")).stream()
                .map(e -> e.getDomAttribute("id").substring("answer".length())).distinct().toList();
        for (WebElement radio : yes) {
            radio.sendKeys(Keys.SPACE);
            keys.awaitAjax();
        }
        if (withEvidence) {
            WebElement upload = keys.element("answerC2").findElement(By.id("answerC2Upload"));
            assertThat(upload.getLocation().getY()).as("the evidence upload above the step's buttons")
                    .isLessThan(keys.element("next").getLocation().getY());
            keys.chooseFile("answerC2Evidence", file("inlogknop.pdf", ItBrowser.MINIMAL_PDF));
            keys.enter("answerC2Upload");
            keys.awaitText("answerC2", "Bewijsstuk: inlogknop.pdf");
            assertThat(keys.text("answerC2Notice")).contains("inlogknop.pdf").contains("opgeslagen en gecontroleerd");
            assertThat(activeElementId()).as("the page opens at the item").isEqualTo("answerC2");
            assertThat(looksOf("removeEvidenceanswerC2")).as("a destructive button looks unlike the others")
                    .isNotEqualTo(looksOf("next")).isNotEqualTo(looksOf("previous"));
            keys.screenshotAt("wizard-5-checklist-evidence-1366", 1366, 900);
            keys.screenshotAt("wizard-5-checklist-evidence-phone", 390, 844);
        }
        keys.check(withEvidence ? "wizard-5-checklist-with-evidence" : "wizard-5-checklist");
        keys.enter("next");
        return codes;
    }

    private String activeElementId() {
        return (String) ((JavascriptExecutor) keys.driver()).executeScript("return document.activeElement.id;");
    }

    /** How a button looks: its colours and border. */
    private String looksOf(String id) {
        return (String) ((JavascriptExecutor) keys.driver()).executeScript(
                "const s = getComputedStyle(document.getElementById(arguments[0]));"
                        + "return [s.backgroundColor, s.color, s.borderTopColor].join(' ');", id);
    }

    /** Two inputs look alike: font, padding, border and height. */
    private void assertSameLook(String id, String likeId) {
        String script = "const s = getComputedStyle(document.getElementById(arguments[0]));"
                + "return [s.fontSize, s.fontFamily, s.paddingTop, s.paddingLeft, s.borderTopWidth, s.borderTopStyle,"
                + " s.borderTopColor, s.borderTopLeftRadius, s.backgroundColor, document.getElementById(arguments[0]).offsetHeight].join(' ');";
        JavascriptExecutor js = (JavascriptExecutor) keys.driver();
        assertThat(js.executeScript(script, id)).as("%s looks like %s", id, likeId).isEqualTo(js.executeScript(script, likeId));
    }

    private void followProgressLink(String stepName) {
        keys.element("progress").findElement(By.partialLinkText(stepName)).sendKeys(Keys.ENTER);
    }

    private void signIn(String username, String password) {
        keys.driver().get(baseUrl + "/applicant/index.xhtml?lang=nl");
        keys.element("loginForm");
        keys.element("username").sendKeys(username);
        keys.element("password").sendKeys(password, Keys.ENTER);
        keys.awaitTitle("Mijn aanvragen");
    }

    private void awaitApplicationStep(String reference, String step) {
        new WebDriverWait(keys.driver(), Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2)).until(driver -> {
            driver.navigate().refresh();
            String table = driver.findElement(By.id("applications")).getText();
            return table.lines().anyMatch(line -> line.contains(reference) && line.contains(step));
        });
    }

    private static String reference(String text) {
        Matcher matcher = Pattern.compile("TVS-\\d{4}-\\d{5}").matcher(text);
        assertThat(matcher.find()).as("a reference in: %s", text).isTrue();
        return matcher.group();
    }

    private static String invitationLink(MimeMessage mail) {
        try {
            Matcher matcher = Pattern.compile("http\\S+invitation\\.xhtml\\?token=[A-Za-z0-9_-]+")
                    .matcher(String.valueOf(mail.getContent()));
            assertThat(matcher.find()).as("an invitation link in the mail").isTrue();
            return matcher.group();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path file(String name, String content) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/it/wizard-files"));
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
