package nl.dictu.tvs.portal.it;

import jakarta.json.JsonObject;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API v1 as an integrator meets it: a client registered on the portal gets a token with a
 * private_key_jwt assertion, lists and submits its organisation's applications (an Idempotency-Key
 * retry submits once), answers a correction the checks asked for (the application goes back to review as its next
 * version), and every refusal is a problem document: 401, 403, 404, 422, 429.
 */
class ApiV1IT {

    private static final String APPLICATIONS = "/api/v1/applications";
    private static final String FOREIGN = "TVS-DEMO-00001";
    /** An OIN other than the organisation's: metadata naming it fails the automated checks. */
    private static final String WRONG_OIN = "00000099111111111000";

    @Test
    void shouldListAndSubmitOnceWithAnIdempotencyKey() {
        ApiV1Client client = ApiV1Client.registeredBy(DemoAccount.APPLICANT, "Koppeling " + UUID.randomUUID(),
                "APPLICATIONS_READ", "APPLICATIONS_SUBMIT");
        String token = client.token(null);

        HttpResponse<String> listed = client.get(APPLICATIONS + "?pageSize=100", token);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(listed.headers().firstValue("API-Version")).hasValue("1.0.0");
        assertThat(listed.body()).contains(FOREIGN).contains("\"_links\"");
        int before = ApiV1Client.json(listed.body()).getInt("totalItems");

        String key = UUID.randomUUID().toString();
        String submission = ItApplications.validSubmission();
        HttpResponse<String> first = client.post(APPLICATIONS, submission, token, key);
        HttpResponse<String> again = client.post(APPLICATIONS, submission, token, key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.headers().firstValue("API-Version")).hasValue("1.0.0");
        String reference = ApiV1Client.json(first.body()).getString("reference");
        HttpResponse<String> after = client.get(APPLICATIONS + "?pageSize=100", token);
        assertThat(ApiV1Client.json(after.body()).getInt("totalItems")).isEqualTo(before + 1);
        assertThat(client.get(APPLICATIONS + "/" + reference, token).body()).contains(reference);

        HttpResponse<String> otherBody = client.post(APPLICATIONS, submission.replace("Parkeervergunning\"", "Afvalpas\""),
                token, key);
        assertProblem(otherBody, 422, "api.idempotency.otherRequest");
    }

    @Test
    void shouldAnswer404ForAnotherOrganisationsApplicationAsThePagesDo() {
        ApiV1Client neighbour = ApiV1Client.registeredBy(DemoAccount.NEIGHBOUR, "Buurdorp " + UUID.randomUUID(),
                "APPLICATIONS_READ", "APPLICATIONS_SUBMIT");
        String token = neighbour.token(null);

        assertProblem(neighbour.get(APPLICATIONS + "/" + FOREIGN, token), 404, "access.notYourApplication");
        assertProblem(neighbour.post(APPLICATIONS + "/" + FOREIGN + "/withdrawal", "", token, null), 404,
                "access.notYourApplication");
        assertThat(neighbour.get(APPLICATIONS, token).body()).doesNotContain(FOREIGN);
    }

