package nl.dictu.tvs.portal.web.apiv1;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.dictu.tvs.portal.usecase.apiaccess.InvalidTokenRequestException;
import nl.dictu.tvs.portal.web.api.ApiMessages;

import java.util.List;
import java.util.Map;

/** A token request that is not a client credentials grant with a JWT assertion: 400 with the OAuth error code. */
@Provider
public class InvalidTokenRequestMapper implements ExceptionMapper<InvalidTokenRequestException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(InvalidTokenRequestException e) {
        Map<String, Object> body = Problem.body(400, e.messageKey(),
                ApiMessages.render(headers.getAcceptableLanguages(), e.messageKey()), List.of());
        body.put("error", e.oauthError());
        return Problem.response(400, body).build();
    }
}
