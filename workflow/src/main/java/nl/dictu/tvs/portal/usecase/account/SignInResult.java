package nl.dictu.tvs.portal.usecase.account;

import nl.dictu.tvs.portal.shared.access.SignedInUser;

import java.time.Duration;
import java.util.Optional;

/**
 * The outcome of a sign-in: the user, or nothing; and when too many attempts failed, how long the
 * next one must wait. An unknown user, a wrong password, an expired one-time password and a
 * disabled account look alike.
 *
 * @param mustChangePassword signed in with a one-time password: only the password page is open
 * @param code whether the account's TOTP code was missing or wrong (the password was right)
 * @param mustEnrolTotp a signatory without a second factor: only the TOTP page is open until they set one up
 */
public record SignInResult(Optional<SignedInUser> user, Optional<Duration> waitBeforeNext, boolean mustChangePassword,
                           CodeOutcome code, boolean mustEnrolTotp) {

    /** The TOTP code's part in the outcome. */
    public enum CodeOutcome {
        /** No code needed, or the code was right. */
        NONE,
        /** The account has TOTP and no code came with the password. */
        MISSING,
        /** The code was wrong, expired, or used before. */
        WRONG
    }

    static SignInResult signedIn(SignedInUser user, boolean mustChangePassword, boolean mustEnrolTotp) {
        return new SignInResult(Optional.of(user), Optional.empty(), mustChangePassword, CodeOutcome.NONE, mustEnrolTotp);
    }

    static SignInResult refused() {
        return new SignInResult(Optional.empty(), Optional.empty(), false, CodeOutcome.NONE, false);
    }

    static SignInResult codeRefused(CodeOutcome code) {
        return new SignInResult(Optional.empty(), Optional.empty(), false, code, false);
    }

    static SignInResult throttled(Duration wait) {
        return new SignInResult(Optional.empty(), Optional.of(wait), false, CodeOutcome.NONE, false);
    }

    public boolean isThrottled() {
        return waitBeforeNext.isPresent();
    }
}
