package nl.dictu.tvs.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.List;

/**
 * A session signed in with a one-time password reaches only the password page (and what that page
 * needs: its style sheets and scripts, signing out, the error pages); everything else, the API
 * included, leads there.
 */
@WebFilter(urlPatterns = "/*")
public class PasswordChangeFilter extends HttpFilter {

    public static final String PAGE = "/account/password.xhtml";
    private static final long serialVersionUID = 1L;
    private static final List<String> OPEN = List.of(PAGE, "/jakarta.faces.resource/", "/logout", "/error/", "/login");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (mustChange(request) && OPEN.stream().noneMatch(path::startsWith)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean mustChange(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        try {
            return session != null
                    && Boolean.TRUE.equals(session.getAttribute(PortalAuthenticationMechanism.MUST_CHANGE_PASSWORD));
        } catch (IllegalStateException ended) {
            return false;
        }
    }
}
