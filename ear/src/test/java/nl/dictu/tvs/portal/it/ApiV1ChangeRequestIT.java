package nl.dictu.tvs.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static nl.dictu.tvs.portal.it.ApiV1IT.assertProblem;
import static nl.dictu.tvs.portal.it.ItApplications.OIN;
import static nl.dictu.tvs.portal.it.ItApplications.ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change request over API v1 as an integrator's program makes one: on a live connection of the demo organisation
 * (carried to production as ChangeRequestIT's is), a client with a private_key_jwt token lists the live connections,
 * reads what is live, is refused a copy that changes nothing, previews new production metadata with a new
 * certificate, submits it once under an Idempotency-Key and reads it back, is refused a second one with a 409 that
 * links the open one, and withdraws it.
 */
class ApiV1ChangeRequestIT {

    private static final String CHANGE_REQUESTS = "/api/v1/change-requests";

    @Test
    void shouldPreviewSubmitFollowAndWithdrawAChangeRequestOnALiveConnection() {
        String reference = TerminationIT.live(new ApiSession(DemoAccount.APPLICANT), new ApiSession(DemoAccount.REVIEWER),
                new ApiSession(DemoAccount.REVIEWER_2));
        ApiV1Client client = ApiV1Client.registeredBy(DemoAccount.APPLICANT, "Wijzigingen " + UUID.randomUUID(),
                "APPLICATIONS_READ", "APPLICATIONS_SUBMIT");
        String token = client.token(null);
        String connectionPath = "/api/v1/connections/" + reference + "/PRODUCTION";

        HttpResponse<String> connections = client.get("/api/v1/connections?pageSize=100", token);
        assertThat(connections.statusCode()).as(connections.body()).isEqualTo(200);
        JsonObject connection = connection(connections.body(), reference);
        assertThat(connection.containsKey("openChangeRequest")).as(connection.toString()).isFalse();
        assertThat(connection.getJsonObject("_links").getJsonObject("registration").getString("href")).isEqualTo(connectionPath);
        HttpResponse<String> liveCopy = client.get(connectionPath, token);
        assertThat(liveCopy.statusCode()).as(liveCopy.body()).isEqualTo(200);
        JsonObject live = ApiV1Client.json(liveCopy.body());
        assertThat(live.getString("environment")).isEqualTo("PRODUCTION");

        assertProblem(client.post(CHANGE_REQUESTS, body(live).build().toString(), token, UUID.randomUUID().toString()), 422,
                "change.nothingChanged");

        List<String> uuids = ItApplications.productionUuids(new ApiSession(DemoAccount.APPLICANT)
                .get("/api/applications/" + reference).body());
        IssuedCertificate renewed = ItPki.certificate(OIN, ORGANISATION);
        String change = body(live).add("certificatePem", ItPki.pem(renewed))
                .add("metadataBase64", ItApplications.base64(ItPki.signedMetadata(OIN, 1, renewed, uuids.get(0)))).build()
                .toString();
        HttpResponse<String> preview = client.post(CHANGE_REQUESTS + "/preview", change, token, null);
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonObject previewed = ApiV1Client.json(preview.body());
        assertThat(previewed.getBoolean("changesNothing")).isFalse();
        assertThat(previewed.getBoolean("checksPassed")).isTrue();
        assertThat(previewed.getString("lane")).isEqualTo("FAST");
        assertThat(previewed.getJsonArray("differences")).isNotEmpty();
        assertThat(client.get("/api/v1/applications/" + reference + "/change-requests", token).body())
                .as("a preview stores nothing").contains("\"totalItems\":0");

        String key = UUID.randomUUID().toString();
        HttpResponse<String> submitted = client.post(CHANGE_REQUESTS, change, token, key);
        HttpResponse<String> retried = client.post(CHANGE_REQUESTS, change, token, key);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String changeReference = ApiV1Client.json(submitted.body()).getString("reference");
        assertThat(changeReference).startsWith(reference + "-W");
        assertThat(submitted.headers().firstValue("Location")).hasValue(CHANGE_REQUESTS + "/" + changeReference);
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.body()).isEqualTo(submitted.body());

        HttpResponse<String> read = client.get(CHANGE_REQUESTS + "/" + changeReference, token);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonObject open = ApiV1Client.json(read.body());
        assertThat(open.getString("status")).isEqualTo("OPEN");
        assertThat(open.getString("kind")).isEqualTo("registration");
        assertThat(open.getString("waitingFor")).isEqualTo("reviewer");
        assertThat(open.getString("waitingUntil")).isNotBlank();
        assertThat(open.getString("dueAt")).isNotBlank();
        assertThat(open.getJsonArray("differences")).hasSameSizeAs(previewed.getJsonArray("differences"));
        assertThat(open.getJsonObject("_links").getJsonObject("withdrawal").getString("href"))
                .isEqualTo(CHANGE_REQUESTS + "/" + changeReference + "/withdrawal");
        JsonObject listed = ApiV1Client.json(client.get("/api/v1/applications/" + reference + "/change-requests", token).body());
        assertThat(listed.getInt("totalItems")).isEqualTo(1);
        assertThat(listed.getJsonArray("items").getJsonObject(0).getString("reference")).isEqualTo(changeReference);
        assertThat(connection(client.get("/api/v1/connections?pageSize=100", token).body(), reference)
                .getString("openChangeRequest")).isEqualTo(changeReference);

        String another = body(live).add("certificatePem", ItPki.pem(renewed))
                .add("metadataBase64", ItApplications.base64(ItPki.signedMetadata(OIN, 2, renewed, uuids.get(0)))).build()
                .toString();
        HttpResponse<String> second = client.post(CHANGE_REQUESTS, another, token, UUID.randomUUID().toString());
        JsonObject refused = assertProblem(second, 409, "change.alreadyOpen");
        assertThat(refused.getString("detail")).contains(changeReference);
        assertThat(refused.getJsonObject("_links").getJsonObject("conflictsWith").getString("href"))
                .isEqualTo(CHANGE_REQUESTS + "/" + changeReference);
        ApiV1ContractIT.check(ApiV1ContractIT.document(client), "/change-requests", "post", second);
        assertProblem(client.post(CHANGE_REQUESTS + "/" + changeReference + "/withdrawal", "", client.token("applications:read"),
                null), 403, "api.scope.missing");

        HttpResponse<String> withdrawn = client.post(CHANGE_REQUESTS + "/" + changeReference + "/withdrawal", "", token, null);
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);
        JsonObject closed = ApiV1Client.json(client.get(CHANGE_REQUESTS + "/" + changeReference, token).body());
        assertThat(closed.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(closed.getString("waitingFor")).isEqualTo("nobody");
        assertThat(closed.getJsonObject("_links").containsKey("withdrawal")).isFalse();
        assertProblem(client.post(CHANGE_REQUESTS + "/" + changeReference + "/withdrawal", "", token, null), 422,
                "change.withdraw.notOpen");
        assertThat(connection(client.get("/api/v1/connections?pageSize=100", token).body(), reference)
                .containsKey("openChangeRequest")).isFalse();
    }

    /** The production connection of the application in a page of live connections. */
    private static JsonObject connection(String page, String reference) {
        return ApiV1Client.json(page).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(c -> reference.equals(c.getString("reference")) && "PRODUCTION".equals(c.getString("environment")))
                .findFirst().orElseThrow(() -> new AssertionError("no live production connection " + reference + " in " + page));
    }

    /** The live registration as a change request body of kind registration: what it holds, without its version. */
    private static JsonObjectBuilder body(JsonObject live) {
        return Json.createObjectBuilder()
                .add("kind", "registration")
                .add("reference", live.getString("reference"))
                .add("environment", live.getString("environment"))
                .add("services", live.getJsonArray("services"))
                .add("contacts", live.getJsonArray("contacts"))
                .add("certificatePem", live.get("certificatePem") == null ? JsonValue.NULL : live.get("certificatePem"))
                .add("metadataBase64", live.getString("metadataBase64"));
    }
}
