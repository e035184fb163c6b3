package nl.dictu.tvs.portal.it;

import jakarta.mail.internet.MimeMessage;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static nl.dictu.tvs.portal.it.ItApplications.OIN;
import static nl.dictu.tvs.portal.it.ItApplications.ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant ends a live connection through the API: a day in the past is refused with a message a
 * person can act on; today ends it at once, with a sealed confirmation PDF among the documents and by mail
 * to the members, and the application's status becomes terminated. A second termination is refused, and the
 * reviewer's page, which offered DICTU's termination form while the connection was live, no longer does. DICTU
 * ends a live connection from that form, which is then gone.
 */
class TerminationIT {

    private static final String APPLICANT_MAIL = "aanvrager@demo.tvs.example";
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Test
    void shouldEndALiveConnectionWithASealedConfirmation() {
        ApiSession applicant = new ApiSession(DemoAccount.APPLICANT);
        ApiSession reviewer = new ApiSession(DemoAccount.REVIEWER);
        ApiSession secondReviewer = new ApiSession(DemoAccount.REVIEWER_2);
        String reference = live(applicant, reviewer, secondReviewer);
        String path = "/api/applications/" + reference + "/termination";
        String reviewerPage = "/reviewer/application.xhtml?reference=" + reference;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        assertThat(reviewer.get(reviewerPage).body()).as("DICTU may end a live connection").contains("id=\"terminationForm\"");

        HttpResponse<String> past = applicant.post(path, "{\"endsOn\":\"" + today.minusDays(1) + "\",\"reason\":\"Dienst stopt\"}");
        assertThat(past.statusCode()).as(past.body()).isEqualTo(422);
        assertThat(past.body()).contains("termination.date.past")
                .contains("De datum " + today.minusDays(1) + " ligt in het verleden. Kies vandaag (" + today + ") of een latere dag.");
        assertThat(applicant.get(path.replace("/termination", "/documents")).body()).doesNotContain("TERMINATION_CONFIRMATION");

        HttpResponse<String> ended = applicant.post(path, "{\"endsOn\":\"" + today + "\",\"reason\":\"De dienst wordt opgeheven\"}");
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(204);

        byte[] pdf = ItDocuments.documentOfKind(applicant, reference, "TERMINATION_CONFIRMATION");
        assertThat(ItDocuments.verifySeal(pdf).status().name()).isEqualTo("VALID");
        assertThat(ItDocuments.text(pdf)).contains("Bevestiging beëindiging aansluiting").contains(reference)
                .contains("De dienst wordt opgeheven");

        MimeMessage mail = ItMail.awaitMail(m -> ItMail.isTo(m, APPLICANT_MAIL)
                && ItMail.subject(m).equals("Aanvraag " + reference + ": aansluiting wordt beëindigd"), TIMEOUT);
        assertThat(ItDocuments.pdfAttachment(mail)).hasValueSatisfying(attachment ->
                assertThat(attachment.fileName()).contains("termination-confirmation"));
        assertThat(applicant.get("/api/applications").body())
                .containsPattern("\"reference\":\"" + reference + "\"[^}]*\"status\":\"terminated\"");

        assertThat(reviewer.get(reviewerPage).body()).as("an ended connection is not offered for ending again")
                .contains("id=\"pageTitle\"").doesNotContain("id=\"terminationForm\"");

        HttpResponse<String> again = applicant.post(path, "{\"endsOn\":\"" + today + "\",\"reason\":\"nogmaals\"}");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("termination.already");
    }

    @Test
    void shouldLetDictuEndALiveConnectionFromTheReviewersPage() {
        ApiSession applicant = new ApiSession(DemoAccount.APPLICANT);
        ApiSession reviewer = new ApiSession(DemoAccount.REVIEWER);
        String reference = live(applicant, reviewer, new ApiSession(DemoAccount.REVIEWER_2));
        String path = "/reviewer/application.xhtml?reference=" + reference;
        String page = reviewer.get(path).body();
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

        HttpResponse<String> ended = reviewer.client().postForm(path, FacesForm.fields(page, "terminationForm",
                "terminationForm:terminate", Map.of("terminationForm:endsOn", today,
                        "terminationForm:reason", "Beëindigd op verzoek van de beheerder")));
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        assertThat(ended.body()).contains("De beëindiging is vastgelegd en de bevestiging is uitgegeven.")
                .doesNotContain("id=\"terminationForm\"");
        assertThat(ItDocuments.text(ItDocuments.documentOfKind(applicant, reference, "TERMINATION_CONFIRMATION")))
                .contains("Beëindigd op verzoek van de beheerder");
    }

    /** An application of the demo organisation carried to production, as ConnectionRequestIT does. */
    static String live(ApiSession applicant, ApiSession reviewer, ApiSession secondReviewer) {
        HttpResponse<String> submitted = applicant.post("/api/applications", ConnectionRequestIT.submission(ItPki.certificate(OIN, ORGANISATION)));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = ApiSession.field(submitted.body(), "reference");
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "registerApplication"), "{\"accepted\":true}").statusCode()).isEqualTo(204);
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "arrangeDigidConnection"),
                "{\"reference\":\"DIGID-IT-TERM\"}").statusCode()).isEqualTo(204);
        assertThat(secondReviewer.complete(secondReviewer.awaitTask(reference, "deliverTestAccounts"),
                "{\"reference\":\"DigiD-testaccounts per beveiligde mail\"}").statusCode()).isEqualTo(204);
        assertThat(applicant.complete(applicant.awaitTask(reference, "acknowledgeTestAccounts"), "{}").statusCode()).isEqualTo(204);
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "assessChecklist"),
                ItApplications.verdicts(ItApplications.CHECKLIST, "")).statusCode()).isEqualTo(204);
        assertThat(secondReviewer.complete(secondReviewer.awaitTask(reference, "approvePreproduction"), "{\"accepted\":true}").statusCode())
                .isEqualTo(204);
        ItApplications.supplyPreproductionMetadata(applicant, reference, OIN, ORGANISATION);
        applicant.awaitTask(reference, "requestProduction");
        List<String> uuids = ItApplications.productionUuids(applicant.get("/api/applications/" + reference).body());
        IssuedCertificate productionCertificate = ItPki.certificate(OIN, ORGANISATION);
        String productionRequest = "{\"certificatePem\":" + ItApplications.jsonString(ItPki.pem(productionCertificate))
                + ",\"metadataBase64\":\"" + ItApplications.base64(ItPki.signedMetadata(OIN, 1, productionCertificate, uuids.get(0)))
                + "\",\"testingCompleted\":true,\"desiredGoLive\":\"2027-01-04\"," + ItApplications.PRODUCTION_CHECKLIST + "}";
        assertThat(applicant.post("/api/applications/" + reference + "/production-request", productionRequest).statusCode())
                .isEqualTo(204);
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "assessProduction"), "{\"accepted\":true}").statusCode()).isEqualTo(204);
        assertThat(secondReviewer.complete(secondReviewer.awaitTask(reference, "approveProduction"), "{\"accepted\":true}").statusCode())
                .isEqualTo(204);
        ItMail.awaitMail(m -> ItMail.isTo(m, APPLICANT_MAIL) && ItMail.subject(m).contains(reference + ": live op productie"), TIMEOUT);
        return reference;
    }
}
