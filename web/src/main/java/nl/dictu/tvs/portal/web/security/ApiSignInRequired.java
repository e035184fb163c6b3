package nl.dictu.tvs.portal.web.security;

import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.dictu.tvs.portal.shared.i18n.Bundle;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;

/**
 * An anonymous call of the REST API by a program: 401 with the same JSON shape as every other refusal
 * of the API, not the sign-in page's redirect, which a program cannot follow. A browser that follows
 * a download link after its session ended (it asks for HTML) is still sent to the sign-in page.
 */
final class ApiSignInRequired {

    static final String MESSAGE_KEY = "access.signInRequired";

    private ApiSignInRequired() {
    }

    static boolean isProgramCall(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return path.startsWith("/api/") && (accept == null || !accept.contains("text/html"));
    }

    static AuthenticationStatus answer(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            // the portal's API is signed into with the portal's session; the scheme names that
            response.setHeader("WWW-Authenticate", "Session realm=\"TVS Aansluitportaal\"");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("messageKey", MESSAGE_KEY)
                    .add("message", Bundle.text(language(request), MESSAGE_KEY))
                    .build().toString());
            response.flushBuffer();
            // the answer is written; as with a redirect, the container must not write its own
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    /** The caller's first accepted language that the portal has; Dutch otherwise (the container would say its own). */
    private static Locale language(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.forLanguageTag("nl");
        }
        return Collections.list(request.getLocales()).stream()
                .filter(l -> l.getLanguage().equals("en") || l.getLanguage().equals("nl"))
                .findFirst().orElse(Locale.forLanguageTag("nl"));
    }
}
