package nl.dictu.tvs.portal.usecase.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.audit.Auditor;
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

/**
 * Setting up TOTP as a second factor: open to every person with a portal password, required for a
 * signatory. The secret is stored only once a code from the app confirms it, sealed, and never shown again.
 * Wrong codes count as failed sign-ins of the account (the same throttle), so guessing gets slow.
 */
@Stateless
public class TotpEnrolment {

    /** The name authenticator apps show above the code. */
    static final String ISSUER = "TVS Aansluitportaal";

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
    private SecretSealer sealer;

    /** Whether the person signs in with a code already. */
    public boolean isOn(SignedInUser actor) {
        return account(actor).hasTotp();
    }

    /** Whether the person must set up a second factor before anything else (a signatory without one). */
    public boolean isRequired(SignedInUser actor) {
        return AccountService.mustEnrolTotp(account(actor));
    }

    /** A new secret for the app; nothing is stored yet. */
    public TotpSetup start(SignedInUser actor) {
        UserAccount account = account(actor);
        String secret = Totp.newSecret();
        return new TotpSetup(secret, Totp.otpauthUri(ISSUER, account.getUsername(), secret));
    }

    /**
     * The person typed the code their app shows for {@code setup}'s secret: from now on they sign in
     * with password and code. A wrong or expired code is refused with what to do about it.
     */
    public void confirm(SignedInUser actor, TotpSetup setup, String code) {
        UserAccount account = account(actor);
        SignInThrottle throttle = new SignInThrottle(limits, origin::address, clock);
        Optional<Duration> wait = throttle.waitBefore(account.getUsername());
        if (wait.isPresent()) {
            throw ActionRefusedException.of("totpCode", "totp.invalid.throttled", String.valueOf(wait.get().toSeconds()));
        }
        if (setup == null || setup.secret() == null || !setup.secret().matches("[A-Z2-7]{32}")) {
            throw ActionRefusedException.of("totpCode", "totp.invalid.noSetup");
        }
        String typed = code == null ? "" : code.replace(" ", "").strip();
        if (!typed.matches("\\d{" + Totp.DIGITS + "}")) {
            throw ActionRefusedException.of("totpCode", "totp.invalid.format", String.valueOf(Totp.DIGITS));
        }
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(setup.secret(), typed, now);
        if (step.isEmpty()) {
            throttle.failed(account.getUsername());
            auditor.record(account.getUsername(), "totpCodeRefused", null, null, Map.of(), Map.of("username", account.getUsername()));
            throw ActionRefusedException.of("totpCode", "totp.invalid.code");
        }
        account.enrolTotp(sealer.seal(setup.secret(), account.getUsername()), step.getAsLong());
        auditor.record(account.getUsername(), "totpEnrolled", null, null, Map.of(), Map.of("username", account.getUsername()));
    }

    private UserAccount account(SignedInUser actor) {
        return accounts.findByUsername(actor.username()).orElseThrow(() -> new AccessRefusedException("access.signedInOnly"));
    }
}
