package nl.dictu.tvs.portal.it;

import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON bodies of the API calls that carry an application of the demo organisation through its process. */
final class ItApplications {

    static final String OIN = "00000099123456789000";
    static final String ORGANISATION = "Gemeente Voorbeeldstad";
    /** The items of checklist 2026.1 for DigiD and eHerkenning without Eenmalig Inloggen. */
    /** The items of checklist 2026.2 an application for DigiD and eHerkenning answers (C1 comes with the production request). */
    static final List<String> CHECKLIST = List.of("D1", "D2", "C2", "C3", "T3", "T6", "L10", "S1", "S2", "H1", "B1");
    /** The answers to the production items of checklist 2026.2, as the production request's {@code checklist}. */
    static final String PRODUCTION_CHECKLIST = "\"checklist\":[{\"code\":\"C1\",\"answer\":\"YES\"}]";

    private ItApplications() {
    }

    /** A submission with preproduction metadata signed by the certificate, every checklist item answered yes. */
    static String submission(IssuedCertificate certificate, String metadata) {
        String answers = CHECKLIST.stream().map(code -> "{\"code\":\"" + code + "\",\"answer\":\"YES\"}")
                .collect(Collectors.joining(","));
        return "{\"services\":[{\"name\":\"Parkeervergunning\",\"nameEn\":\"Parking permit\",\"minimumLevels\":[\"DIGID_MIDDEN\",\"EH2_PLUS\"],"
                + "\"description\":\"Parkeervergunning aanvragen\",\"url\":\"https://www.voorbeeldstad.example/parkeren\"}],"
                + "\"eenmaligInloggen\":false,\"certificatePem\":" + jsonString(ItPki.pem(certificate)) + ","
                + "\"metadataBase64\":\"" + base64(metadata) + "\",\"termsVersion\":\"2026.1\","
                + "\"contacts\":[{\"role\":\"TECHNICAL\",\"name\":\"Tess Techniek\",\"email\":\"tess@voorbeeldstad.example\"}],"
                + "\"checklist\":[" + answers + "]}";
    }

    /**
     * Submits an application of an organisation that is not on the ALB list, through the API, and
     * waits until the process asks it for its RvIG decision; returns the reference.
     */
    static String submitWithoutAlbEntry(ApiSession applicant, String oin, String organisationName) {
        IssuedCertificate certificate = ItPki.certificate(oin, organisationName);
        HttpResponse<String> submitted = applicant.post("/api/applications",
                submission(certificate, ItPki.signedMetadata(oin, 9001, certificate)));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = ApiSession.field(submitted.body(), "reference");
        applicant.awaitTask(reference, "uploadAlbDecision");
        return reference;
    }

    static String validSubmission() {
        IssuedCertificate certificate = ItPki.certificate(OIN, ORGANISATION);
        return submission(certificate, ItPki.signedMetadata(OIN, 9001, certificate));
    }

    /** {@link #validSubmission()} saying how the web service sends its ServiceUUID (METADATA or AUTHN_REQUEST). */
    static String validSubmission(String serviceUuidDelivery) {
        return "{\"serviceUuidDelivery\":" + jsonString(serviceUuidDelivery) + "," + validSubmission().substring(1);
    }

    /** The checklist assessment: every item accepted except the rejected ones, which get the comment. */
    /** The production request's JSON: certificate, metadata (Base64), testing done, the desired go-live date. */
    static String productionRequest(IssuedCertificate certificate, String metadataBase64, String desiredGoLive) {
        return "{\"certificatePem\":" + jsonString(ItPki.pem(certificate)) + ",\"metadataBase64\":\"" + metadataBase64
                + "\",\"testingCompleted\":true,\"desiredGoLive\":\"" + desiredGoLive + "\"," + PRODUCTION_CHECKLIST + "}";
    }

    static String verdicts(List<String> items, String comment, String... rejected) {
        List<String> no = List.of(rejected);
        return "{\"verdicts\":[" + items.stream()
                .map(code -> no.contains(code)
                        ? "{\"code\":\"" + code + "\",\"accepted\":false,\"comment\":" + jsonString(comment) + "}"
                        : "{\"code\":\"" + code + "\",\"accepted\":true}")
                .collect(Collectors.joining(",")) + "]}";
    }

    /**
     * After the preproduction approval, the task the approval letter announces: preproduction metadata (index 9001,
     * signed with a new certificate of the organisation) listing the issued preproduction ServiceUUIDs; returns that
     * certificate, from then on the preproduction certificate.
     */
    static IssuedCertificate supplyPreproductionMetadata(ApiSession applicant, String reference, String oin, String organisation) {
        applicant.awaitTask(reference, "uploadPreproductionMetadata");
        List<String> uuids = serviceUuids(applicant.get("/api/applications/" + reference).body(), "PREPRODUCTION");
        IssuedCertificate certificate = ItPki.certificate(oin, organisation);
        HttpResponse<String> uploaded = applicant.post("/api/applications/" + reference + "/preproduction-metadata",
                "{\"certificatePem\":" + jsonString(ItPki.pem(certificate)) + ",\"metadataBase64\":\""
                        + base64(ItPki.signedMetadata(oin, 9001, certificate, uuids.toArray(String[]::new))) + "\"}");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(204);
        return certificate;
    }

    /** The production ServiceUUIDs in the JSON of {@code GET /api/applications/{reference}}. */
    static List<String> productionUuids(String detailsJson) {
        return serviceUuids(detailsJson, "PRODUCTION");
    }

    private static List<String> serviceUuids(String detailsJson, String environment) {
        List<String> uuids = new ArrayList<>();
        Matcher objects = Pattern.compile("\\{[^{}]*\"environment\":\"" + environment + "\"[^{}]*}").matcher(detailsJson);
        while (objects.find()) {
            uuids.add(ApiSession.field(objects.group(), "uuid"));
        }
        return uuids;
    }

    /** The correction's body: one service (more when given), one contact, certificate and metadata. */
    static String correction(IssuedCertificate certificate, String metadata, String email, String moreServices) {
        return "{\"services\":[{\"name\":\"Parkeervergunning\",\"nameEn\":\"Parking permit\",\"minimumLevels\":[\"DIGID_MIDDEN\",\"EH2_PLUS\"],"
                + "\"description\":\"Parkeervergunning aanvragen\"}" + moreServices + "],"
                + "\"contacts\":[{\"role\":\"TECHNICAL\",\"name\":\"Tess Techniek\",\"email\":" + jsonString(email) + "}],"
                + "\"certificatePem\":" + jsonString(ItPki.pem(certificate)) + ","
                + "\"metadataBase64\":\"" + base64(metadata) + "\"}";
    }

    static String jsonString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + "\"";
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
