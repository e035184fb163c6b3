package nl.dictu.tvs.portal.usecase.membership;

import nl.dictu.tvs.portal.shared.access.AccessPolicy;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.invitation.Invitation;
import nl.dictu.tvs.portal.domain.invitation.InvitationRepository;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.domain.mail.OutboxMailRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.domain.organisation.OrganisationRepository;
import nl.dictu.tvs.portal.domain.user.MemberRole;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;
import nl.dictu.tvs.portal.usecase.notification.MailParameters;
import nl.dictu.tvs.portal.shared.audit.Auditor;
import nl.dictu.tvs.portal.shared.limit.RequestLimit;
import nl.dictu.tvs.portal.shared.limit.RequestLimiter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people of an applicant's organisation: who the members are, who is invited, and inviting a
 * colleague. The invitation mail goes through the outbox in the same transaction, so an
 * invitation exists exactly when its mail is on its way.
 */
@Stateless
public class MembershipService {

    public static final String INVITATION_TEMPLATE = nl.dictu.tvs.portal.usecase.notification.MailTemplates.INVITATION;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private InvitationRepository invitations;

    @Inject
    private OutboxMailRepository outbox;

    @Inject
    private Clock clock;

    @Inject
    private RequestLimiter limiter;

    @Inject
    private Auditor auditor;

    public MembershipService() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public MembershipService(OrganisationRepository organisations, UserAccountRepository accounts,
                             InvitationRepository invitations, OutboxMailRepository outbox, Clock clock,
                             RequestLimiter limiter, Auditor auditor) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.invitations = invitations;
        this.outbox = outbox;
        this.clock = clock;
        this.limiter = limiter;
        this.auditor = auditor;
    }

    public List<MemberView> members(SignedInUser actor) {
        Organisation organisation = organisationOf(actor);
        return accounts.membersOf(organisation.getOin()).stream()
                .map(a -> new MemberView(a.getUsername(), a.getDisplayName(), a.getEmail(),
                        a.getMemberRole().orElse(MemberRole.APPLICANT), a.isEnabled()))
                .toList();
    }

    public List<InvitationView> openInvitations(SignedInUser actor) {
        Organisation organisation = organisationOf(actor);
        return invitations.openFor(organisation.getOin(), clock.instant()).stream()
                .map(MembershipService::view).toList();
    }

    /**
     * Invites a colleague and queues the mail; the mail's link, with its token, is made when it is
     * sent ({@link InvitationLinkIssuer}), so the outbox keeps only the invitation's id. Refused for
     * an address that already belongs to a member or has an open invitation.
     *
     * @param language the language of the mail, "nl" or "en"
     */
    public InvitationView invite(SignedInUser actor, String email, MemberRole role, String language) {
        Organisation organisation = organisationOf(actor);
        limiter.require(RequestLimit.INVITATION, actor.username());
        NewAccountRules.requireEmail(email);
        if (role == null) {
            throw ActionRefusedException.of("role", "invitation.invalid.role");
        }
        String address = email.strip();
        Instant now = clock.instant();
        if (accounts.membersOf(organisation.getOin()).stream().map(UserAccount::getEmail)
                .anyMatch(address::equalsIgnoreCase)) {
            throw ActionRefusedException.of("email", "invitation.alreadyMember", address);
        }
        if (invitations.openFor(organisation.getOin(), now).stream().map(Invitation::getEmail)
                .anyMatch(address::equalsIgnoreCase)) {
            throw ActionRefusedException.of("email", "invitation.alreadyInvited", address);
        }
        // a placeholder nobody knows until the mail is sent and the link's token replaces it
        Invitation invitation = invitations.save(new Invitation(organisation, address, role,
                InvitationToken.sha256(InvitationToken.generate()), actor.username(), now));
        String locale = Locale.ENGLISH.getLanguage().equals(language) ? UserAccount.ENGLISH : UserAccount.DUTCH;
        outbox.queueOnce(new OutboxMail("invitation:" + invitation.getId() + ":" + address, address, INVITATION_TEMPLATE,
                locale, MailParameters.invitation(organisation.getName(), invitation.getId()).toJson(), now));
        auditor.record(actor.username(), "invitationSent", null, null, Map.of(), Map.of("email", address,
                "role", role.name(), "organisation", organisation.getOin()));
        return view(invitation);
    }

    static InvitationView view(Invitation invitation) {
        return new InvitationView(invitation.getEmail(), invitation.getMemberRole(),
                invitation.getOrganisation().getName(), invitation.getInvitedBy(), invitation.getExpiresAt());
    }

    private Organisation organisationOf(SignedInUser actor) {
        AccessPolicy.requireApplicant(actor);
        return organisations.findByOin(actor.organisationOin())
                .orElseThrow(() -> new AccessRefusedException("access.applicantsOnly"));
    }
}
