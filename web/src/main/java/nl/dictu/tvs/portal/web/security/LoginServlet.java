package nl.dictu.tvs.portal.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Reached only after {@link PortalAuthenticationMechanism} accepted a sign-in: sends the user to
 * the page they wanted, or to their role's landing page. A GET shows the login page.
 */
@WebServlet(PortalAuthenticationMechanism.LOGIN_PATH)
public class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + LandingPage.LOGIN);
            return;
        }
        if (PasswordChangeFilter.mustChange(request)) {
            response.sendRedirect(request.getContextPath() + PasswordChangeFilter.PAGE);
            return;
        }
        if (PasswordChangeFilter.mustEnrolTotp(request)) {
            response.sendRedirect(request.getContextPath() + PasswordChangeFilter.TOTP_PAGE);
            return;
        }
        String returnTo = request.getParameter(PortalAuthenticationMechanism.RETURN_TO);
        String target = LandingPage.isSafeReturnPath(returnTo) ? returnTo : LandingPage.forRoles(request::isUserInRole);
        response.sendRedirect(request.getContextPath() + target);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + LandingPage.LOGIN);
    }
}
