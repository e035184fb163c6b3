package nl.dictu.tvs.portal.it;

import jakarta.mail.internet.MimeMessage;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One application from submission to production through the API on the real server: the job
 * executor runs the checks and delegates, the timer sends the mails to GreenMail.
 */
class ConnectionRequestIT {

    private static final String OIN = "00000099123456789000";
    private static final String ORGANISATION = "Gemeente Voorbeeldstad";
    private static final String APPLICANT_MAIL = "aanvrager@demo.tvs.example";
    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(90);

    /** The items of checklist 2026.1 for DigiD and eHerkenning without Eenmalig Inloggen. */
    private static final List<String> CHECKLIST = List.of("D1", "D2", "C1", "C2", "C3", "T1", "T2", "T3", "T4", "H1", "B1");

    private static String submission(IssuedCertificate certificate) {
        String metadata = ItPki.signedMetadata(OIN, 9001, certificate);
        String answers = CHECKLIST.stream().map(code -> "{\"code\":\"" + code + "\",\"answer\":\"YES\"}")
                .collect(java.util.stream.Collectors.joining(","));
        return "{\"services\":[{\"name\":\"Parkeervergunning\",\"minimumLevels\":[\"DIGID_MIDDEN\",\"EH3\"],"
                + "\"description\":\"Parkeervergunning aanvragen\",\"url\":\"https://www.voorbeeldstad.example/parkeren\"}],"
                + "\"eenmaligInloggen\":false,\"certificatePem\":" + jsonString(ItPki.pem(certificate)) + ","
                + "\"metadataBase64\":\"" + base64(metadata) + "\",\"termsVersion\":\"2026.1\","
                + "\"contacts\":[{\"role\":\"TECHNICAL\",\"name\":\"Tess Techniek\",\"email\":\"tess@voorbeeldstad.example\"}],"
                + "\"checklist\":[" + answers + "]}";
    }

    private static String allAccepted() {
        return "{\"verdicts\":[" + CHECKLIST.stream().map(code -> "{\"code\":\"" + code + "\",\"accepted\":true}")
                .collect(java.util.stream.Collectors.joining(",")) + "]}";
    }

    private static String jsonString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + "\"";
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Predicate<MimeMessage> mailTo(String address, String subjectPart) {
        return m -> ItMail.isTo(m, address) && ItMail.subject(m).contains(subjectPart);
    }

    private static List<String> productionUuids(String detailsJson) {
        List<String> uuids = new ArrayList<>();
        Matcher objects = Pattern.compile("\\{[^{}]*\"environment\":\"PRODUCTION\"[^{}]*}").matcher(detailsJson);
        while (objects.find()) {
            uuids.add(ApiSession.field(objects.group(), "uuid"));
        }
        return uuids;
    }

    private static long references(String applicationsJson) {
        return Pattern.compile("\"reference\":").matcher(applicationsJson).results().count();
    }

    @Test
    void shouldCarryAnApplicationFromSubmissionToProductionAndMailTheApplicant() {
        ApiSession applicant = new ApiSession(DemoAccount.APPLICANT);
        ApiSession reviewer = new ApiSession(DemoAccount.REVIEWER);
        ApiSession secondReviewer = new ApiSession(DemoAccount.REVIEWER_2);

        HttpResponse<String> submitted = applicant.post("/api/applications", submission(ItPki.certificate(OIN, ORGANISATION)));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String reference = ApiSession.field(submitted.body(), "reference");
        assertThat(reference).matches("TVS-\\d{4}-\\d{5}");

        String registration = reviewer.awaitTask(reference, "registerApplication");
        HttpResponse<String> byApplicant = applicant.complete(registration, "{\"accepted\":true}");
        assertThat(byApplicant.statusCode()).isEqualTo(403);
        assertThat(byApplicant.body()).contains("access.reviewersOnly");
        assertThat(reviewer.complete(registration, "{\"accepted\":true}").statusCode()).isEqualTo(204);
        HttpResponse<String> again = secondReviewer.complete(registration, "{\"accepted\":false,\"reason\":\"te laat\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("task.alreadyCompleted").contains("intussen al afgehandeld");

        assertThat(reviewer.complete(reviewer.awaitTask(reference, "arrangeDigidConnection"),
                "{\"reference\":\"DIGID-IT-0001\"}").statusCode()).isEqualTo(204);
        assertThat(secondReviewer.complete(secondReviewer.awaitTask(reference, "deliverTestAccounts"), "{}").statusCode())
                .isEqualTo(204);
        assertThat(applicant.complete(applicant.awaitTask(reference, "acknowledgeTestAccounts"), "{}").statusCode())
                .isEqualTo(204);
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "assessChecklist"), allAccepted()).statusCode())
                .isEqualTo(204);
        String approval = reviewer.awaitTask(reference, "approvePreproduction");
        HttpResponse<String> ownApproval = reviewer.complete(approval, "{}");
        assertThat(ownApproval.statusCode()).isEqualTo(422);
        assertThat(ownApproval.body()).contains("task.fourEyes");
        assertThat(secondReviewer.complete(approval, "{}").statusCode()).isEqualTo(204);

        MimeMessage preproduction = ItMail.awaitMail(mailTo(APPLICANT_MAIL, reference + ": aangesloten op preproductie"), MAIL_TIMEOUT);
        assertThat(ItMail.subject(preproduction)).isEqualTo("Aanvraag " + reference + ": aangesloten op preproductie");

        applicant.awaitTask(reference, "requestProduction");
        List<String> uuids = productionUuids(applicant.get("/api/applications/" + reference).body());
        assertThat(uuids).hasSize(1);
        IssuedCertificate productionCertificate = ItPki.certificate(OIN, ORGANISATION);
        String productionRequest = "{\"certificatePem\":" + jsonString(ItPki.pem(productionCertificate))
                + ",\"metadataBase64\":\"" + base64(ItPki.signedMetadata(OIN, 1, productionCertificate, uuids.get(0)))
                + "\",\"testingCompleted\":true,\"desiredGoLive\":\"2027-01-04\"}";
        HttpResponse<String> requested = applicant.post("/api/applications/" + reference + "/production-request", productionRequest);
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(204);

        assertThat(reviewer.complete(reviewer.awaitTask(reference, "assessProduction"), "{}").statusCode()).isEqualTo(204);
        assertThat(secondReviewer.complete(secondReviewer.awaitTask(reference, "approveProduction"), "{}").statusCode())
                .isEqualTo(204);

        ItMail.awaitMail(mailTo(APPLICANT_MAIL, reference + ": live op productie"), MAIL_TIMEOUT);
        String mine = applicant.get("/api/applications").body();
        assertThat(mine).contains("\"reference\":\"" + reference + "\"").contains("\"status\":\"live\"");
        assertThat(ItMail.count(mailTo(APPLICANT_MAIL, reference + ": aangesloten op preproductie"))).isEqualTo(1);
    }

    @Test
    void shouldRefuseAChangingCallWithoutTheSessionsCsrfToken() {
        ApiSession applicant = new ApiSession(DemoAccount.APPLICANT);
        String before = applicant.get("/api/applications").body();

        HttpResponse<String> forged = applicant.postWithoutCsrf("/api/applications",
                submission(ItPki.certificate(OIN, ORGANISATION)));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("error.csrf");
        assertThat(references(applicant.get("/api/applications").body())).isEqualTo(references(before));
    }
}
