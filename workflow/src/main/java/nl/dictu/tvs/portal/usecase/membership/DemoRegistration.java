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
import nl.dictu.tvs.portal.domain.invitation.InvitationRepository;
import nl.dictu.tvs.portal.domain.invitation.RegistrationRequest;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.domain.mail.OutboxMailRepository;
import nl.dictu.tvs.portal.usecase.notification.MailParameters;
import nl.dictu.tvs.portal.usecase.notification.MailTemplates;
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
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * In demo mode only: a newcomer registers an organisation with a test OIN (prefix
 * {@value #TEST_OIN_PREFIX}) and their own account, and can apply at once. Outside demo mode
 * organisations and accounts do not come from the internet.
 *
 * <p>The account's user name is its e-mail address, and the form's answer never tells whether that
 * address has an account: either way the same work is done (the password hashed, one mail queued)
 * and the same answer given. The mail tells the address's owner the rest: a link that completes the
 * registration (made when the mail is sent, as an invitation's, and working once for as long), or
 * that an account with this address exists and how to sign in.
 */
@Stateless
public class DemoRegistration {

    public static final String TEST_OIN_PREFIX = "00000099";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private InvitationRepository invitations;

    @Inject
    private OutboxMailRepository outbox;

    @Inject
    private PortalConfig config;

    @Inject
    private Clock clock;

    @Inject
    private ApplicationDraftRepository drafts;

    private BooleanSupplier demoMode;

    private Supplier<String> publicUrl;

    @Inject
    private RequestLimiter limiter;

    public DemoRegistration() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public DemoRegistration(OrganisationRepository organisations, UserAccountRepository accounts,
                            InvitationRepository invitations, OutboxMailRepository outbox, boolean demoMode,
                            String publicUrl, Clock clock, ApplicationDraftRepository drafts, RequestLimiter limiter) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.invitations = invitations;
        this.outbox = outbox;
        this.drafts = drafts;
        this.demoMode = () -> demoMode;
        this.publicUrl = () -> publicUrl;
        this.clock = clock;
        this.limiter = limiter;
    }

    public boolean isAvailable() {
        return demoMode != null ? demoMode.getAsBoolean() : config.isDemoMode();
    }

    /**
     * Checks the form and queues the mail to the address: the link that completes the registration,
     * or, when the address already has an account, word of that. The caller learns only that a mail
     * is on its way; a field that does not meet its rule is refused, whatever the address.
     */
    public void register(String oin, String organisationName, NewAccount newAccount) {
        requireAvailable();
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
        refusals.addAll(NewAccountRules.problems(newAccount));
        if (!refusals.isEmpty()) {
            throw ActionRefusedException.ofAll(refusals);
        }
        Instant now = clock.instant();
        String address = UserAccount.normalise(newAccount.email());
        String language = UserAccount.ENGLISH.equals(newAccount.language()) ? UserAccount.ENGLISH : UserAccount.DUTCH;
        // hashed on both paths, so the answer takes as long whether the address has an account or not
        String passwordHash = PasswordHash.hash(newAccount.password().toCharArray());
        if (accounts.isAddressInUse(address)) {
            outbox.queueOnce(new OutboxMail(MailTemplates.REGISTRATION_EXISTS + ":" + UUID.randomUUID(), address,
                    MailTemplates.REGISTRATION_EXISTS, language, new MailParameters("", "", "", name,
                    publicUrl() + LOGIN_PAGE, "", "").toJson(), now));
            return;
        }
        // a placeholder nobody knows until the mail is sent and the link's token replaces it
        RegistrationRequest request = invitations.save(new RegistrationRequest(address, newAccount.displayName().strip(),
                passwordHash, language, typedOin, name, InvitationToken.sha256(InvitationToken.generate()), now));
        outbox.queueOnce(new OutboxMail(MailTemplates.REGISTRATION + ":" + request.getId(), address,
                MailTemplates.REGISTRATION, language, MailParameters.registration(name, request.getId()).toJson(), now));
    }

    /** The open registration behind the link's token: which organisation, for which address. */
    public RegistrationView open(String token) {
        requireAvailable();
        RegistrationRequest request = openRequest(token, clock.instant());
        return new RegistrationView(request.getEmail(), request.getOrganisationName(), request.getOin());
    }

    /**
     * Completes the registration the link's token proves: the organisation and its first member (an
     * applicant, with the address as user name) are made, and the member is returned as signed in.
     * Refused when the OIN or the address has been taken since.
     */
    public SignedInUser complete(String token) {
        requireAvailable();
        Instant now = clock.instant();
        RegistrationRequest request = openRequest(token, now);
        if (organisations.findByOin(request.getOin()).isPresent()) {
            throw new ActionRefusedException("registration.organisationExists", request.getOin());
        }
        if (accounts.isAddressInUse(request.getEmail())) {
            throw new ActionRefusedException("registration.accountExists", request.getEmail());
        }
        Organisation organisation = organisations.save(new Organisation(request.getOin(), request.getOrganisationName(), now));
        UserAccount account = UserAccount.member(request.getEmail(), request.getDisplayName(), request.getEmail(),
                request.getPasswordHash(), organisation, MemberRole.APPLICANT, now);
        account.changePreferredLanguage(request.getPreferredLanguage());
        account.recordSuccessfulLogin(now);
        accounts.save(account);
        request.complete(now);
        startDraft(organisation, account, now);
        return AccountService.toSignedInUser(account, null);
    }

    private void requireAvailable() {
        if (!isAvailable()) {
            throw new ActionRefusedException("registration.demoOnly");
        }
    }

    private RegistrationRequest openRequest(String token, Instant now) {
        if (!InvitationToken.isWellFormed(token)) {
            throw new ActionRefusedException("registration.link.unknown");
        }
        RegistrationRequest request = invitations.findRegistrationRequestByTokenSha256(InvitationToken.sha256(token))
                .orElseThrow(() -> new ActionRefusedException("registration.link.unknown"));
        if (request.isCompleted()) {
            throw new ActionRefusedException("registration.link.used", request.getEmail());
        }
        if (request.isExpired(now)) {
            throw new ActionRefusedException("registration.link.expired");
        }
        return request;
    }

    private String publicUrl() {
        return publicUrl != null ? publicUrl.get() : config.requiredPublicUrl();
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
