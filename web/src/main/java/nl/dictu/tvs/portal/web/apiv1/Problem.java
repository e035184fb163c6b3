package nl.dictu.tvs.portal.web.apiv1;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document: {@code type}, {@code title} (the status's phrase), {@code status},
 * {@code detail} (what to do, in the caller's language; never an exception's text), {@code code}
 * (the message key, for programs) and, when a field of the request was refused, {@code errors}.
 */
final class Problem {

    private static final Jsonb JSON = JsonbBuilder.create();

    private Problem() {
    }

    /** One refused field: its path in the request body, the message key, and what to change. */
    record FieldError(String name, String code, String reason) {
    }

    static Map<String, Object> body(int status, String code, String detail, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", detail);
        if (code != null) {
            body.put("code", code);
        }
        if (!errors.isEmpty()) {
            body.put("errors", errors.stream().map(e -> Map.of("in", "body", "name", e.name(), "code", e.code(),
                    "reason", e.reason())).toList());
        }
        return body;
    }

    static Response.ResponseBuilder response(int status, Map<String, Object> body) {
        return Response.status(status).type(ApiV1.PROBLEM_JSON).entity(JSON.toJson(body));
    }

    static String toJson(Object entity) {
        return entity instanceof String text ? text : JSON.toJson(entity);
    }

    static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : status == 422 ? "Unprocessable Content" : "Error";
    }
}
