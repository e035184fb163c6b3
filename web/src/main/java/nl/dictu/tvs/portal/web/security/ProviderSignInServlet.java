package nl.dictu.tvs.portal.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.dictu.tvs.portal.usecase.account.ProviderSettings;

import java.io.IOException;

/**
 * Reached only after {@link PortalAuthenticationMechanism} accepted the identity provider's answer:
 * sends the staff member to the page they wanted, or to their role's landing page.
 */
@WebServlet(ProviderSettings.CALLBACK_PATH)
public class ProviderSignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + LandingPage.LOGIN);
            return;
        }
        String returnTo = request.getAttribute(PortalAuthenticationMechanism.RETURN_TO) instanceof String wanted ? wanted : null;
        String target = LandingPage.isSafeReturnPath(returnTo) ? returnTo : LandingPage.forRoles(request::isUserInRole);
        response.sendRedirect(request.getContextPath() + target);
    }
}
