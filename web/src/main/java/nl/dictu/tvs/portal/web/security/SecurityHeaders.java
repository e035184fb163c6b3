package nl.dictu.tvs.portal.web.security;

import jakarta.servlet.http.HttpServletResponse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers every response carries, set where a response starts: by {@link SecurityHeadersFilter}
 * for what the application answers (error pages included), and by the authentication mechanism for
 * what the container answers before any filter runs (a redirect to the login page, a 403).
 */
public final class SecurityHeaders {

    public static final String CSP = "Content-Security-Policy";
    /**
     * Everything from this origin only; no plug-ins, no {@code <base>}, no framing, forms only to us.
     * Inline styles stay allowed: PrimeFaces' widgets set them (scripts never run inline without the nonce).
     */
    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    /** The staff identity provider's origin, where signing out sends a form's answer on; none without a provider. */
    private static volatile String providerOrigin = "";
    static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final Pattern NONCE = Pattern.compile("'nonce-[A-Za-z0-9+/=_-]+'");

    private SecurityHeaders() {
    }

    /** @param https whether the portal runs behind HTTPS ({@code TVS_COOKIE_SECURE}): then browsers must keep to it */
    static void apply(HttpServletResponse response, boolean https) {
        response.setHeader(CSP, policy());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (https) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    /** Forms may also lead to the identity provider's origin (signing out there), as the policy says from now on. */
    static void allowFormsTo(String origin) {
        providerOrigin = origin == null || origin.isBlank() ? "" : " " + origin;
    }

    private static String policy() {
        return POLICY + providerOrigin;
    }

    /**
     * The page's policy when PrimeFaces asks for its own (a script nonce): the portal's policy with
     * the nonce's scripts allowed, so a page has one policy, never two that browsers would intersect.
     */
    static String withScriptsOf(String primeFacesPolicy) {
        Matcher nonce = NONCE.matcher(primeFacesPolicy == null ? "" : primeFacesPolicy);
        return nonce.find() ? policy() + "; script-src 'self' " + nonce.group() : policy();
    }
}
