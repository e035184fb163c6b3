package nl.dictu.tvs.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static nl.dictu.tvs.portal.it.ItApplications.OIN;
import static nl.dictu.tvs.portal.it.ItApplications.ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change request on a live demo connection over the API: an unedited copy of what is live is refused before it
 * starts; new production metadata with a new certificate takes the fast lane; a second request while it is open is
 * refused with a link to the first; one reviewer's confirmation applies it as a new version of the connection with
 * a sealed change confirmation among the documents; DICTU downloads the export and records the load into TVS.
 */
class ChangeRequestIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Test
    void shouldApplyAChangeOnALiveConnectionAsANewVersionWithASealedConfirmation() {
        ApiSession applicant = new ApiSession(DemoAccount.APPLICANT);
        ApiSession reviewer = new ApiSession(DemoAccount.REVIEWER);
        ApiSession secondReviewer = new ApiSession(DemoAccount.REVIEWER_2);
        String reference = TerminationIT.live(applicant, reviewer, secondReviewer);
        HttpResponse<String> liveCopy = applicant.get("/api/change-requests/live?reference=" + reference + "&environment=PRODUCTION");
        assertThat(liveCopy.statusCode()).as(liveCopy.body()).isEqualTo(200);
        JsonObject live = Json.createReader(new StringReader(liveCopy.body())).readObject();

        HttpResponse<String> unchanged = applicant.post("/api/change-requests", body(live).build().toString());
        assertThat(unchanged.statusCode()).as(unchanged.body()).isEqualTo(422);
        assertThat(unchanged.body()).contains("change.nothingChanged")
                .contains("Dit verzoek wijzigt niets aan wat live is voor aanvraag " + reference + " (Productie)");

        List<String> uuids = ItApplications.productionUuids(applicant.get("/api/applications/" + reference).body());
        IssuedCertificate renewed = ItPki.certificate(OIN, ORGANISATION);
        String newMetadata = ItPki.signedMetadata(OIN, 1, renewed, uuids.get(0));
        JsonObject change = body(live).add("certificatePem", ItPki.pem(renewed))
                .add("metadataBase64", ItApplications.base64(newMetadata)).build();
        HttpResponse<String> preview = applicant.post("/api/change-requests/preview", change.toString());
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("\"lane\":\"FAST\"").contains("\"checksPassed\":true");

        HttpResponse<String> started = applicant.post("/api/change-requests", change.toString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String changeReference = ApiSession.field(started.body(), "reference");
        assertThat(changeReference).isEqualTo(reference + "-W1");
        assertThat(started.body()).contains("\"status\":\"OPEN\"").contains("\"waitingFor\":\"change.waiting.reviewer\"")
                .contains("\"taskKey\":\"confirmChange\"").contains("\"dueAt\":");

        JsonObject second = body(live).add("certificatePem", ItPki.pem(renewed))
                .add("metadataBase64", ItApplications.base64(ItPki.signedMetadata(OIN, 2, renewed, uuids.get(0)))).build();
        HttpResponse<String> refused = applicant.post("/api/change-requests", second.toString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("change.alreadyOpen").contains(changeReference)
                .contains("/applicant/change-request.xhtml?reference=" + changeReference)
                .contains("\"conflictsWith\":\"/api/v1/change-requests/" + changeReference + "\"");

        HttpResponse<String> confirmed = reviewer.post("/api/change-requests/" + changeReference + "/decision", "{\"accepted\":true}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(204);
        String applied = awaitView(applicant, changeReference, "\"taskKey\":\"loadIntoTvs\"");
        assertThat(applied).contains("\"status\":\"APPLIED\"").contains("\"waitingFor\":\"change.waiting.load\"")
                .containsPattern("\"appliedVersion\":\\d+").containsPattern("\"confirmationDocumentId\":\\d+");

        HttpResponse<byte[]> current = applicant.download("/api/applications/" + reference + "/submitted/PRODUCTION_METADATA");
        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(new String(current.body(), StandardCharsets.UTF_8)).isEqualTo(newMetadata);

        byte[] pdf = ItDocuments.documentOfKind(applicant, reference, "CHANGE_CONFIRMATION");
        assertThat(ItDocuments.verifySeal(pdf).status().name()).isEqualTo("VALID");
        assertThat(ItDocuments.text(pdf)).contains("Bevestiging wijziging aansluiting").contains(changeReference)
                .contains("Metadata (SHA-256)");

        HttpResponse<byte[]> export = reviewer.download("/api/change-requests/" + changeReference + "/export");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(new String(export.body(), StandardCharsets.UTF_8)).contains(changeReference).contains(uuids.get(0))
                .contains("catalogueEntries").contains("minimumLevels");
        assertThat(applicant.post("/api/change-requests/" + changeReference + "/loaded", "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> loaded = reviewer.post("/api/change-requests/" + changeReference + "/loaded", "{}");
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(204);
        assertThat(applicant.get("/api/change-requests/" + changeReference).body())
                .contains("\"waitingFor\":\"change.waiting.nobody\"").containsPattern("\"loadedAt\":\"[^\"]+\"");
    }

    /** The live copy as a change request body: what it holds, without its version number. */
    static JsonObjectBuilder body(JsonObject live) {
        return Json.createObjectBuilder()
                .add("reference", live.getString("reference"))
                .add("environment", live.getString("environment"))
                .add("services", live.getJsonArray("services"))
                .add("contacts", live.getJsonArray("contacts"))
                .add("certificatePem", live.getString("certificatePem"))
                .add("metadataBase64", live.getString("metadataBase64"));
    }

    /** The change request's view once it contains {@code expected}; fails after the timeout. */
    static String awaitView(ApiSession session, String changeReference, String expected) {
        Instant until = Instant.now().plus(TIMEOUT);
        String view = "";
        while (Instant.now().isBefore(until)) {
            view = session.get("/api/change-requests/" + changeReference).body();
            if (view.contains(expected)) {
                return view;
            }
            PortalServer.sleep(Duration.ofMillis(300));
        }
        throw new AssertionError(changeReference + " did not reach " + expected + ": " + view);
    }
}
