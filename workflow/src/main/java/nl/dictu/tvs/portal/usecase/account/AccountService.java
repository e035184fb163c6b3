package nl.dictu.tvs.portal.usecase.account;

import nl.dictu.tvs.portal.shared.access.SignedInUser;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.user.PasswordHash;
import nl.dictu.tvs.portal.domain.user.Role;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Checks a user name and password. A failed attempt is counted (and commits) even though it
 * returns nothing; the caller cannot tell an unknown user from a wrong password or a locked
 * account, and neither can an attacker, by content or by timing.
 */
@Stateless
public class AccountService {

    public static final int PASSWORD_MAX = 200;
    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    private UserAccountRepository accounts;

    private final Clock clock = Clock.systemUTC();

    public Optional<SignedInUser> authenticate(String username, char[] password) {
        return authenticate(username, password, null);
    }

    /**
     * As {@link #authenticate(String, char[])}; on success the language the person signed in with
     * (when known) becomes the language of their mail and documents.
     */
    public Optional<SignedInUser> authenticate(String username, char[] password, String language) {
        if (username == null || username.isBlank() || username.length() > UserAccount.USERNAME_MAX
                || password == null || password.length == 0 || password.length > PASSWORD_MAX) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<UserAccount> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            PasswordHash.verifyAgainstDummy(password);
            return Optional.empty();
        }
        UserAccount account = found.get();
        boolean passwordMatches = PasswordHash.verify(password, account.getPasswordHash());
        if (!account.canSignIn(now)) {
            LOG.info(() -> "Sign-in refused for disabled or locked account " + account.getUsername());
            return Optional.empty();
        }
        if (!passwordMatches) {
            account.recordFailedLogin(now);
            if (account.isLocked(now)) {
                LOG.warning(() -> "Account " + account.getUsername() + " locked until " + account.getLockedUntil()
                        + " after repeated failed sign-ins");
            }
            return Optional.empty();
        }
        if (PasswordHash.needsRehash(account.getPasswordHash())) {
            account.changePasswordHash(PasswordHash.hash(password));
        }
        Instant previous = account.getLastLoginAt();
        account.recordSuccessfulLogin(now);
        if (language != null) {
            account.changePreferredLanguage(language);
        }
        return Optional.of(toSignedInUser(account, previous));
    }

    /** The person switched language: mail and documents follow ("nl" or "en"; anything else is Dutch). */
    public void changePreferredLanguage(String username, String language) {
        accounts.findByUsername(username).ifPresent(account -> account.changePreferredLanguage(language));
    }

    /** What the web layer keeps of a signed-in account; {@code previous} is the sign-in before this one, if any. */
    public static SignedInUser toSignedInUser(UserAccount account, Instant previous) {
        Set<String> roles = account.getRoles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet());
        return new SignedInUser(account.getUsername(), account.getDisplayName(), roles,
                account.getOrganisation().map(Organisation::getName).orElse(null),
                account.getOrganisation().map(Organisation::getOin).orElse(null),
                previous);
    }
}
