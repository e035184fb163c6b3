package nl.dictu.tvs.portal.usecase.account;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.user.PasswordHash;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Staff (reviewers, admins) sign in at the identity provider, which demands their second factor.
 * The portal keeps a local account per staff member only as the name others see and hand tasks
 * over to; its roles follow the ID token at every sign-in and refresh, and it has no usable password.
 */
@Stateless
public class StaffSignIn {

    /** The longest a staff session stands without the provider confirming it, whatever the token says. */
    static final Duration MAX_RECHECK = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(StaffSignIn.class.getName());

    @Inject
    private ProviderConnection connection;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Auditor auditor;

    @Inject
    private Clock clock;

    public boolean isAvailable() {
        return connection.isConfigured();
    }

    /** A new sign-in at the provider, for the browser to be sent to. */
    public ProviderPendingSignIn begin(String returnTo, String language) {
        return client().begin(returnTo, language);
    }

    /**
     * The provider sent the browser back: the state must be this browser's sign-in, the code is
     * redeemed with the PKCE verifier, the ID token validated and required to show a second factor;
     * then the staff member's account follows the token's name and roles.
     */
    public ProviderSession complete(ProviderPendingSignIn pending, String state, String code, String error) {
        if (pending == null || state == null || !pending.state().equals(state)) {
            throw new ProviderSignInRefusedException(ProviderSignInRefusedException.Kind.EXPIRED,
                    "the answer belongs to no sign-in this browser started");
        }
        if (error != null || code == null) {
            throw new ProviderSignInRefusedException(ProviderSignInRefusedException.Kind.PROVIDER,
                    "the identity provider answered " + error);
        }
        ProviderClient client = client();
        ProviderClient.TokenAnswer answer = client.redeem(pending, code);
        SecondFactorCheck.require(answer.idClaims(), client.settings());
        Identity identity = identityOf(answer.idClaims(), client.settings());
        UserAccount account = followIdentity(identity);
        Instant previous = account.getLastLoginAt();
        accounts.recordSignIn(account, clock.instant(), null);
        auditor.record(account.getUsername(), "signInProvider", null, null, Map.of(),
                Map.of("username", account.getUsername(), "roles", String.join(",", identity.roleNames())));
        return new ProviderSession(AccountService.toSignedInUser(account, previous), tokensOf(answer, null));
    }

    /**
     * The session as the provider and the account stand now: while the access token lasts, as long
     * as the local account is enabled; after it, only when the provider still refreshes the session
     * (a staff member disabled there is signed out here), with the roles of the new ID token.
     */
    public Optional<ProviderSession> stillSignedIn(SignedInUser user, ProviderTokens tokens) {
        Optional<UserAccount> account = accounts.findByUsername(user.username()).filter(UserAccount::isEnabled);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        if (clock.instant().isBefore(tokens.recheckAt())) {
            return Optional.of(new ProviderSession(user, tokens));
        }
        Optional<ProviderClient.TokenAnswer> refreshed = tokens.refreshToken() == null
                ? Optional.empty() : client().refresh(tokens.refreshToken());
        if (refreshed.isEmpty()) {
            LOG.info(() -> "The identity provider no longer confirms the session of " + user.username() + "; it ends");
            auditor.record(user.username(), "providerSessionEnded", null, null, Map.of(), Map.of("username", user.username()));
            return Optional.empty();
        }
        SignedInUser current = user;
        if (refreshed.get().idClaims() != null) {
            Identity identity;
            try {
                identity = identityOf(refreshed.get().idClaims(), client().settings());
            } catch (ProviderSignInRefusedException noRole) {
                auditor.record(user.username(), "providerSessionEnded", null, null, Map.of(), Map.of("username", user.username()));
                return Optional.empty();
            }
            UserAccount followed = followIdentity(identity);
            current = AccountService.toSignedInUser(followed, user.previousLoginAt());
        }
        return Optional.of(new ProviderSession(current, tokensOf(refreshed.get(), tokens)));
    }

