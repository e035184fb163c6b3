package nl.dictu.tvs.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.dictu.tvs.portal.usecase.account.AccountService;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.web.i18n.Languages;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Form sign-in against the portal's own accounts.
 *
 * <ul>
 *   <li>A POST to {@code /login} with {@code username} and {@code password} signs in. On success
 *   the session id is renewed (no session fixation) and {@link LoginServlet} sends the user on.
 *   On failure the user goes back to the login page with an error, and no session is created.</li>
 *   <li>An anonymous request for a protected page is redirected to the login page; the page it
 *   wanted travels as a {@code returnTo} parameter, not in a session, so anonymous visitors never
 *   get one.</li>
 *   <li>Later requests of the same session are signed in from the session. Jakarta Security's
 *   {@code @AutoApplySession} would do the same, but on WildFly it creates a session for every
 *   anonymous request, even for a style sheet.</li>
 * </ul>
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PATH = "/login";
    public static final String SIGNED_IN_USER = "tvs.signedInUser";
    public static final String SIGNED_IN_AT = "tvs.signedInAt";
    public static final String RETURN_TO = "returnTo";

    @Inject
    private AccountService accountService;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isLoginPost(request)) {
            return signIn(request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_USER) instanceof SignedInUser user) {
            return context.notifyContainerAboutLogin(user.username(), user.roles());
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    private static boolean isLoginPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && LOGIN_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        if (!SameOriginPost.isAllowed(request)) {
            return context.redirect(request.getContextPath() + LandingPage.LOGIN + "?error=foreignForm");
        }
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        Optional<SignedInUser> user = accountService.authenticate(username,
                password == null ? null : password.toCharArray(), Languages.of(request).getLanguage());
        if (user.isEmpty()) {
            String returnTo = request.getParameter(RETURN_TO);
            String query = "?error=credentials" + (LandingPage.isSafeReturnPath(returnTo)
                    ? "&" + RETURN_TO + "=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8) : "");
            return context.redirect(request.getContextPath() + LandingPage.LOGIN + query);
        }
        SessionSignIn.signIn(request, user.get());
        return context.notifyContainerAboutLogin(user.get().username(), user.get().roles());
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context) {
        String wanted = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String target = request.getContextPath() + LandingPage.LOGIN
                + ("GET".equals(request.getMethod()) && LandingPage.isSafeReturnPath(wanted) && !"/".equals(wanted)
                ? "?" + RETURN_TO + "=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8) : "");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return partialResponseRedirect(response, target + (target.contains("?") ? "&" : "?") + "expired=true");
        }
        // a click after the session was lost (it timed out, or the server restarted): the login page says why
        boolean sessionLost = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        return context.redirect(sessionLost ? target + (target.contains("?") ? "&" : "?") + "expired=true" : target);
    }

    /** An Ajax request after the session ended: tell the Faces client to navigate, not to parse HTML. */
    private static AuthenticationStatus partialResponseRedirect(HttpServletResponse response, String target) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
    }
}
