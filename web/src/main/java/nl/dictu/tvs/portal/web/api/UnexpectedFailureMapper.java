package nl.dictu.tvs.portal.web.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure the other mappers do not answer: the same JSON as a refusal, with the status the
 * failure carries (400 for unreadable JSON, 404, 405 ...) or 500, and never the exception's text,
 * which may name classes, queries or data. A 500 is logged with an id the answer repeats, so an
 * operator can find it.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            Response refusal = ApiMessages.refusal(status, headers.getAcceptableLanguages(), null, keyOf(status));
            return status == 405 ? Response.fromResponse(refusal).allow(web.getResponse().getAllowedMethods()).build() : refusal;
        }
        if (failure instanceof ProcessingException) {
            // a body that cannot be read as the JSON the call takes
            return ApiMessages.refusal(400, headers.getAcceptableLanguages(), null, keyOf(400));
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API failure " + id, failure);
        return ApiMessages.refusal(500, headers.getAcceptableLanguages(), null, "api.failure", id);
    }

    static String keyOf(int status) {
        return switch (status) {
            case 400 -> "api.badRequest";
            case 401 -> "api.signInFirst";
            case 403 -> "api.forbidden";
            case 404 -> "api.notFound";
            case 405 -> "api.methodNotAllowed";
            case 406, 415 -> "api.mediaType";
            default -> "api.badRequest";
        };
    }
}
