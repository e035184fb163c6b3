package nl.dictu.tvs.portal.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionConflictException;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.shared.error.DocumentNotFoundException;
import nl.dictu.tvs.portal.shared.error.TaskAlreadyCompletedException;
import nl.dictu.tvs.portal.shared.error.TooManyRequestsException;
import nl.dictu.tvs.portal.web.NotFound;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refused service call as JSON: {@code field} when it is about one field of the request (its path,
 * e.g. {@code reason}), {@code messageKey} for programs, {@code message} for people, in the caller's
 * language. 404 when the application, file or document is not the caller's organisation's (exactly
 * as when it does not exist, so the answer tells nothing), 403 when the user may not, 409 when
 * someone else was first (with {@code conflictsWith}, the API path of what is in the way, where there is one), 429 with Retry-After when done too often, 422 otherwise.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<ApplicationServiceException> {

    /** The member naming the API path of what is in the way of a refused request (409). */
    public static final String CONFLICTS_WITH = "conflictsWith";

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ApplicationServiceException e) {
        Response refusal = ApiMessages.refusal(statusOf(e), headers.getAcceptableLanguages(), e.field(), e.messageKey(),
                e.arguments().toArray());
        if (e instanceof ActionConflictException conflict && conflict.conflictsWith() != null
                && refusal.getEntity() instanceof Map<?, ?> body) {
            Map<String, Object> linked = new LinkedHashMap<>();
            body.forEach((key, value) -> linked.put(String.valueOf(key), value));
            linked.put(CONFLICTS_WITH, conflict.conflictsWith());
            return Response.fromResponse(refusal).entity(linked).build();
        }
        return e instanceof TooManyRequestsException tooMany
                ? Response.fromResponse(refusal).header("Retry-After", tooMany.retryAfterSeconds()).build() : refusal;
    }

    static int statusOf(ApplicationServiceException e) {
        if (NotFound.is(e) || e instanceof DocumentNotFoundException) {
            return 404;
        }
        if (e instanceof TooManyRequestsException) {
            return 429;
        }
        if (e instanceof TaskAlreadyCompletedException || e instanceof ActionConflictException) {
            return 409;
        }
        return e instanceof AccessRefusedException ? 403 : 422;
    }
}
