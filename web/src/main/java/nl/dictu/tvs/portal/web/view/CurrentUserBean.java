package nl.dictu.tvs.portal.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.web.security.CsrfToken;
import nl.dictu.tvs.portal.web.security.LandingPage;
import nl.dictu.tvs.portal.web.security.PortalAuthenticationMechanism;

import java.time.Duration;
import java.util.Optional;

/** The signed-in user for the layout: name, organisation, navigation and the session timers. */
@Named
@RequestScoped
public class CurrentUserBean {

    /** Warn this long before the idle timeout ends the session. */
    public static final Duration IDLE_WARNING_BEFORE = Duration.ofMinutes(2);

    @Inject
    private HttpServletRequest request;

    public Optional<SignedInUser> user() {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((SignedInUser) session.getAttribute(PortalAuthenticationMechanism.SIGNED_IN_USER));
    }

    /**
     * The signed-in user, for the pages that the security constraints keep for signed-in users; refuses with a message
     * to sign in when the session has gone all the same (it ended between the page and the postback).
     */
    public SignedInUser signedIn() {
        return user().orElseThrow(() -> new AccessRefusedException("access.signInRequired"));
    }

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null && user().isPresent();
    }

    public String getDisplayName() {
        return user().map(SignedInUser::displayName).orElse("");
    }

    public String getOrganisationName() {
        return user().map(SignedInUser::organisationName).orElse(null);
    }

    public boolean isApplicant() {
        return request.isUserInRole("applicant");
    }

    public boolean isReviewer() {
        return request.isUserInRole("reviewer");
    }

    public boolean isAdmin() {
        return request.isUserInRole("admin");
    }

    public String getHomePage() {
        return LandingPage.forRoles(request::isUserInRole);
    }

    public String getCsrfToken() {
        HttpSession session = request.getSession(false);
        return session == null ? "" : CsrfToken.of(session);
    }

    /** Milliseconds of inactivity after which the warning dialog opens. */
    public long getIdleWarningMillis() {
        return Math.max(0, idleTimeout().minus(IDLE_WARNING_BEFORE).toMillis());
    }

    /** Milliseconds of inactivity after which the page goes to the login page itself. */
    public long getIdleTimeoutMillis() {
        return idleTimeout().toMillis();
    }

    private Duration idleTimeout() {
        HttpSession session = request.getSession(false);
        return Duration.ofSeconds(session == null ? 15 * 60 : session.getMaxInactiveInterval());
    }
}
