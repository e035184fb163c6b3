package nl.dictu.tvs.portal.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.NotAuthorizedException;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.web.security.PortalAuthenticationMechanism;

/** The user of the session the API call came with; the web.xml constraint already demands one. */
final class SignedInUsers {

    private SignedInUsers() {
    }

    static SignedInUser of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PortalAuthenticationMechanism.SIGNED_IN_USER) instanceof SignedInUser user) {
            return user;
        }
        throw new NotAuthorizedException("Session");
    }
}
