package nl.dictu.tvs.portal.it;

import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import static nl.dictu.tvs.portal.it.ItApplications.OIN;
import static nl.dictu.tvs.portal.it.ItApplications.ORGANISATION;
import static nl.dictu.tvs.portal.it.ItApplications.base64;
import static nl.dictu.tvs.portal.it.ItApplications.jsonString;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the pages keep hold for the API too, because they live in the services: a correction
 * changes only what it may and is refused while the checks still find errors, the go-live date of a
 * production request is required and not in the past, a task takes only its kind of decision, the
 * ServiceUUID mode an application recorded decides what its production metadata must list, and a user
 * name is stored stripped and in lower case. Refusals name their field.
 */
class ServiceRulesOverApiIT {

    /** An OIN other than the organisation's: metadata naming it fails the automated checks. */
    private static final String WRONG_OIN = "00000099111111111000";

    @Test
    void shouldKeepWhatACorrectionMayNotChangeAndRefuseOneTheChecksStillFail() {
        ApiSession applicant = new ApiSession(DemoAccount.APPLICANT);
        IssuedCertificate certificate = ItPki.certificate(OIN, ORGANISATION);
        String reference = submit(applicant, ItApplications.submission(certificate,
                ItPki.signedMetadata(WRONG_OIN, 9001, certificate)));
        applicant.awaitTask(reference, "correctApplication");
        String checklistBefore = applicant.get("/api/applications/" + reference + "/checklist").body();

        HttpResponse<String> stillFailing = applicant.post("/api/applications/" + reference + "/correction",
                ItApplications.correction(certificate, ItPki.signedMetadata(WRONG_OIN, 9001, certificate), "tess@voorbeeldstad.example", ""));
        assertThat(stillFailing.statusCode()).as(stillFailing.body()).isEqualTo(422);
        assertThat(stillFailing.body()).contains("\"messageKey\":\"applicant.correct.findingsRemain\"")
                .contains("De controle vindt nog fouten");

        String validMetadata = ItPki.signedMetadata(OIN, 9001, certificate);
        HttpResponse<String> badEmail = applicant.post("/api/applications/" + reference + "/correction",
                ItApplications.correction(certificate, validMetadata, "geen-adres", ""));
        assertThat(badEmail.statusCode()).as(badEmail.body()).isEqualTo(422);
        assertThat(badEmail.body()).contains("\"field\":\"contacts[0].email\"")
                .contains("\"messageKey\":\"application.invalid.contactEmail\"");
        HttpResponse<String> withoutEidas = applicant.post("/api/applications/" + reference + "/correction",
                ItApplications.correction(certificate, validMetadata, "tess@voorbeeldstad.example",
                        ",{\"name\":\"Zorgdossier\",\"nameEn\":\"Care file\",\"minimumLevels\":[\"DIGID_SUBSTANTIEEL\"]}"));
        assertRefused(withoutEidas, "services[1].minimumLevels", "application.invalid.eidasRequired");
        assertThat(withoutEidas.body()).contains("Bron: eIDAS-verordening");
        HttpResponse<String> noPurpose = applicant.post("/api/applications/" + reference + "/correction",
                ItApplications.correction(certificate, validMetadata, "tess@voorbeeldstad.example",
                        ",{\"name\":\"Afvalpas\",\"nameEn\":\"Waste pass\",\"minimumLevels\":[\"EH2\"],"
                                + "\"requestedAttributes\":[{\"name\":\"FirstName\",\"purposeNl\":\"Aanspreken\"}]}"));
        assertRefused(noPurpose, "services[1].requestedAttributes[0].purposeEn", "application.invalid.purposeStatementEn");
        HttpResponse<String> twice = applicant.post("/api/applications/" + reference + "/correction",
                ItApplications.correction(certificate, validMetadata, "tess@voorbeeldstad.example",
                        ",{\"name\":\"Parkeervergunning\",\"nameEn\":\"Parking permit\",\"minimumLevels\":[\"DIGID_BASIS\"]}"));
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(422);
        assertThat(twice.body()).contains("\"field\":\"services[1].name\"")
                .contains("\"messageKey\":\"application.invalid.duplicateService\"");

        String tryingMore = ItApplications.correction(certificate, validMetadata, "tess@voorbeeldstad.example", "")
                .replaceFirst("}$", ",\"eenmaligInloggen\":true,\"termsVersion\":\"1999.1\",\"checklist\":[]}");
        HttpResponse<String> corrected = applicant.post("/api/applications/" + reference + "/correction", tryingMore);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(204);

        String dossier = applicant.get("/api/applications/" + reference).body();
        assertThat(dossier).contains("\"currentVersion\":2").contains("\"eenmaligInloggen\":false")
                .contains("\"name\":\"Parkeervergunning\"");
        String checklistAfter = applicant.get("/api/applications/" + reference + "/checklist").body();
        assertThat(checklistAfter).contains("\"versionNumber\":2");
        for (String code : ItApplications.CHECKLIST) {
            assertThat(checklistAfter).as("answer to %s kept", code).contains("\"code\":\"" + code + "\"");
        }
        assertThat(yesAnswers(checklistAfter)).isEqualTo(yesAnswers(checklistBefore)).isEqualTo(ItApplications.CHECKLIST.size());
    }

