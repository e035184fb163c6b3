package nl.dictu.tvs.portal.web.apiv1;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.dictu.tvs.portal.usecase.apiaccess.ApiAuthenticationException;

/** A client assertion the token endpoint does not accept: 401, OAuth error {@code invalid_client} (RFC 6749, 5.2). */
@Provider
public class ApiAuthenticationMapper implements ExceptionMapper<ApiAuthenticationException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ApiAuthenticationException e) {
        return ProblemMappers.unauthorized(e, headers.getAcceptableLanguages(), "invalid_client");
    }
}