    @Test
    void shouldAnswer401WithoutAValidTokenAndAfterRevocation() {
        ApiV1Client client = ApiV1Client.registeredBy(DemoAccount.APPLICANT, "Ingetrokken " + UUID.randomUUID(),
                "APPLICATIONS_READ");
        String token = client.token(null);
        assertThat(client.get(APPLICATIONS, token).statusCode()).isEqualTo(200);

        assertProblem(client.get(APPLICATIONS, null), 401, "api.token.missing");
        assertProblem(client.get(APPLICATIONS, token + "x"), 401, "api.token.invalid");
        client.revokeOnPortal(DemoAccount.APPLICANT);
        HttpResponse<String> revoked = client.get(APPLICATIONS, token);
        assertProblem(revoked, 401, "api.token.revoked");
        assertThat(revoked.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertProblem(client.requestToken(client.assertion(), null), 401, "api.assertion.revoked");
    }

    @Test
    void shouldRefuseAssertionsForAnotherAudienceExpiredOrReplayed() {
        ApiV1Client client = ApiV1Client.registeredBy(DemoAccount.APPLICANT, "Asserties " + UUID.randomUUID(),
                "APPLICATIONS_READ");
        String assertion = client.assertion();
        assertThat(client.requestToken(assertion, null).statusCode()).isEqualTo(200);

        assertProblem(client.requestToken(assertion, null), 401, "api.assertion.replayed");
        assertProblem(client.requestToken(client.assertion("https://elsewhere.example/token", Instant.now().plusSeconds(60),
                UUID.randomUUID().toString()), null), 401, "api.assertion.audience");
        assertProblem(client.requestToken(client.assertion(PortalServer.shared().environment().get("TVS_PUBLIC_URL")
                + ApiV1Client.TOKEN_PATH, Instant.now().minusSeconds(120), UUID.randomUUID().toString()), null), 401,
                "api.assertion.expired");
    }

    @Test
    void shouldAnswer403WhenTheTokenLacksTheScope() {
        ApiV1Client client = ApiV1Client.registeredBy(DemoAccount.APPLICANT, "Alleen lezen " + UUID.randomUUID(),
                "APPLICATIONS_READ", "APPLICATIONS_SUBMIT");
        String readOnly = client.token("applications:read");

        HttpResponse<String> refused = client.post(APPLICATIONS, ItApplications.validSubmission(), readOnly, null);

        assertProblem(refused, 403, "api.scope.missing");
        assertThat(ApiV1Client.json(refused.body()).getString("detail")).contains("applications:submit");
    }

    @Test
    void shouldAnswer429WithRetryAfterPastTheClientsTokenLimit() {
        ApiV1Client client = ApiV1Client.registeredBy(DemoAccount.CARE_PROVIDER, "Druk " + UUID.randomUUID(),
                "APPLICATIONS_READ");
        HttpResponse<String> answer = null;
        for (int i = 0; i < 25; i++) {
            answer = client.requestToken(client.assertion(), null);
            if (answer.statusCode() != 200) {
                break;
            }
        }

        assertProblem(answer, 429, "limit.tooMany");
        assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
    }

    @Test
    void shouldRefuseTheStepsAnApplicationIsNotWaitingForAsProblems() {
        ApiV1Client client = ApiV1Client.registeredBy(DemoAccount.APPLICANT, "Stappen " + UUID.randomUUID(),
                "APPLICATIONS_READ", "APPLICATIONS_SUBMIT");
        String token = client.token(null);
        HttpResponse<String> submitted = client.post(APPLICATIONS, ItApplications.validSubmission(), token, null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String application = APPLICATIONS + "/" + ApiV1Client.json(submitted.body()).getString("reference");
        IssuedCertificate certificate = ItPki.certificate(ItApplications.OIN, ItApplications.ORGANISATION);

        JsonObject correction = assertProblem(client.post(application + "/correction", "{\"services\":[]}", token,
                UUID.randomUUID().toString()), 422, "application.noCorrectionExpected");
        assertProblem(client.post(application + "/production-request", ItApplications.productionRequest(certificate,
                ItApplications.base64(ItPki.signedMetadata(ItApplications.OIN, 1, certificate)), "2099-01-05"), token, null),
                422, "application.noProductionRequestExpected");
        assertProblem(client.post(application + "/test-accounts-acknowledgement", "", token, null), 422,
                "api.testAccounts.notExpected");
        HttpResponse<String> members = client.get(application + "/cluster-members", token);

        assertThat(correction.getString("detail")).contains("TVS-");
        assertThat(members.statusCode()).as(members.body()).isEqualTo(200);
        assertThat(ApiV1Client.json(members.body()).getInt("totalItems")).isZero();
        assertProblem(client.get("/api/v1/served-organisations", token), 403, "api.scope.missing");
        assertProblem(client.post(APPLICATIONS, ItApplications.validSubmission().replace("\"checklist\":",
                "\"clusterMembers\":[{\"oin\":\"00000099987654321000\",\"services\":[\"Afvalpas\"]}],\"checklist\":"),
                token, null), 403, "api.scope.missing");
    }

    @Test
    void shouldTakeACorrectionThroughV1AndSendTheApplicationBackToReview() {
        ApiV1Client client = ApiV1Client.registeredBy(DemoAccount.APPLICANT, "Correctie " + UUID.randomUUID(),
                "APPLICATIONS_READ", "APPLICATIONS_SUBMIT");
        String token = client.token(null);
        IssuedCertificate certificate = ItPki.certificate(ItApplications.OIN, ItApplications.ORGANISATION);
        // metadata naming another organisation's OIN: the checks send the application back for correction
        HttpResponse<String> submitted = client.post(APPLICATIONS, ItApplications.submission(certificate,
                ItPki.signedMetadata(WRONG_OIN, 9001, certificate)), token, null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String application = APPLICATIONS + "/" + ApiV1Client.json(submitted.body()).getString("reference");
        JsonObject waiting = awaitMilestones(client, token, application, "correctApplication");
        assertThat(waiting.getJsonArray("current").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).doesNotContain("registerApplication");

        HttpResponse<String> corrected = client.post(application + "/correction", ItApplications.correction(certificate,
                ItPki.signedMetadata(ItApplications.OIN, 9001, certificate), "tess@voorbeeldstad.example", ""), token,
                UUID.randomUUID().toString());

        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(204);
        JsonObject road = awaitMilestones(client, token, application, "registerApplication");
        assertThat(road.getJsonArray("passed").getValuesAs(JsonObject.class)).extracting(m -> m.getString("step"))
                .contains("correctApplication");
        JsonObject summary = ApiV1Client.json(client.get(application, token).body());
        assertThat(summary.getInt("currentVersion")).isEqualTo(2);
        assertThat(summary.getString("status")).isEqualTo("inProgress");
        assertProblem(client.post(application + "/correction", ItApplications.correction(certificate,
                ItPki.signedMetadata(ItApplications.OIN, 9001, certificate), "tess@voorbeeldstad.example", ""), token, null),
                422, "application.noCorrectionExpected");
    }

    /** The application's milestones once the step is among the current ones (the process moves on asynchronously). */
    private static JsonObject awaitMilestones(ApiV1Client client, String token, String application, String step) {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(90);
        String last = "";
        while (java.time.Instant.now().isBefore(deadline)) {
            HttpResponse<String> milestones = client.get(application + "/milestones", token);
            assertThat(milestones.statusCode()).as(milestones.body()).isEqualTo(200);
            last = milestones.body();
            JsonObject road = ApiV1Client.json(last);
            if (road.getJsonArray("current").getValuesAs(jakarta.json.JsonString.class).stream()
                    .anyMatch(s -> s.getString().equals(step))) {
                return road;
            }
            PortalServer.sleep(java.time.Duration.ofSeconds(1));
        }
        throw new AssertionError(application + " did not reach " + step + ": " + last);
    }

    static JsonObject assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
        JsonObject problem = ApiV1Client.json(response.body());
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(problem.getString("code")).isEqualTo(code);
        assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("nl.dictu");
        return problem;
    }
}
