package nl.dictu.tvs.portal.usecase.account;

import nl.dictu.tvs.portal.shared.access.SignedInUser;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.user.MemberRole;
import nl.dictu.tvs.portal.domain.user.PasswordHash;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;

import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.limit.ClientOrigin;
import nl.dictu.tvs.portal.shared.limit.LimitStore;
import nl.dictu.tvs.portal.shared.secret.SecretSealer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Checks a user name and password, throttled ({@link SignInThrottle}): the expensive hash is computed
 * only when the throttle admits the attempt. The caller cannot tell an unknown user from a wrong
 * password or a disabled account, and neither can an attacker, by content or by timing: each costs
 * one hash. A failure is counted in the limit store, outside the account's row, so parallel
 * failures are all counted and none fails.
 */
@Stateless
public class AccountService {

    public static final int PASSWORD_MAX = 200;
    public static final int PASSWORD_MIN = 12;
    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private LimitStore limits;

    @Inject
    private ClientOrigin origin;

    @Inject
    private Clock clock;

    @Inject
    private Auditor auditor;

    @Inject
    private SignInRecords records;

    @Inject
    private PortalConfig config;

    @Inject
    private SecretSealer sealer;

    /**
     * Signs in; on success the language the person signed in with (when known) becomes the
     * language of their mail and documents.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignInResult signIn(String username, char[] password, String language) {
        return signIn(username, password, null, language);
    }

    /**
     * Signs in with the account's TOTP code as well when it has one ({@code code} may be null
     * otherwise). A wrong code counts as a failed sign-in, and a code is never accepted twice.
     * Runs outside a transaction: the account is read, the hash computed and the limits counted
     * with no connection held, and what the attempt changes is written by {@link SignInRecords}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignInResult signIn(String username, char[] password, String code, String language) {
        if (username == null || username.isBlank() || username.length() > UserAccount.USERNAME_MAX
                || password == null || password.length == 0 || password.length > PASSWORD_MAX) {
            return SignInResult.refused();
        }
        SignInThrottle throttle = new SignInThrottle(limits, origin::address, clock);
        Optional<Duration> wait = throttle.waitBefore(username);
        if (wait.isPresent()) {
            LOG.info(() -> "Sign-in as " + UserAccount.normalise(username) + " from " + origin.address()
                    + " throttled for " + wait.get().toSeconds() + " s");
            return SignInResult.throttled(wait.get());
        }
        Optional<UserAccount> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            PasswordHash.verifyAgainstDummy(password);
        }
        Instant now = clock.instant();
        String name = UserAccount.normalise(username);
        if (found.isEmpty() || !PasswordHash.verify(password, found.get().getPasswordHash()) || !found.get().isEnabled()
                || !found.get().isPasswordUsableAt(now)) {
            records.refused(name, throttle.failed(username));
            return SignInResult.refused();
        }
        UserAccount account = found.get();
        if (isStaff(account) && !config.isDemoMode()) {
            // outside demo mode staff sign in at the identity provider, with its second factor; a password is not enough
            records.refusedStaffPassword(name);
            return SignInResult.refused();
        }
        OptionalLong step = OptionalLong.empty();
        if (account.hasTotp()) {
            if (code == null || code.isBlank()) {
                return SignInResult.codeRefused(SignInResult.CodeOutcome.MISSING);
            }
            step = Totp.matchingStep(sealer.open(account.getSealedTotpSecret().orElseThrow(), account.getUsername()),
                    code, now);
            if (step.isEmpty()) {
                return codeRefused(throttle, username, name);
            }
        }
        String newHash = PasswordHash.needsRehash(account.getPasswordHash()) ? PasswordHash.hash(password) : null;
        Optional<SignInResult> signedIn = records.signedIn(account.getUsername(), step, newHash, now, language);
        if (signedIn.isEmpty()) {
            return codeRefused(throttle, username, name);
        }
        throttle.succeeded(username);
        return signedIn.get();
    }

    private SignInResult codeRefused(SignInThrottle throttle, String username, String name) {
        throttle.failed(username);
        records.codeRefused(name);
        return SignInResult.codeRefused(SignInResult.CodeOutcome.WRONG);
    }

    /**
     * The signed-in person chooses a password of their own, proving the current one: at least
     * {@value #PASSWORD_MIN} characters, typed twice alike, not the current one. Their other sessions
     * end; a one-time password is used up. Returns the instant from which sessions count: the
     * caller's session counts from then on to stay signed in.
     */
    public Instant changeOwnPassword(SignedInUser actor, String current, String chosen, String repeated) {
        UserAccount account = accounts.findByUsername(actor.username())
                .orElseThrow(() -> new AccessRefusedException("access.signedInOnly"));
        if (current == null || current.length() > PASSWORD_MAX || !PasswordHash.verify(current.toCharArray(), account.getPasswordHash())) {
            throw ActionRefusedException.of("currentPassword", "password.invalid.current");
        }
        if (chosen == null || chosen.length() < PASSWORD_MIN || chosen.length() > PASSWORD_MAX) {
            throw ActionRefusedException.of("newPassword", "account.invalid.password", String.valueOf(PASSWORD_MIN),
                    String.valueOf(PASSWORD_MAX));
        }
        if (!chosen.equals(repeated)) {
            throw ActionRefusedException.of("newPasswordRepeat", "account.invalid.passwordRepeat");
        }
        if (chosen.equals(current)) {
            throw ActionRefusedException.of("newPassword", "password.invalid.same");
        }
        account.changeOwnPassword(PasswordHash.hash(chosen.toCharArray()), clock.instant());
        auditor.record(account.getUsername(), "passwordChanged", null, null, Map.of(), Map.of("username", account.getUsername()));
        LOG.info(() -> "Account " + account.getUsername() + " chose a new password; its other sessions end");
        return account.getSessionsValidFrom().orElseThrow();
    }

