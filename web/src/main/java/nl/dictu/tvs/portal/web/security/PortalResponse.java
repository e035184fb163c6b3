package nl.dictu.tvs.portal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response as the portal's code and Faces see it: a Content-Security-Policy set by PrimeFaces
 * replaces the portal's own (keeping one policy with the script nonce), and a redirect stays a path
 * on this server, never an address built from the request's {@code Host} header.
 */
final class PortalResponse extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    PortalResponse(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
    }

    @Override
    public void addHeader(String name, String value) {
        if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
            setHeader(name, value);
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        super.setHeader(name, SecurityHeaders.CSP.equalsIgnoreCase(name) ? SecurityHeaders.withScriptsOf(value) : value);
    }

    @Override
    public void sendRedirect(String location) {
        Redirects.to((HttpServletResponse) getResponse(), Redirects.resolve(request.getRequestURI(), location));
    }
}
