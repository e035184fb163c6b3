package nl.dictu.tvs.portal.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;

/** Submitted content that is not a valid application: 422 with the field's path (e.g. {@code contacts[0].email}) and what to change. */
@Provider
public class InvalidApplicationMapper implements ExceptionMapper<InvalidApplicationException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(InvalidApplicationException e) {
        return ApiMessages.refusal(422, headers.getAcceptableLanguages(), e.field(), e.messageKey(), e.arguments().toArray());
    }
}