    @Test
    void shouldRefuseAWrongDecisionForATaskAndAGoLiveDateInThePast() {
        ApiSession applicant = new ApiSession(DemoAccount.APPLICANT);
        ApiSession reviewer = new ApiSession(DemoAccount.REVIEWER);
        ApiSession secondReviewer = new ApiSession(DemoAccount.REVIEWER_2);
        String reference = submit(applicant, ItApplications.validSubmission());

        String registration = reviewer.awaitTask(reference, "registerApplication");
        assertRefused(reviewer.complete(registration, "{\"reference\":\"DIGID-1\"}"), "reference", "decision.referenceNotTaken");
        assertRefused(reviewer.complete(registration, "{\"accepted\":true,\"reason\":\"prima\"}"), "reason",
                "decision.reasonOnlyWithRejection");
        assertRefused(reviewer.complete(registration, "{\"verdicts\":[{\"code\":\"D1\",\"accepted\":true}]}"), "verdicts",
                "decision.verdictsNotTaken");
        assertThat(reviewer.complete(registration, "{\"accepted\":true}").statusCode()).isEqualTo(204);

        String digid = reviewer.awaitTask(reference, "arrangeDigidConnection");
        assertRefused(reviewer.complete(digid, "{\"accepted\":true,\"reference\":\"DIGID-RULES-1\"}"), "accepted",
                "decision.outcomeNotTaken");
        assertThat(reviewer.complete(digid, "{\"reference\":\"DIGID-RULES-1\"}").statusCode()).isEqualTo(204);
        assertThat(secondReviewer.complete(secondReviewer.awaitTask(reference, "deliverTestAccounts"),
                "{\"reference\":\"DigiD-testaccounts 1-4 per beveiligde mail\"}").statusCode()).isEqualTo(204);
        assertThat(applicant.complete(applicant.awaitTask(reference, "acknowledgeTestAccounts"), "{}").statusCode())
                .isEqualTo(204);

        String assessment = reviewer.awaitTask(reference, "assessChecklist");
        assertRefused(reviewer.complete(assessment, "{\"accepted\":true}"), "accepted", "decision.checklist.perItemOnly");
        assertThat(reviewer.complete(assessment, ItApplications.verdicts(ItApplications.CHECKLIST, "")).statusCode())
                .isEqualTo(204);
        String approval = secondReviewer.awaitTask(reference, "approvePreproduction");
        HttpResponse<String> refusedWithoutReason = secondReviewer.complete(approval, "{\"accepted\":false}");
        assertThat(refusedWithoutReason.statusCode()).as(refusedWithoutReason.body()).isEqualTo(422);
        assertThat(refusedWithoutReason.body()).contains("decision.reasonRequired");
        assertThat(secondReviewer.complete(approval, "{}").body()).contains("decision.acceptOrRejectRequired");
        assertThat(secondReviewer.complete(approval, "{\"accepted\":true}").statusCode()).isEqualTo(204);

        ItApplications.supplyPreproductionMetadata(applicant, reference, ItApplications.OIN, ItApplications.ORGANISATION);
        applicant.awaitTask(reference, "requestProduction");
        List<String> uuids = ItApplications.productionUuids(applicant.get("/api/applications/" + reference).body());
        assertThat(uuids).hasSize(1);
        IssuedCertificate production = ItPki.certificate(OIN, ORGANISATION);
        String metadata = base64(ItPki.signedMetadata(OIN, 1, production, uuids.get(0)));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        assertRefused(applicant.post("/api/applications/" + reference + "/production-request",
                ItApplications.productionRequest(production, metadata, today.minusDays(1).toString())), "desiredGoLive",
                "applicant.production.goLiveInPast");
        assertRefused(applicant.post("/api/applications/" + reference + "/production-request",
                ItApplications.productionRequest(production, metadata, "")), "desiredGoLive", "applicant.production.goLiveRequired");
        HttpResponse<String> requested = applicant.post("/api/applications/" + reference + "/production-request",
                ItApplications.productionRequest(production, metadata, today.plusDays(1).toString()));
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(204);
        reviewer.awaitTask(reference, "assessProduction");
    }

    @Test
    void shouldAcceptProductionMetadataWithoutAttributeConsumingServiceOnlyWhenTheServiceUuidTravelsInTheAuthnRequest() {
        ApiSession applicant = new ApiSession(DemoAccount.APPLICANT);
        assertRefused(applicant.post("/api/applications", ItApplications.validSubmission("IN_A_HEADER")),
                "serviceUuidDelivery", "application.invalid.serviceUuidDelivery");
        String inAuthnRequest = toProductionRequest(applicant, ItApplications.validSubmission("AUTHN_REQUEST"));
        String inMetadata = toProductionRequest(applicant, ItApplications.validSubmission("METADATA"));
        assertThat(applicant.get("/api/applications/" + inAuthnRequest).body()).contains("\"serviceUuidDelivery\":\"AUTHN_REQUEST\"");
        assertThat(applicant.get("/api/applications/" + inMetadata).body()).contains("\"serviceUuidDelivery\":\"METADATA\"");
        LocalDate goLive = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1);

