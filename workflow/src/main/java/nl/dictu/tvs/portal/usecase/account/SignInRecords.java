package nl.dictu.tvs.portal.usecase.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.shared.audit.Auditor;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a sign-in writes, each in a short transaction of its own. {@link AccountService#signIn} runs
 * outside any transaction, so that no request holds a database connection while it computes the
 * password hash (slow on purpose) or counts in the limit store (which takes a connection of its own):
 * with one connection held per sign-in and a second one needed, as many parallel sign-ins as the
 * pool has connections would wait for each other until the pool's timeout.
 */
@Stateless
public class SignInRecords {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Auditor auditor;

    /** A refused password (or unknown, disabled or expired account); {@code blocked} when this failure started a block. */
    public void refused(String username, Optional<Duration> blocked) {
        auditor.record(username, "signInFailed", null, null, Map.of(), Map.of("username", username));
        blocked.ifPresent(delay -> auditor.record(username, "signInThrottled", null, null, Map.of(),
                Map.of("username", username, "waitSeconds", String.valueOf(delay.toSeconds()))));
    }

    /** Staff outside demo mode sign in at the identity provider: a right password is not enough. */
    public void refusedStaffPassword(String username) {
        auditor.record(username, "signInRefusedStaffPassword", null, null, Map.of(), Map.of("username", username));
    }

    public void codeRefused(String username) {
        auditor.record(username, "signInCodeRefused", null, null, Map.of(), Map.of("username", username));
    }

    /**
     * Completes the sign-in of an account whose password was right: uses up the TOTP step when the
     * account has a second factor (empty when that step was used before: a code counts once), stores
     * {@code newHash} when the stored hash was made with weaker parameters, records the sign-in.
     */
    public Optional<SignInResult> signedIn(String username, OptionalLong totpStep, String newHash, Instant now,
                                           String language) {
        UserAccount account = accounts.findByUsername(username).orElseThrow(
                () -> new IllegalStateException("account " + username + " vanished during its sign-in"));
        if (totpStep.isPresent() && !account.useTotpStep(totpStep.getAsLong())) {
            return Optional.empty();
        }
        if (newHash != null) {
            account.changePasswordHash(newHash);
        }
        Instant previous = account.getLastLoginAt();
        accounts.recordSignIn(account, now, language);
        auditor.record(account.getUsername(), "signIn", null, null, Map.of(), Map.of("username", account.getUsername()));
        return Optional.of(SignInResult.signedIn(AccountService.toSignedInUser(account, previous),
                account.mustChangePassword(), AccountService.mustEnrolTotp(account)));
    }
}
