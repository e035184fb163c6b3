package nl.dictu.tvs.portal.web.apiv1;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Used only when the build generates the OpenAPI document (never at run time): what every operation
 * shares, written once instead of on every method. The server is {@code /api/v1} (the major version
 * in the URI) and the paths are relative to it; every 2xx answer documents {@code API-Version};
 * every operation documents its errors as RFC 9457 problem documents, as {@link V1ResponseFilter}
 * sends them; operations but the public ones need an OAuth 2 token (client credentials). The
 * portal's own API ({@code web.api}) is left out.
 */
public class OpenApiDesignRules implements OASFilter {

    private static final String PREFIX = "/" + ApiV1.PATH;
    private static final String SCHEME = "oauth2";
    private static final Set<String> PUBLIC = Set.of("/oauth/token", "/openapi.json", "/announcements");
    private static final Map<String, String> ERRORS = errors();
    private static final String PROBLEM = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        openApi.setServers(List.of(OASFactory.createServer().url("/api/" + ApiV1.PATH)
                .description("API v1 of the TVS Aansluitportaal, below the portal's address (TVS_PUBLIC_URL)")));
        openApi.setInfo(OASFactory.createInfo().title("TVS Aansluitportaal API").version(ApiV1.VERSION)
                .description("Applications of your organisation (a supplier's cluster applications and the organisations "
                        + "it serves included), change requests on live connections, metadata checks and announcements, "
                        + "for programs. "
                        + "See docs/api.md: register a client, get a token with a private_key_jwt assertion.")
                .contact(OASFactory.createContact().name("DICTU, TVS Aansluitportaal").email("tvs@dictu.nl")
                        .url("https://www.dictu.nl")));
        Components components = openApi.getComponents() == null ? OASFactory.createComponents() : openApi.getComponents();
        components.addSecurityScheme(SCHEME, OASFactory.createSecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("Client credentials with a private_key_jwt client assertion (RFC 7523)")
                .flows(OASFactory.createOAuthFlows().clientCredentials(clientCredentials())));
        components.addSchema(PROBLEM, problemSchema());
        openApi.setComponents(components);
        Paths relative = OASFactory.createPaths();
        openApi.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith(PREFIX + "/")) {
                return; // the portal's own API (web.api), scanned only for the JSON v1 shares with it
            }
            String inServer = path.substring(PREFIX.length());
            item.getOperations().forEach((method, operation) -> complete(operation, method, PUBLIC.contains(inServer)));
            relative.addPathItem(inServer, item);
        });
        openApi.setPaths(relative);
    }

    private static OAuthFlow clientCredentials() {
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("applications:read", "Read the organisation's applications, their status, milestones and documents, "
                + "its live connections and change requests, and preview a change");
        scopes.put("applications:submit", "Submit, correct, request production for and withdraw the organisation's "
                + "applications; submit and withdraw change requests");
        scopes.put("organisations:act-for", "Act for the organisations a supplier serves, within their mandates: apply for "
                + "a cluster connection in their name, change or withdraw a change of that connection, list them");
        return OASFactory.createOAuthFlow().tokenUrl("/api/v1/oauth/token").scopes(scopes);
    }

    private static void complete(Operation operation, PathItem.HttpMethod method, boolean isPublic) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") || status.startsWith("3")) {
                response.addHeader(ApiV1.VERSION_HEADER, versionHeader());
            }
        });
        ERRORS.forEach((status, description) -> {
            boolean applies = switch (status) {
                // the token endpoint, the one public POST, refuses a client assertion with 401
                case "401" -> !isPublic || method == PathItem.HttpMethod.POST;
                case "403" -> !isPublic;
                case "409", "422" -> method == PathItem.HttpMethod.POST || !isPublic;
                default -> true;
            };
            if (applies && !responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, problem(description, status));
            }
        });
        operation.setResponses(responses);
        if (!isPublic) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
        }
        if (method == PathItem.HttpMethod.POST) {
            operation.addParameter(OASFactory.createParameter().name(ApiV1.IDEMPOTENCY_KEY).in(
                    org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER).required(false)
                    .description("A key of at most 200 characters; the same key and body again get the first answer")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)));
        }
    }

    private static Header versionHeader() {
        return OASFactory.createHeader().description("The full version of the API").required(true)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).example(ApiV1.VERSION));
    }

    private static APIResponse problem(String description, String status) {
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(ApiV1.PROBLEM_JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
        response.addHeader(ApiV1.VERSION_HEADER, versionHeader());
        if ("429".equals(status)) {
            response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds until a new try may succeed")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        }
        if ("401".equals(status)) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader().description("Bearer, with the OAuth error")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        return response;
    }

    /** RFC 9457, with {@code code} (the message key) and {@code errors} (refused fields); the token endpoint adds {@code error}. */
    static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .required(List.of("in", "name", "code", "reason"))
                .addProperty("in", OASFactory.createSchema().addType(Schema.SchemaType.STRING).description("Where: body"))
                .addProperty("name", OASFactory.createSchema().addType(Schema.SchemaType.STRING).description("The field's path, e.g. contacts[0].email"))
                .addProperty("code", OASFactory.createSchema().addType(Schema.SchemaType.STRING).description("The message key"))
                .addProperty("reason", OASFactory.createSchema().addType(Schema.SchemaType.STRING).description("What to change"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).required(List.of("type", "title", "status", "detail"))
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).description("about:blank"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING).description("The status's phrase"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("The HTTP status"))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("What happened and what to do, in the language asked for (Accept-Language nl or en)"))
                .addProperty("code", OASFactory.createSchema().addType(Schema.SchemaType.STRING).description("The message key, for programs"))
                .addProperty("error", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The OAuth 2 error code (token endpoint and 401 only)"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .addProperty("_links", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .description("409 only: conflictsWith, the link to what is in the way (e.g. the change request "
                                + "open on the connection)")
                        .addProperty("conflictsWith", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .required(List.of("href"))
                                .addProperty("href", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                        .description("A path from the server's root"))));
    }

    private static Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "The request cannot be read");
        errors.put("401", "No valid access token: missing, altered, expired, or of a revoked client");
        errors.put("403", "The token lacks the scope this needs, or the portal does not allow it");
        errors.put("404", "Does not exist, or is not the organisation's");
        errors.put("409", "Someone was first (_links.conflictsWith names what is in the way, e.g. the change request open "
                + "on the connection), or a request with this Idempotency-Key is still being served");
        errors.put("422", "Refused: the detail and errors say what to change; or an Idempotency-Key used for another request");
        errors.put("429", "Too many requests: try again after Retry-After seconds");
        errors.put("500", "A failure on the portal's side; the detail names a code to mention");
        return errors;
    }
}
