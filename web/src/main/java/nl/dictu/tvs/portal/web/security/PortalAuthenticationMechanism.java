package nl.dictu.tvs.portal.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.dictu.tvs.portal.usecase.account.AccountService;
import nl.dictu.tvs.portal.usecase.account.SignInResult;
import nl.dictu.tvs.portal.shared.limit.ClientOrigin;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.web.i18n.Languages;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
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
 *   <li>Later requests of the same session are signed in from the session, as the account stands
 *   now (disabled, ended or with other roles: {@link AccountService#stillSignedIn}). Jakarta Security's
 *   {@code @AutoApplySession} would do the same, but on WildFly it creates a session for every
 *   anonymous request, even for a style sheet.</li>
 * </ul>
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PATH = "/login";
    public static final String SIGNED_IN_USER = "tvs.signedInUser";
    public static final String SIGNED_IN_AT = "tvs.signedInAt";
    /** Set while the session signed in with a one-time password: only the password page is open. */
    public static final String MUST_CHANGE_PASSWORD = "tvs.mustChangePassword";
    public static final String RETURN_TO = "returnTo";

    @Inject
    private AccountService accountService;

    @Inject
    private PortalConfig config;

    @Inject
    private ClientOrigin origin;

    private ClientAddress clientAddress;

    @PostConstruct
    void readTrustedProxies() {
        clientAddress = new ClientAddress(config.get(PortalConfig.TRUSTED_PROXIES).orElse(null));
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // the container answers some requests itself (this redirect, a 403) before any filter runs
        SecurityHeaders.apply(response, config.isCookieSecure());
        origin.setAddress(clientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        if (isLoginPost(request)) {
            return signIn(request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_USER) instanceof SignedInUser user) {
            Optional<SignedInUser> current = followAccount(request, session, user);
            if (current.isPresent()) {
                return context.notifyContainerAboutLogin(current.get().username(), current.get().roles());
            }
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response);
        }
        return context.doNothing();
    }

    /**
     * The session follows its account: ended when the account was disabled or its sessions ended
     * (a password reset), with the account's roles as they are now otherwise. Style sheets and
     * scripts are not worth a look-up.
     */
    private Optional<SignedInUser> followAccount(HttpServletRequest request, HttpSession session, SignedInUser user) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            return Optional.of(user);
        }
        Instant signedInAt = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : null;
        Optional<SignedInUser> current = accountService.stillSignedIn(user, signedInAt);
        try {
            if (current.isEmpty()) {
                session.invalidate();
            } else if (!current.get().roles().equals(user.roles())) {
                session.setAttribute(SIGNED_IN_USER, current.get());
            }
        } catch (IllegalStateException alreadyEnded) {
            return Optional.empty();
        }
        return current;
    }

    private static boolean isLoginPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && LOGIN_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        if (!SameOriginPost.isAllowed(request)) {
            return redirect(response, request.getContextPath() + LandingPage.LOGIN + "?error=foreignForm");
        }
        setUtf8(request);
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        SignInResult result = accountService.signIn(username,
                password == null ? null : password.toCharArray(), Languages.of(request).getLanguage());
        Optional<SignedInUser> user = result.user();
        if (user.isEmpty()) {
            String returnTo = request.getParameter(RETURN_TO);
            String query = "?error=" + (result.isThrottled() ? "throttled" : "credentials") + (LandingPage.isSafeReturnPath(returnTo)
                    ? "&" + RETURN_TO + "=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8) : "");
            return redirect(response, request.getContextPath() + LandingPage.LOGIN + query);
        }
        SessionSignIn.signIn(request, user.get());
        if (result.mustChangePassword()) {
            request.getSession().setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
        }
        return context.notifyContainerAboutLogin(user.get().username(), user.get().roles());
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response) {
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
        return redirect(response, sessionLost ? target + (target.contains("?") ? "&" : "?") + "expired=true" : target);
    }

    /** A redirect as a path (never built from the Host header), answered before any filter runs. */
    private static AuthenticationStatus redirect(HttpServletResponse response, String location) {
        Redirects.to(response, location);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** The sign-in form is read before the servlet container's default encoding could apply: UTF-8, as the page is. */
    private static void setUtf8(HttpServletRequest request) {
        if (request.getCharacterEncoding() == null) {
            try {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
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
