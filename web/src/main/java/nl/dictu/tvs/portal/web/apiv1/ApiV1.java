package nl.dictu.tvs.portal.web.apiv1;

import jakarta.ws.rs.core.UriInfo;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

/** What every part of API v1 shares: its version, its path and its media types. */
final class ApiV1 {

    /** The full version, sent as {@value #VERSION_HEADER} on every answer; the major one is in the path. */
    static final String VERSION = "1.0.0";
    static final String VERSION_HEADER = "API-Version";
    static final String PATH = "v1";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private ApiV1() {
    }

    /**
     * The request's body, present.
     *
     * @throws ActionRefusedException (422) for a request without a body
     */
    static <T> T required(T body) {
        if (body == null) {
            throw new ActionRefusedException("api.badRequest");
        }
        return body;
    }

    /** Whether the request is one of API v1's (the API application is mounted at {@code /api}). */
    static boolean isV1(UriInfo uri) {
        String path = uri.getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.equals(PATH) || relative.startsWith(PATH + "/");
    }
}
