package nl.dictu.tvs.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.account.TotpEnrolment;

import java.io.IOException;
import java.util.List;

/**
 * A session signed in with a one-time password reaches only the password page (and what that page
 * needs: its style sheets and scripts, signing out, the error pages); everything else, the API
 * included, leads there. Likewise a signatory without a second factor reaches only the TOTP page.
 */
@WebFilter(urlPatterns = "/*")
public class PasswordChangeFilter extends HttpFilter {

    public static final String PAGE = "/account/password.xhtml";
    private static final long serialVersionUID = 1L;

    @Inject
    private transient TotpEnrolment totpEnrolment;
    /** The page where a signatory sets up the second factor they need before anything else. */
    public static final String TOTP_PAGE = "/account/totp.xhtml";
    private static final List<String> OPEN = List.of(PAGE, "/jakarta.faces.resource/", "/logout", "/error/", "/login");
    private static final List<String> OPEN_TO_ENROL = List.of(TOTP_PAGE, "/jakarta.faces.resource/", "/logout", "/error/", "/login");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (mustChange(request) && OPEN.stream().noneMatch(path::startsWith)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        if (!mustChange(request) && mustEnrolTotpNow(request) && OPEN_TO_ENROL.stream().noneMatch(path::startsWith)) {
            response.sendRedirect(request.getContextPath() + TOTP_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the session's holder must set up TOTP first. The password sign-in says so at once; a
     * session signed in otherwise (an accepted invitation) is asked once, on its first request.
     */
    private boolean mustEnrolTotpNow(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        try {
            if (session == null || session.getAttribute(PortalAuthenticationMechanism.MUST_ENROL_TOTP) != null
                    || !(session.getAttribute(PortalAuthenticationMechanism.SIGNED_IN_USER) instanceof SignedInUser user)
                    || !user.hasRole("applicant")) {
                return mustEnrolTotp(request);
            }
            boolean required = totpEnrolment.isRequired(user);
            session.setAttribute(PortalAuthenticationMechanism.MUST_ENROL_TOTP, required);
            return required;
        } catch (IllegalStateException ended) {
            return false;
        }
    }

    /** A signatory without a second factor: only the TOTP page is open (after a one-time password was changed). */
    static boolean mustEnrolTotp(HttpServletRequest request) {
        return isSet(request, PortalAuthenticationMechanism.MUST_ENROL_TOTP);
    }

    static boolean mustChange(HttpServletRequest request) {
        return isSet(request, PortalAuthenticationMechanism.MUST_CHANGE_PASSWORD);
    }

    private static boolean isSet(HttpServletRequest request, String attribute) {
        HttpSession session = request.getSession(false);
        try {
            return session != null && Boolean.TRUE.equals(session.getAttribute(attribute));
        } catch (IllegalStateException ended) {
            return false;
        }
    }
}
