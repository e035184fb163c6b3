package nl.dictu.tvs.portal.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import nl.dictu.tvs.portal.web.security.CsrfToken;

import java.util.Set;

/**
 * The API is signed in by the session cookie, so a changing call must also carry the session's
 * CSRF token in the {@value #HEADER} header (pages hold it); another site cannot read it.
 */
@Provider
public class ApiCsrfFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-CSRF-Token";
    static final String CSRF_KEY = "error.csrf";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        // API v1 takes no session, only access tokens (web.apiv1.BearerTokenFilter): nothing to forge
        if (SAFE.contains(context.getMethod()) || context.getUriInfo().getPath().matches("/?v1(/.*)?")) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session == null || !CsrfToken.matches(session, context.getHeaderString(HEADER))) {
            context.abortWith(ApiMessages.refusal(Response.Status.FORBIDDEN.getStatusCode(),
                    context.getAcceptableLanguages(), null, CSRF_KEY));
        }
    }
}
