package nl.dictu.tvs.portal.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import jakarta.inject.Inject;
import nl.dictu.tvs.portal.usecase.account.ProviderTokens;
import nl.dictu.tvs.portal.usecase.account.StaffSignIn;

import java.io.IOException;
import java.util.Optional;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signs out with a POST (a link cannot sign anyone out on their behalf) and ends the session.
 * The form carries the session's CSRF token, checked here. The session's running requests (the
 * save of a field just left) finish before it ends, so nothing typed is lost.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffSignIn staffSignIn;

    /** How long signing out waits for the session's other requests, e.g. the save of the field just left. */
    static final Duration AWAIT_RUNNING = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(LogoutServlet.class.getName());

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Optional<String> providerSignOut = Optional.empty();
        try {
            if (session != null && !CsrfToken.matches(session, request.getParameter(CsrfToken.PARAMETER))) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            if (session != null) {
                SessionRequestsFilter.awaitOtherRequests(session, AWAIT_RUNNING);
            }
            if (session != null && session.getAttribute(PortalAuthenticationMechanism.PROVIDER_TOKENS) instanceof ProviderTokens tokens) {
                providerSignOut = staffSignIn.signOutUrl(tokens, LandingPage.LOGIN + "?loggedOut=true");
            }
            request.logout();
            if (session != null) {
                session.invalidate();
            }
        } catch (IllegalStateException alreadyEnded) {
            // a second click on "Uitloggen", or another tab, ended the session first: the outcome is the same
            LOG.log(Level.INFO, "Logout of a session that had already ended: {0}", alreadyEnded.getMessage());
        }
        forgetSessionCookie(request, response);
        // a staff member signs out at the identity provider too: the next staff sign-in asks for both factors again
        response.sendRedirect(providerSignOut.orElse(request.getContextPath() + LandingPage.LOGIN + "?loggedOut=true"));
    }

    /**
     * The browser forgets the ended session's cookie: a page asked for after signing out is a new
     * visit, not a session that expired (which the login page would say).
     */
    private static void forgetSessionCookie(HttpServletRequest request, HttpServletResponse response) {
        String name = request.getServletContext().getSessionCookieConfig().getName();
        Cookie cookie = new Cookie(name == null ? "JSESSIONID" : name, "");
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(0);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }
}
