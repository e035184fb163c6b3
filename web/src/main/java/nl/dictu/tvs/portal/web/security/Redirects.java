package nl.dictu.tvs.portal.web.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Redirects as paths on this server ({@code Location: /login.xhtml}), which browsers resolve against
 * the address they asked: the servlet container would make them absolute from the request's
 * {@code Host} header, which anyone can forge.
 */
public final class Redirects {

    private Redirects() {
    }

    /** A 302 to {@code location}; an address with a scheme or host of its own is sent as it is. */
    public static void to(HttpServletResponse response, String location) {
        if (response.isCommitted()) {
            throw new IllegalStateException("the response was sent before the redirect to " + location);
        }
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
    }

    /** A location as {@code sendRedirect} reads it: a path without a leading slash is relative to the request's. */
    static String resolve(String requestUri, String location) {
        if (location.startsWith("/") || location.contains("://")) {
            return location;
        }
        return requestUri.substring(0, requestUri.lastIndexOf('/') + 1) + location;
    }
}