        for (String reference : List.of(inAuthnRequest, inMetadata)) {
            IssuedCertificate production = ItPki.certificate(OIN, ORGANISATION);
            String withoutAttributeConsumingService = base64(ItPki.signedMetadata(OIN, 1, production));
            HttpResponse<String> requested = applicant.post("/api/applications/" + reference + "/production-request",
                    ItApplications.productionRequest(production, withoutAttributeConsumingService, goLive.toString()));
            assertThat(requested.statusCode()).as(requested.body()).isEqualTo(204);
        }

        new ApiSession(DemoAccount.REVIEWER).awaitTask(inAuthnRequest, "assessProduction");
        applicant.awaitTask(inMetadata, "correctProductionRequest");
        String metadataModeDetails = applicant.get("/api/applications/" + inMetadata).body();
        String missingUuid = ItApplications.productionUuids(metadataModeDetails).get(0);
        assertThat(metadataModeDetails).contains("\"code\":\"METADATA_SERVICE_UUID_MISSING\"").contains(missingUuid);
        assertThat(applicant.get("/api/applications/" + inAuthnRequest).body())
                .doesNotContain("METADATA_SERVICE_UUID_MISSING");
    }

    @Test
    void shouldStoreAUserNameStrippedAndInLowerCase() {
        ApiSession admin = new ApiSession(DemoAccount.ADMIN);
        String name = "Rules.Beoordelaar" + (System.nanoTime() % 1_000_000);
        String lower = name.toLowerCase(java.util.Locale.ROOT);

        HttpResponse<String> created = admin.post("/api/users", newUser("  " + name + " "));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(ApiSession.field(created.body(), "username")).isEqualTo(lower);
        assertThat(ApiSession.field(created.body(), "oneTimePassword")).isNotBlank();
        String users = admin.get("/api/users").body();
        assertThat(users).contains("\"username\":\"" + lower + "\"").doesNotContain(name);

        assertRefused(admin.post("/api/users", newUser(name.toUpperCase(java.util.Locale.ROOT))), "username",
                "admin.users.usernameTaken");
    }

    /** Submits and walks the application, every decision positive, to the applicant's production request. */
    private static String toProductionRequest(ApiSession applicant, String submission) {
        ApiSession reviewer = new ApiSession(DemoAccount.REVIEWER);
        ApiSession secondReviewer = new ApiSession(DemoAccount.REVIEWER_2);
        String reference = submit(applicant, submission);
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "registerApplication"), "{\"accepted\":true}").statusCode())
                .isEqualTo(204);
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "arrangeDigidConnection"), "{\"reference\":\"DIGID-UUID-1\"}")
                .statusCode()).isEqualTo(204);
        assertThat(secondReviewer.complete(secondReviewer.awaitTask(reference, "deliverTestAccounts"),
                "{\"reference\":\"DigiD-testaccounts 1-4 per beveiligde mail\"}").statusCode()).isEqualTo(204);
        assertThat(applicant.complete(applicant.awaitTask(reference, "acknowledgeTestAccounts"), "{}").statusCode())
                .isEqualTo(204);
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "assessChecklist"),
                ItApplications.verdicts(ItApplications.CHECKLIST, "")).statusCode()).isEqualTo(204);
        assertThat(secondReviewer.complete(secondReviewer.awaitTask(reference, "approvePreproduction"), "{\"accepted\":true}")
                .statusCode()).isEqualTo(204);
        if (!submission.contains("\"serviceUuidDelivery\":\"AUTHN_REQUEST\"")) {
            // in AuthnRequest mode the process asks for no updated metadata
            ItApplications.supplyPreproductionMetadata(applicant, reference, ItApplications.OIN, ItApplications.ORGANISATION);
        }
        applicant.awaitTask(reference, "requestProduction");
        return reference;
    }

    private static long yesAnswers(String checklistJson) {
        return Pattern.compile("\"answer\":\"YES\"").matcher(checklistJson).results().count();
    }

    private static String submit(ApiSession applicant, String submission) {
        HttpResponse<String> submitted = applicant.post("/api/applications", submission);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return ApiSession.field(submitted.body(), "reference");
    }

    private static void assertRefused(HttpResponse<String> response, String field, String messageKey) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"")
                .contains("\"messageKey\":\"" + messageKey + "\"").contains("\"message\":\"");
    }


    private static String newUser(String username) {
        return "{\"username\":" + jsonString(username) + ",\"displayName\":\"Regels Beoordelaar\","
                + "\"email\":\"regels@dictu.example\",\"roles\":[\"reviewer\"]}";
    }
}
