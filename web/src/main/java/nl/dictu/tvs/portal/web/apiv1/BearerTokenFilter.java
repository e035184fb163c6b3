package nl.dictu.tvs.portal.web.apiv1;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import nl.dictu.tvs.portal.shared.error.TooManyRequestsException;
import nl.dictu.tvs.portal.usecase.apiaccess.ApiAccess;
import nl.dictu.tvs.portal.usecase.apiaccess.ApiAuthenticationException;

import java.util.Set;

/**
 * Every API v1 call but the public ones carries an access token ({@code Authorization: Bearer}); a
 * missing, altered or expired token, or one of a revoked client, is answered 401 with a problem
 * document and {@code WWW-Authenticate: Bearer}. The session, if any, plays no part.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";
    /** Open without a token: the token endpoint, the OpenAPI document and the announcements (public on the portal too). */
    private static final Set<String> PUBLIC = Set.of("v1/oauth/token", "v1/openapi.json", "v1/announcements");

    @EJB
    private ApiAccess access;

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (!ApiV1.isV1(context.getUriInfo()) || PUBLIC.contains(stripSlash(context.getUriInfo().getPath()))) {
            return;
        }
        String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        String token = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).strip() : null;
        try {
            request.setAttribute(ApiCallers.ATTRIBUTE, access.authenticate(token));
        } catch (ApiAuthenticationException e) {
            context.abortWith(ProblemMappers.unauthorized(e, context.getAcceptableLanguages(), "invalid_token"));
        } catch (TooManyRequestsException e) {
            context.abortWith(ProblemMappers.tooMany(e, context.getAcceptableLanguages()));
        }
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
