package nl.dictu.tvs.portal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import nl.dictu.tvs.portal.shared.access.SignedInUser;

import java.time.Instant;

/**
 * Puts a signed-in user in the session, with a new session id (no session fixation) and a new CSRF
 * token (a token a page showed before the sign-in does not serve after it). The form
 * sign-in does this, and so do the pages that create an account (an accepted invitation, a demo
 * registration); the authentication mechanism picks the user up from the session on the next request.
 */
public final class SessionSignIn {

    private SessionSignIn() {
    }

    /**
     * The session's holder chose a new password: the session counts from {@code sessionsValidFrom}
     * (the account's other sessions end), the password page no longer bars the way, and the CSRF
     * token is new.
     */
    public static void passwordChanged(HttpServletRequest request, Instant sessionsValidFrom) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(PortalAuthenticationMechanism.SIGNED_IN_AT, sessionsValidFrom);
            session.removeAttribute(PortalAuthenticationMechanism.MUST_CHANGE_PASSWORD);
            CsrfToken.discard(session);
        }
    }

    public static void signIn(HttpServletRequest request, SignedInUser user) {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
            CsrfToken.discard(existing);
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(PortalAuthenticationMechanism.SIGNED_IN_USER, user);
        session.setAttribute(PortalAuthenticationMechanism.SIGNED_IN_AT, Instant.now());
        session.removeAttribute(PortalAuthenticationMechanism.MUST_CHANGE_PASSWORD);
        session.removeAttribute(PortalAuthenticationMechanism.MUST_ENROL_TOTP);
        session.removeAttribute(PortalAuthenticationMechanism.PROVIDER_TOKENS);
    }
}
