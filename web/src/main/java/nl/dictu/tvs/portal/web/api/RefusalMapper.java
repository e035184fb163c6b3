package nl.dictu.tvs.portal.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.dictu.tvs.portal.application.AccessRefusedException;
import nl.dictu.tvs.portal.application.ApplicationServiceException;
import nl.dictu.tvs.portal.application.DocumentNotFoundException;
import nl.dictu.tvs.portal.application.TaskAlreadyCompletedException;

/**
 * A refused service call as JSON: {@code messageKey} for programs, {@code message} for people, in
 * the caller's language. 404 for a document the user may not see (as if it did not exist), 403 when the user may not, 409 when someone else was first, 422 otherwise.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<ApplicationServiceException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ApplicationServiceException e) {
        int status = e instanceof DocumentNotFoundException ? 404
                : e instanceof AccessRefusedException ? 403 : e instanceof TaskAlreadyCompletedException ? 409 : 422;
        return ApiMessages.refusal(status, headers.getAcceptableLanguages(), e.messageKey(), e.arguments().toArray());
    }
}
