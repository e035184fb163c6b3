package nl.dictu.tvs.portal.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document served at /api/v1/openapi.json against the real answers: every error the
 * tests provoke is documented for its operation, as application/problem+json with the Problem
 * schema, and the answer has exactly the shape that schema gives (required members present, no
 * undocumented ones, the declared types), and the API-Version header the document promises.
 */
class ApiV1ContractIT {

    private static final String APPLICATIONS = "/api/v1/applications";

    @Test
    void shouldAnswerEveryProvokedErrorInTheShapeTheDocumentDescribes() {
        ApiV1Client client = ApiV1Client.registeredBy(DemoAccount.APPLICANT, "Contract " + UUID.randomUUID(),
                "APPLICATIONS_READ");
        JsonObject document = document(client);
        assertThat(document.getString("openapi")).startsWith("3.");
        assertThat(document.getJsonArray("servers").getJsonObject(0).getString("url")).isEqualTo("/api/v1");
        String token = client.token(null);

        check(document, "/applications", "get", client.get(APPLICATIONS, null));
        check(document, "/applications", "post", client.post(APPLICATIONS, ItApplications.validSubmission(), token, null));
        check(document, "/applications/{reference}", "get", client.get(APPLICATIONS + "/TVS-2000-99999", token));
        check(document, "/applications", "get", client.get(APPLICATIONS + "?pageSize=1000", token));
        check(document, "/applications", "post", client.post(APPLICATIONS, "{\"services\": [", token, null));
        check(document, "/oauth/token", "post", client.requestToken("not-a-jwt", null));
        check(document, "/applications/{reference}/correction", "post",
                client.post(APPLICATIONS + "/TVS-2000-99999/correction", "{}", token, null));
        check(document, "/applications/{reference}/cluster-members", "get",
                client.get(APPLICATIONS + "/TVS-2000-99999/cluster-members", token));
        check(document, "/served-organisations/{oin}", "get",
                client.get("/api/v1/served-organisations/00000099987654321000", token));
        check(document, "/metadata-checks", "post", client.post("/api/v1/metadata-checks",
                "{\"oin\":\"00000099123456789000\",\"environment\":\"NOWHERE\",\"metadataBase64\":\"PA==\"}", token, null));

        check(document, "/connections", "get", client.get("/api/v1/connections?page=0", token));
        check(document, "/connections/{reference}/{environment}", "get",
                client.get("/api/v1/connections/TVS-2000-99999/PRODUCTION", token));
        check(document, "/applications/{reference}/change-requests", "get",
                client.get(APPLICATIONS + "/TVS-2000-99999/change-requests", token));
        check(document, "/change-requests/{changeReference}", "get",
                client.get("/api/v1/change-requests/TVS-2000-99999-W1", token));
        check(document, "/change-requests/{changeReference}/withdrawal", "post",
                client.post("/api/v1/change-requests/TVS-2000-99999-W1/withdrawal", "", token, null));
        HttpResponse<String> unknownKind = client.post("/api/v1/change-requests/preview",
                "{\"kind\":\"member\",\"reference\":\"TVS-2000-99999\",\"environment\":\"PRODUCTION\"}", token, null);
        check(document, "/change-requests/preview", "post", unknownKind);
        assertThat(ApiV1Client.json(unknownKind.body()).getJsonArray("errors").getJsonObject(0).getString("name"))
                .isEqualTo("kind");
        check(document, "/change-requests", "post", client.post("/api/v1/change-requests", "{}", token, null));

        // a served organisation connected or disconnected (ApiV1MemberChangeIT checks the supplier's refusals: 403
        // naming the mandate, 409 linking the open request, 422 naming the field)
        check(document, "/connections/{reference}/{environment}/members", "get",
                client.get("/api/v1/connections/TVS-2000-99999/PREPRODUCTION/members", token));
        check(document, "/change-requests/member-additions", "post", client.post("/api/v1/change-requests/member-additions",
                "{\"oin\": [", token, null));
        check(document, "/change-requests/member-additions", "post", client.post("/api/v1/change-requests/member-additions",
                "{\"reference\":\"TVS-2000-99999\",\"environment\":\"PREPRODUCTION\",\"oin\":\"00000099987654321000\"}",
                token, null));
        check(document, "/change-requests/member-removals", "post", client.post("/api/v1/change-requests/member-removals",
                "{\"reference\":\"TVS-2000-99999\",\"environment\":\"PREPRODUCTION\",\"oin\":\"00000099987654321000\"}",
                token, null));
    }

    /** The OpenAPI document as the portal serves it. */
    static JsonObject document(ApiV1Client client) {
        HttpResponse<String> served = client.get("/api/v1/openapi.json", null);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("API-Version")).hasValue("1.0.0");
        return ApiV1Client.json(served.body());
    }

    /** The answer is an error the document names for the operation, in the shape of its documented schema. */
    static void check(JsonObject document, String path, String method, HttpResponse<String> answer) {
        String status = String.valueOf(answer.statusCode());
        assertThat(answer.statusCode()).as(path + " " + method + ": " + answer.body()).isGreaterThanOrEqualTo(400);
        JsonObject responses = document.getJsonObject("paths").getJsonObject(path).getJsonObject(method)
                .getJsonObject("responses");
        assertThat(responses.keySet()).as("documented answers of " + method + " " + path).contains(status);
        JsonObject documented = responses.getJsonObject(status);
        assertThat(documented.getJsonObject("headers").keySet()).contains("API-Version");
        assertThat(answer.headers().firstValue("API-Version")).isPresent();
        JsonObject media = documented.getJsonObject("content").getJsonObject("application/problem+json");
        assertThat(media).as(method + " " + path + " " + status + " documented as a problem").isNotNull();
        JsonObject schema = resolve(document, media.getJsonObject("schema"));
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));

        JsonObject body = ApiV1Client.json(answer.body());
        JsonObject properties = schema.getJsonObject("properties");
        schema.getJsonArray("required").getValuesAs(jakarta.json.JsonString.class)
                .forEach(required -> assertThat(body).as(answer.body()).containsKey(required.getString()));
        body.forEach((member, value) -> {
            assertThat(properties.keySet()).as("undocumented member " + member + " in " + answer.body()).contains(member);
            assertThat(typeOf(value)).as(member).isEqualTo(declaredType(properties.getJsonObject(member)));
        });
        assertThat(body.getInt("status")).isEqualTo(answer.statusCode());
    }

    private static JsonObject resolve(JsonObject document, JsonObject schema) {
        if (!schema.containsKey("$ref")) {
            return schema;
        }
        String name = schema.getString("$ref").substring("#/components/schemas/".length());
        return document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }

    private static String declaredType(JsonObject property) {
        JsonValue type = property.get("type");
        return type.getValueType() == JsonValue.ValueType.ARRAY ? property.getJsonArray("type").getString(0)
                : property.getString("type");
    }

    private static String typeOf(JsonValue value) {
        return switch (value.getValueType()) {
            case NUMBER -> "integer";
            case ARRAY -> "array";
            case OBJECT -> "object";
            case TRUE, FALSE -> "boolean";
            default -> "string";
        };
    }
}
