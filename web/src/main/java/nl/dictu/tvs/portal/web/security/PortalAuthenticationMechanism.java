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
import nl.dictu.tvs.portal.usecase.account.ProviderPendingSignIn;
import nl.dictu.tvs.portal.usecase.account.ProviderSession;
import nl.dictu.tvs.portal.usecase.account.ProviderSettings;
import nl.dictu.tvs.portal.usecase.account.ProviderSignInRefusedException;
import nl.dictu.tvs.portal.usecase.account.ProviderTokens;
import nl.dictu.tvs.portal.usecase.account.StaffSignIn;
import nl.dictu.tvs.portal.usecase.account.SignInResult;
import nl.dictu.tvs.portal.shared.limit.ClientOrigin;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.web.i18n.Languages;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Form sign-in against the portal's own accounts.
 *
 * <ul>
 *   <li>A POST to {@code /login} with {@code username} and {@code password} signs in. On success
 *   the session id is renewed (no session fixation) and {@link LoginServlet} sends the user on.
 *   On failure the user goes back to the login page with an error, and no session is created.</li>
 *   <li>An anonymous request for a protected page is redirected to the login page; the page it
 *   wanted travels as a {@code returnTo} parameter, not in a session, so anonymous visitors never
 *   get one. A program calling the API without a session gets 401 instead ({@link ApiSignInRequired}).</li>
 *   <li>Later requests of the same session are signed in from the session, as the account stands
 *   now (disabled, ended or with other roles: {@link AccountService#stillSignedIn}). Jakarta Security's
 *   {@code @AutoApplySession} would do the same, but on WildFly it creates a session for every
 *   anonymous request, even for a style sheet.</li>
 * </ul>
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PATH = "/login";
    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());
    public static final String SIGNED_IN_USER = "tvs.signedInUser";
    public static final String SIGNED_IN_AT = "tvs.signedInAt";
    /** Set while the session signed in with a one-time password: only the password page is open. */
    public static final String MUST_CHANGE_PASSWORD = "tvs.mustChangePassword";
    public static final String RETURN_TO = "returnTo";
    /** Set while a signatory has no second factor: only the TOTP page is open. */
    public static final String MUST_ENROL_TOTP = "tvs.mustEnrolTotp";
    /** A staff session's tokens from the identity provider: such a session follows the provider, not a password. */
    public static final String PROVIDER_TOKENS = "tvs.providerTokens";
    /** A staff sign-in sent to the identity provider and not yet back. */
    static final String PROVIDER_PENDING = "tvs.providerPending";

    @Inject
    private AccountService accountService;

    @Inject
    private StaffSignIn staffSignIn;

    @Inject
    private PortalConfig config;

    @Inject
    private ClientOrigin origin;

    private ClientAddress clientAddress;

    @PostConstruct
    void readConfiguration() {
        clientAddress = new ClientAddress(config.get(PortalConfig.TRUSTED_PROXIES).orElse(null));
        config.get(PortalConfig.OIDC_ISSUER).map(URI::create)
                .map(issuer -> issuer.getScheme() + "://" + issuer.getRawAuthority())
                .ifPresent(SecurityHeaders::allowFormsTo);
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
        if (isProviderPath(request)) {
            return providerSignIn(request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_USER) instanceof SignedInUser user) {
            Optional<SignedInUser> current = followAccount(request, session, user);
            if (current.isPresent()) {
                return context.notifyContainerAboutLogin(current.get().username(), current.get().roles());
            }
        }
        if (context.isProtected()) {
            return ApiSignInRequired.isProgramCall(request)
                    ? ApiSignInRequired.answer(request, response) : redirectToLogin(request, response);
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
        Optional<SignedInUser> current;
        if (session.getAttribute(PROVIDER_TOKENS) instanceof ProviderTokens tokens) {
            Optional<ProviderSession> provider = stillSignedIn(user, tokens);
            // only refreshed tokens are written back: a distributable session replicates every attribute write
            provider.filter(p -> !p.tokens().equals(tokens)).ifPresent(p -> session.setAttribute(PROVIDER_TOKENS, p.tokens()));
            current = provider.map(ProviderSession::user);
        } else {
            current = accountService.stillSignedIn(user, signedInAt);
        }
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

    /** A provider that cannot be reached ends the staff session as a refusal would: access is never kept on trust. */
    private Optional<ProviderSession> stillSignedIn(SignedInUser user, ProviderTokens tokens) {
        try {
            return staffSignIn.stillSignedIn(user, tokens);
        } catch (ProviderSignInRefusedException | jakarta.ejb.EJBException e) {
            LOG.log(Level.WARNING, "The staff session of " + user.username() + " could not be confirmed; it ends", e);
            return Optional.empty();
        }
    }

    private static boolean isProviderPath(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && ProviderSettings.CALLBACK_PATH
                .equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /**
     * Staff sign-in at the identity provider. Without a {@code state} the browser is sent there
     * (state, nonce and PKCE verifier kept in a session of its own); with one, the provider sent it
     * back, and the code becomes a staff session with a new id.
     */
    private AuthenticationStatus providerSignIn(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!staffSignIn.isAvailable()) {
            return redirect(response, request.getContextPath() + LandingPage.LOGIN);
        }
        try {
            if (request.getParameter("state") == null) {
                String returnTo = request.getParameter(RETURN_TO);
                ProviderPendingSignIn pending = staffSignIn.begin(LandingPage.isSafeReturnPath(returnTo) ? returnTo : null,
                        Languages.of(request).getLanguage());
                request.getSession(true).setAttribute(PROVIDER_PENDING, pending);
                return redirect(response, pending.authorisationUrl());
            }
            HttpSession session = request.getSession(false);
            ProviderPendingSignIn pending = session == null ? null
                    : session.getAttribute(PROVIDER_PENDING) instanceof ProviderPendingSignIn p ? p : null;
            if (session != null) {
                session.removeAttribute(PROVIDER_PENDING);
            }
            ProviderSession signedIn = staffSignIn.complete(pending, request.getParameter("state"),
                    request.getParameter("code"), request.getParameter("error"));
            SessionSignIn.signIn(request, signedIn.user());
            request.getSession().setAttribute(PROVIDER_TOKENS, signedIn.tokens());
            if (pending.returnTo() != null) {
                request.setAttribute(RETURN_TO, pending.returnTo());
            }
            return context.notifyContainerAboutLogin(signedIn.user().username(), signedIn.user().roles());
        } catch (ProviderSignInRefusedException refused) {
            LOG.log(Level.WARNING, "Staff sign-in through the identity provider refused: {0}", refused.getMessage());
            return redirect(response, request.getContextPath() + LandingPage.LOGIN + "?error=" + refused.errorCode());
        }
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
                password == null ? null : password.toCharArray(), request.getParameter("code"),
                Languages.of(request).getLanguage());
        Optional<SignedInUser> user = result.user();
        if (user.isEmpty()) {
            String returnTo = request.getParameter(RETURN_TO);
            String query = "?error=" + errorOf(result) + (LandingPage.isSafeReturnPath(returnTo)
                    ? "&" + RETURN_TO + "=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8) : "");
            return redirect(response, request.getContextPath() + LandingPage.LOGIN + query);
        }
        SessionSignIn.signIn(request, user.get());
        if (result.mustChangePassword()) {
            request.getSession().setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
        }
        request.getSession().setAttribute(MUST_ENROL_TOTP, result.mustEnrolTotp());
        return context.notifyContainerAboutLogin(user.get().username(), user.get().roles());
    }

    /** The login page's message for a refused sign-in. */
    private static String errorOf(SignInResult result) {
        if (result.isThrottled()) {
            return "throttled";
        }
        return switch (result.code()) {
            case MISSING -> "codeRequired";
            case WRONG -> "code";
            case NONE -> "credentials";
        };
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
