package nl.dictu.tvs.portal.web.security;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.Locale;

/**
 * Whether a POST comes from one of our own pages, by the headers browsers set and scripts on other
 * sites cannot: {@code Sec-Fetch-Site} first, {@code Origin} for browsers that do not send it.
 * A request with neither (a program, not a browser) is not a cross-site forgery and passes. This
 * guards the sign-in form, which has no session to bind a token to (login CSRF).
 */
final class SameOriginPost {

    private SameOriginPost() {
    }

    static boolean isAllowed(HttpServletRequest request) {
        return isAllowed(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), request.getHeader("Host"));
    }

    static boolean isAllowed(String fetchSite, String origin, String host) {
        if (fetchSite != null) {
            String site = fetchSite.toLowerCase(Locale.ROOT);
            return site.equals("same-origin") || site.equals("none");
        }
        if (origin == null) {
            return true;
        }
        if (origin.equals("null") || host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return uri.getHost() != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