    /**
     * The session's user as their account stands now: empty when the account is gone, disabled, or
     * its sessions were ended after this one signed in (a password reset); with the account's
     * current roles otherwise, so a role an admin took away is gone on the next request. Asked on
     * every request, so it reads the account's standing alone, outside a transaction.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SignedInUser> stillSignedIn(SignedInUser user, Instant signedInAt) {
        return accounts.standingOf(user.username())
                .filter(standing -> standing.keepsSessionSignedInAt(signedInAt))
                .map(standing -> new SignedInUser(user.username(), user.displayName(), roleNames(standing.roles()),
                        user.organisationName(), user.organisationOin(), user.previousLoginAt()));
    }

    /** A signatory signs for the organisation: not without a second factor. */
    static boolean mustEnrolTotp(UserAccount account) {
        return account.getMemberRole().filter(MemberRole.SIGNATORY::equals).isPresent() && !account.hasTotp();
    }

    private static boolean isStaff(UserAccount account) {
        return account.hasRole(Role.REVIEWER) || account.hasRole(Role.ADMIN);
    }

    private static Set<String> roleNames(Set<Role> roles) {
        return roles.stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet());
    }

    /** The person switched language: mail and documents follow ("nl" or "en"; anything else is Dutch). */
    public void changePreferredLanguage(String username, String language) {
        accounts.findByUsername(username).ifPresent(account -> account.changePreferredLanguage(language));
    }

    /** What the web layer keeps of a signed-in account; {@code previous} is the sign-in before this one, if any. */
    public static SignedInUser toSignedInUser(UserAccount account, Instant previous) {
        return new SignedInUser(account.getUsername(), account.getDisplayName(), roleNames(account.getRoles()),
                account.getOrganisation().map(Organisation::getName).orElse(null),
                account.getOrganisation().map(Organisation::getOin).orElse(null),
                previous);
    }
}
