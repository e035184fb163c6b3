package nl.dictu.tvs.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Ends a signed-in session twelve hours after sign-in, however active it was: the idle timeout
 * (15 minutes, web.xml) alone would let a busy session live for ever.
 */
@WebFilter(urlPatterns = "/*")
public class SessionLifetimeFilter extends HttpFilter {

    public static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(12);
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && isTooOld(session.getAttribute(PortalAuthenticationMechanism.SIGNED_IN_AT), Instant.now())) {
            session.invalidate();
            response.sendRedirect(request.getContextPath() + LandingPage.LOGIN + "?expired=true");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isTooOld(Object signedInAt, Instant now) {
        return signedInAt instanceof Instant at && !now.isBefore(at.plus(ABSOLUTE_LIFETIME));
    }
}
