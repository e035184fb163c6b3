package nl.dictu.tvs.portal.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.shared.error.DocumentNotFoundException;
import nl.dictu.tvs.portal.shared.error.TaskAlreadyCompletedException;
import nl.dictu.tvs.portal.shared.error.TooManyRequestsException;
import nl.dictu.tvs.portal.web.NotFound;

/**
 * A refused service call as JSON: {@code field} when it is about one field of the request (its path,
 * e.g. {@code reason}), {@code messageKey} for programs, {@code message} for people, in the caller's
 * language. 404 when the application, file or document is not the caller's organisation's (exactly
 * as when it does not exist, so the answer tells nothing), 403 when the user may not, 409 when
 * someone else was first, 429 with Retry-After when done too often, 422 otherwise.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<ApplicationServiceException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ApplicationServiceException e) {
        Response refusal = ApiMessages.refusal(statusOf(e), headers.getAcceptableLanguages(), e.field(), e.messageKey(),
                e.arguments().toArray());
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
        return e instanceof AccessRefusedException ? 403 : e instanceof TaskAlreadyCompletedException ? 409 : 422;
    }
}
