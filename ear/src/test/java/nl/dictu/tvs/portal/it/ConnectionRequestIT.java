package nl.dictu.tvs.portal.it;

import jakarta.mail.internet.MimeMessage;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

    static final String OIN = "00000099123456789000";
    static final String ORGANISATION = "Gemeente Voorbeeldstad";
    private static final String APPLICANT_MAIL = "aanvrager@demo.tvs.example";
    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(90);

    static String submission(IssuedCertificate certificate) {
        return ItApplications.submission(certificate, ItPki.signedMetadata(OIN, 9001, certificate));
    }

    private static String allAccepted() {
        return ItApplications.verdicts(ItApplications.CHECKLIST, "");
    }

    static String jsonString(String value) {
        return ItApplications.jsonString(value);
    }

    static String base64(String text) {
        return ItApplications.base64(text);
    }

    private static Predicate<MimeMessage> mailTo(String address, String subjectPart) {
        return m -> ItMail.isTo(m, address) && ItMail.subject(m).contains(subjectPart);
    }

    static List<String> productionUuids(String detailsJson) {
        return ItApplications.productionUuids(detailsJson);
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
        assertThat(secondReviewer.complete(secondReviewer.awaitTask(reference, "deliverTestAccounts"),
                "{\"reference\":\"DigiD-testaccounts 1-4 per beveiligde mail\"}").statusCode()).isEqualTo(204);
        assertThat(applicant.complete(applicant.awaitTask(reference, "acknowledgeTestAccounts"), "{}").statusCode())
                .isEqualTo(204);
        assertThat(reviewer.complete(reviewer.awaitTask(reference, "assessChecklist"), allAccepted()).statusCode())
                .isEqualTo(204);
        String approval = reviewer.awaitTask(reference, "approvePreproduction");
        HttpResponse<String> ownApproval = reviewer.complete(approval, "{\"accepted\":true}");
        assertThat(ownApproval.statusCode()).isEqualTo(422);
        assertThat(ownApproval.body()).contains("task.fourEyes");
        assertThat(secondReviewer.complete(approval, "{\"accepted\":true}").statusCode()).isEqualTo(204);
        ItApplications.supplyPreproductionMetadata(applicant, reference, OIN, ORGANISATION);

        MimeMessage preproduction = ItMail.awaitMail(mailTo(APPLICANT_MAIL, reference + ": aangesloten op preproductie"), MAIL_TIMEOUT);
        assertThat(ItMail.subject(preproduction)).isEqualTo("Aanvraag " + reference + ": aangesloten op preproductie");

        applicant.awaitTask(reference, "requestProduction");
        List<String> uuids = productionUuids(applicant.get("/api/applications/" + reference).body());
        assertThat(uuids).hasSize(1);
        IssuedCertificate productionCertificate = ItPki.certificate(OIN, ORGANISATION);
        String productionRequest = "{\"certificatePem\":" + jsonString(ItPki.pem(productionCertificate))
                + ",\"metadataBase64\":\"" + base64(ItPki.signedMetadata(OIN, 1, productionCertificate, uuids.get(0)))
                + "\",\"testingCompleted\":true,\"desiredGoLive\":\"2027-01-04\"," + ItApplications.PRODUCTION_CHECKLIST + "}";
        HttpResponse<String> requested = applicant.post("/api/applications/" + reference + "/production-request", productionRequest);
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(204);

        assertThat(reviewer.complete(reviewer.awaitTask(reference, "assessProduction"), "{\"accepted\":true}").statusCode())
                .isEqualTo(204);
        assertThat(secondReviewer.complete(secondReviewer.awaitTask(reference, "approveProduction"), "{\"accepted\":true}").statusCode())
                .isEqualTo(204);

        MimeMessage live = ItMail.awaitMail(mailTo(APPLICANT_MAIL, reference + ": live op productie"), MAIL_TIMEOUT);
        String mine = applicant.get("/api/applications").body();
        assertThat(mine).contains("\"reference\":\"" + reference + "\"").contains("\"status\":\"live\"");
        assertThat(ItMail.count(mailTo(APPLICANT_MAIL, reference + ": aangesloten op preproductie"))).isEqualTo(1);

        assertDocuments(reference, applicant, reviewer, new ApiSession(DemoAccount.ADMIN));
        assertThat(ItDocuments.pdfAttachment(live)).hasValueSatisfying(pdf -> {
            assertThat(pdf.fileName()).startsWith(reference).contains("production").endsWith(".pdf");
            assertThat(ItDocuments.verifySeal(pdf.content()).status().name()).isEqualTo("VALID");
        });
        assertThat(ItDocuments.pdfAttachment(preproduction)).hasValueSatisfying(pdf ->
                assertThat(pdf.fileName()).contains("approval"));
        MimeMessage received = ItMail.awaitMail(mailTo(APPLICANT_MAIL, reference + ": ontvangen"), MAIL_TIMEOUT);
        assertThat(ItDocuments.pdfAttachment(received)).hasValueSatisfying(pdf ->
                assertThat(pdf.fileName()).contains("receipt"));
    }

    /**
     * After a run to production every document is there; the owner and a reviewer download it with
     * the stored SHA-256 and an intact seal; someone outside the organisation gets a 404.
     */
    private static void assertDocuments(String reference, ApiSession owner, ApiSession reviewer, ApiSession outsider) {
        String path = "/api/applications/" + reference + "/documents";
        String list = reviewer.get(path).body();
        assertThat(list).contains("\"kind\":\"RECEIPT\"", "\"kind\":\"CHECKLIST_ASSESSMENT\"",
                "\"kind\":\"PREPRODUCTION_APPROVAL\"", "\"kind\":\"PRODUCTION_CONFIRMATION\"", "\"kind\":\"DOSSIER\"");
        Matcher documents = Pattern.compile("\\{[^{}]*}").matcher(list);
        int checked = 0;
        while (documents.find()) {
            Matcher idField = Pattern.compile("\"id\":(\\d+)").matcher(documents.group());
            assertThat(idField.find()).isTrue();
            String id = idField.group(1);
            String sha256 = ApiSession.field(documents.group(), "sha256");
            for (ApiSession reader : List.of(owner, reviewer)) {
                HttpResponse<byte[]> download = reader.download(path + "/" + id);
                assertThat(download.statusCode()).isEqualTo(200);
                assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                        assertThat(d).startsWith("attachment;").contains(".pdf"));
                assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
                assertThat(download.headers().firstValue("X-Content-SHA256")).contains(sha256);
                assertThat(ItDocuments.sha256(download.body())).isEqualTo(sha256);
                assertThat(ItDocuments.verifySeal(download.body()).status().name()).isEqualTo("VALID");
            }
            HttpResponse<byte[]> refused = outsider.download(path + "/" + id);
            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain(sha256).doesNotContain("%PDF");
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(6);
        assertThat(outsider.get(path).statusCode()).isEqualTo(404);
        assertThat(owner.get("/api/applications/TVS-2099-99999/documents").statusCode()).isEqualTo(404);
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
