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
 */
public record SignInResult(Optional<SignedInUser> user, Optional<Duration> waitBeforeNext, boolean mustChangePassword) {

    static SignInResult signedIn(SignedInUser user, boolean mustChangePassword) {
        return new SignInResult(Optional.of(user), Optional.empty(), mustChangePassword);
    }

    static SignInResult refused() {
        return new SignInResult(Optional.empty(), Optional.empty(), false);
    }

    static SignInResult throttled(Duration wait) {
        return new SignInResult(Optional.empty(), Optional.of(wait), false);
    }

    public boolean isThrottled() {
        return waitBeforeNext.isPresent();
    }
}
