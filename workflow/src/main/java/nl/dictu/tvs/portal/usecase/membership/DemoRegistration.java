package nl.dictu.tvs.portal.usecase.membership;

import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.limit.RequestLimit;
import nl.dictu.tvs.portal.shared.limit.RequestLimiter;
import nl.dictu.tvs.portal.usecase.account.AccountService;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.user.MemberRole;
import nl.dictu.tvs.portal.domain.user.PasswordHash;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.shared.config.PortalConfig;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingMessages;
import nl.dictu.tvs.portal.trust.oin.OinCheck;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * In demo mode only: a newcomer registers an organisation with a test OIN (prefix
 * {@value #TEST_OIN_PREFIX}) and their own account, and can apply at once. Outside demo mode
 * organisations and accounts do not come from the internet.
 */
@Stateless
public class DemoRegistration {

    public static final String TEST_OIN_PREFIX = "00000099";

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PortalConfig config;

    @Inject
    private Clock clock;

    private BooleanSupplier demoMode;

    @Inject
    private RequestLimiter limiter;

    public DemoRegistration() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public DemoRegistration(OrganisationRepository organisations, UserAccountRepository accounts, boolean demoMode,
                            Clock clock, RequestLimiter limiter) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.demoMode = () -> demoMode;
        this.clock = clock;
        this.limiter = limiter;
    }

    public boolean isAvailable() {
        return demoMode != null ? demoMode.getAsBoolean() : config.isDemoMode();
    }

    /** Creates the organisation and its first member (an applicant); returns the member as signed in. */
    public SignedInUser register(String oin, String organisationName, NewAccount newAccount) {
        if (!isAvailable()) {
            throw new ActionRefusedException("registration.demoOnly");
        }
        limiter.require(RequestLimit.REGISTRATION, null);
        String typedOin = oin == null ? "" : oin.strip();
        for (Finding finding : new OinCheck(true).check(typedOin)) {
            if (finding.isError()) {
                throw ActionRefusedException.of("oin", FindingMessages.keyOf(finding.code()),
                        finding.arguments().toArray(String[]::new));
            }
        }
        if (!typedOin.startsWith(TEST_OIN_PREFIX)) {
            throw ActionRefusedException.of("oin", "registration.testOinOnly", typedOin, TEST_OIN_PREFIX);
        }
        String name = organisationName == null ? "" : organisationName.strip();
        if (name.isEmpty() || name.length() > Organisation.NAME_MAX) {
            throw ActionRefusedException.of("organisationName", "registration.invalid.organisationName", String.valueOf(Organisation.NAME_MAX));
        }
        if (organisations.findByOin(typedOin).isPresent()) {
            throw ActionRefusedException.of("oin", "registration.organisationExists", typedOin);
        }
        NewAccountRules.require(newAccount, accounts);
        Instant now = clock.instant();
        Organisation organisation = organisations.save(new Organisation(typedOin, name, now));
        UserAccount account = UserAccount.member(newAccount.username().strip(), newAccount.displayName().strip(),
                newAccount.email().strip(), PasswordHash.hash(newAccount.password().toCharArray()), organisation,
                MemberRole.APPLICANT, now);
        account.changePreferredLanguage(newAccount.language());
        account.recordSuccessfulLogin(now);
        accounts.save(account);
        return AccountService.toSignedInUser(account, null);
    }
}
