package nl.dictu.tvs.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import static nl.dictu.tvs.portal.it.ItApplications.OIN;
import static nl.dictu.tvs.portal.it.ItApplications.ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of a change on a live connection as applicants and reviewers see them, in headless Chromium: the
 * applicant's list of live connections, the edited copy of one, and the open request; the reviewers' list of change
 * requests and one request. Each in Dutch and English, through axe-core, at 1366 and 390 px without anything wider
 * than the window, with screenshots (target/screenshots/journey).
 */
class ChangePagesBrowserIT {

    @RegisterExtension
    final ItBrowser session = new ItBrowser();

    @Test
    void shouldShowTheChangePagesAccessiblyAtDesktopAndPhoneWidth() {
        ApiSession applicant = new ApiSession(DemoAccount.APPLICANT);
        ApiSession reviewer = new ApiSession(DemoAccount.REVIEWER);
        String reference = TerminationIT.live(applicant, reviewer, new ApiSession(DemoAccount.REVIEWER_2));
        String changeReference = startedChange(applicant, reference);
        PageInspection inspection = new PageInspection();

        session.signIn(DemoAccount.APPLICANT, "/applicant/changes.xhtml?lang=nl", "Wijzigingen op live aansluitingen");
        assertThat(session.driver.findElement(By.tagName("main")).getText()).as("the live connection and its open request")
                .contains(reference).contains(changeReference)
                .as("the go-live date in the page's language").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        inspection.inBothLanguages(session.driver, "applicant-changes");
        open("/applicant/change.xhtml?reference=" + reference + "&environment=PRODUCTION");
        inspection.inBothLanguages(session.driver, "applicant-change-form");
        open("/applicant/change-request.xhtml?reference=" + changeReference);
        assertThat(session.driver.findElement(By.id("pageTitle")).getText()).contains(changeReference);
        inspection.inBothLanguages(session.driver, "applicant-change-request");
        session.signOut();

        session.signIn(DemoAccount.REVIEWER, "/reviewer/changes.xhtml?lang=nl", "Wijzigingsverzoeken");
        assertThat(session.driver.findElement(By.tagName("main")).getText()).contains(changeReference);
        inspection.inBothLanguages(session.driver, "reviewer-changes");
        open("/reviewer/change-request.xhtml?reference=" + changeReference);
        assertThat(session.driver.findElement(By.id("pageTitle")).getText()).contains(changeReference);
        assertThat(session.driver.findElement(By.id("findings")).getText())
                .as("the checks' findings in the language chosen, not the browser's (English)")
                .contains("Certificaat van").doesNotContain("Certificate of");
        inspection.inBothLanguages(session.driver, "reviewer-change-request");

        inspection.assertNoProblems();
    }

    private void open(String page) {
        session.driver.get(session.baseUrl + page);
        session.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pageTitle")));
    }

    /** A fast-lane change (a new certificate and metadata) started over the API; its reference. */
    private static String startedChange(ApiSession applicant, String reference) {
        HttpResponse<String> liveCopy = applicant.get("/api/change-requests/live?reference=" + reference + "&environment=PRODUCTION");
        assertThat(liveCopy.statusCode()).as(liveCopy.body()).isEqualTo(200);
        JsonObject live = Json.createReader(new StringReader(liveCopy.body())).readObject();
        List<String> uuids = ItApplications.productionUuids(applicant.get("/api/applications/" + reference).body());
        IssuedCertificate renewed = ItPki.certificate(OIN, ORGANISATION);
        JsonObject change = ChangeRequestIT.body(live).add("certificatePem", ItPki.pem(renewed))
                .add("metadataBase64", ItApplications.base64(ItPki.signedMetadata(OIN, 1, renewed, uuids.get(0)))).build();
        HttpResponse<String> started = applicant.post("/api/change-requests", change.toString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return ApiSession.field(started.body(), "reference");
    }
}