    /** Where the browser signs out at the provider too, so the next staff sign-in asks for both factors again. */
    public Optional<String> signOutUrl(ProviderTokens tokens, String returnPath) {
        return connection.client().flatMap(client -> client.endSessionUrl(tokens.idToken(),
                client.settings().publicUrl() + returnPath));
    }

    private ProviderClient client() {
        return connection.client().orElseThrow(() -> new ProviderSignInRefusedException(
                ProviderSignInRefusedException.Kind.PROVIDER, "no identity provider is configured (TVS_OIDC_ISSUER)"));
    }

    private ProviderTokens tokensOf(ProviderClient.TokenAnswer answer, ProviderTokens before) {
        Duration lifetime = answer.accessLifetime().isZero() || answer.accessLifetime().compareTo(MAX_RECHECK) > 0
                ? MAX_RECHECK : answer.accessLifetime();
        return new ProviderTokens(answer.refreshToken() != null ? answer.refreshToken() : before == null ? null : before.refreshToken(),
                answer.idToken() != null ? answer.idToken() : before == null ? null : before.idToken(),
                clock.instant().plus(lifetime));
    }

    /** The staff member's local account: made on the first sign-in, its roles and name following the token. */
    private UserAccount followIdentity(Identity identity) {
        Optional<UserAccount> found = accounts.findByUsername(identity.username());
        if (found.isPresent()) {
            UserAccount account = found.get();
            if (account.getOrganisation().isPresent() || account.hasRole(Role.APPLICANT)) {
                throw new ProviderSignInRefusedException(ProviderSignInRefusedException.Kind.NO_ROLE,
                        identity.username() + " is an applicant's account here; staff names must differ from applicants'");
            }
            if (!account.isEnabled()) {
                throw new ProviderSignInRefusedException(ProviderSignInRefusedException.Kind.NO_ROLE,
                        identity.username() + " is disabled in the portal");
            }
            if (!account.getRoles().equals(identity.roles())) {
                account.changeStaffRoles(identity.roles());
            }
            return account;
        }
        // no password anyone knows: the account exists for names and hand-overs, never for a password sign-in
        UserAccount account = UserAccount.staff(identity.username(), identity.displayName(), identity.email(),
                PasswordHash.hash(ProviderClient.randomToken().toCharArray()), identity.roles(), clock.instant());
        return accounts.save(account);
    }

    /** Who the ID token names, and with which of the portal's staff roles. */
    record Identity(String username, String displayName, String email, Set<Role> roles, List<String> roleNames) {
    }

    static Identity identityOf(JWTClaimsSet claims, ProviderSettings settings) {
        String username = claims.getClaim("preferred_username") instanceof String s && !s.isBlank() ? s : claims.getSubject();
        if (username == null || username.length() > UserAccount.USERNAME_MAX) {
            throw new ProviderSignInRefusedException(ProviderSignInRefusedException.Kind.PROVIDER,
                    "the ID token names no usable user name");
        }
        List<String> names = roleNames(claims, settings.rolesClaim());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names.contains(settings.reviewerRole())) {
            roles.add(Role.REVIEWER);
        }
        if (names.contains(settings.adminRole())) {
            roles.add(Role.ADMIN);
        }
        if (roles.isEmpty()) {
            throw new ProviderSignInRefusedException(ProviderSignInRefusedException.Kind.NO_ROLE,
                    username + " has none of the roles " + settings.reviewerRole() + ", " + settings.adminRole()
                            + " in claim " + settings.rolesClaim() + ": " + names);
        }
        String name = claims.getClaim("name") instanceof String s && !s.isBlank() ? s : username;
        String email = claims.getClaim("email") instanceof String s && !s.isBlank() ? s : "";
        return new Identity(UserAccount.normalise(username), truncate(name, UserAccount.DISPLAY_NAME_MAX),
                truncate(email, UserAccount.EMAIL_MAX), roles, names);
    }

    /** The roles claim; a dotted name ({@code realm_access.roles}) walks into nested objects. */
    static List<String> roleNames(JWTClaimsSet claims, String claimName) {
        Object value = claims.getClaims();
        for (String part : claimName.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        if (value instanceof String single) {
            return List.of(single);
        }
        return List.of();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
