package nl.dictu.tvs.portal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.dictu.tvs.portal.shared.config.PortalConfig;

import java.io.IOException;

/**
 * Headers every response carries ({@link SecurityHeaders}), and personal data kept out of caches.
 * Mapped first in web.xml, for requests and for the error pages the container dispatches to; the
 * pages' script nonce comes from PrimeFaces' CSP mode, merged into the one policy by {@link PortalResponse}.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private PortalConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(response, config.isCookieSecure());
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response instanceof PortalResponse ? response : new PortalResponse(request, response));
    }
}
