package nl.dictu.tvs.portal.usecase.membership;

import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.limit.RequestLimit;
import nl.dictu.tvs.portal.shared.limit.RequestLimiter;
import nl.dictu.tvs.portal.usecase.account.AccountService;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.application.ContactRole;
import nl.dictu.tvs.portal.domain.draft.ApplicationDraft;
import nl.dictu.tvs.portal.domain.draft.ApplicationDraftRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.usecase.applying.draft.ContactEntry;
import nl.dictu.tvs.portal.usecase.applying.draft.DraftJson;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardDraft;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    @Inject
    private ApplicationDraftRepository drafts;

    private BooleanSupplier demoMode;

    @Inject
    private RequestLimiter limiter;

    public DemoRegistration() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public DemoRegistration(OrganisationRepository organisations, UserAccountRepository accounts, boolean demoMode,
                            Clock clock, ApplicationDraftRepository drafts, RequestLimiter limiter) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.drafts = drafts;
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
        List<ActionRefusedException> refusals = new ArrayList<>();
        oinProblem(typedOin).ifPresent(refusals::add);
        String name = organisationName == null ? "" : organisationName.strip();
        if (name.isEmpty() || name.length() > Organisation.NAME_MAX) {
            refusals.add(ActionRefusedException.of("organisationName", "registration.invalid.organisationName",
                    String.valueOf(Organisation.NAME_MAX)));
        }
        // every problem of the form at once, each at its own field
        refusals.addAll(NewAccountRules.problems(newAccount, accounts));
        if (!refusals.isEmpty()) {
            throw ActionRefusedException.ofAll(refusals);
        }
        Instant now = clock.instant();
        Organisation organisation = organisations.save(new Organisation(typedOin, name, now));
        UserAccount account = UserAccount.member(newAccount.username().strip(), newAccount.displayName().strip(),
                newAccount.email().strip(), PasswordHash.hash(newAccount.password().toCharArray()), organisation,
                MemberRole.APPLICANT, now);
        account.changePreferredLanguage(newAccount.language());
        account.recordSuccessfulLogin(now);
        accounts.save(account);
        startDraft(organisation, account, now);
        return AccountService.toSignedInUser(account, null);
    }

    private Optional<ActionRefusedException> oinProblem(String typedOin) {
        for (Finding finding : new OinCheck(true).check(typedOin)) {
            if (finding.isError()) {
                return Optional.of(ActionRefusedException.of("oin", FindingMessages.keyOf(finding.code()),
                        finding.arguments().toArray(String[]::new)));
            }
        }
        if (!typedOin.startsWith(TEST_OIN_PREFIX)) {
            return Optional.of(ActionRefusedException.of("oin", "registration.testOinOnly", typedOin, TEST_OIN_PREFIX));
        }
        if (organisations.findByOin(typedOin).isPresent()) {
            return Optional.of(ActionRefusedException.of("oin", "registration.organisationExists", typedOin));
        }
        return Optional.empty();
    }

    /** The wizard starts with the newcomer as the technical contact: they just gave their name and address. */
    private void startDraft(Organisation organisation, UserAccount account, Instant now) {
        WizardDraft draft = WizardDraft.startFor(organisation.getOin(), organisation.getName());
        ContactEntry technical = draft.contact(ContactRole.TECHNICAL);
        technical.setName(account.getDisplayName());
        technical.setEmail(account.getEmail());
        drafts.save(new ApplicationDraft(organisation, DraftJson.write(draft), account.getUsername(), now));
    }
}
