package nl.dictu.tvs.portal.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;

import java.util.Map;

/** Submitted content that is not a valid application: 422 with what to change. */
@Provider
public class InvalidApplicationMapper implements ExceptionMapper<InvalidApplicationException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(InvalidApplicationException e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("messageKey", e.messageKey(),
                        "message", ApiMessages.render(headers.getAcceptableLanguages(), e.messageKey(), e.arguments().toArray())))
                .build();
    }
}
