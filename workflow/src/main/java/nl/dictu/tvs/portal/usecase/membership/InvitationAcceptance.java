package nl.dictu.tvs.portal.usecase.membership;

import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.usecase.account.AccountService;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.domain.invitation.Invitation;
import nl.dictu.tvs.portal.domain.invitation.InvitationRepository;
import nl.dictu.tvs.portal.domain.user.PasswordHash;
import nl.dictu.tvs.portal.domain.user.UserAccount;
import nl.dictu.tvs.portal.domain.user.UserAccountRepository;

import java.time.Clock;
import java.time.Instant;

/**
 * The invitee's side, before they have an account: what the link invites them to, and accepting
 * it with their name and a password of their own. The user name is the invited address: the link
 * proves the invitee reads that mailbox, so telling them that the address already has an account
 * tells nobody else anything. A link works once and until it expires; an unknown, used or expired
 * link says which of these it is, and nothing about the organisation.
 */
@Stateless
public class InvitationAcceptance {

    @Inject
    private InvitationRepository invitations;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Clock clock;

    public InvitationAcceptance() {
        // for the container
    }

    /** Outside the container (tests), with the collaborators the container would inject. */
    public InvitationAcceptance(InvitationRepository invitations, UserAccountRepository accounts, Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The open invitation behind the token. */
    public InvitationView open(String token) {
        return MembershipService.view(openInvitation(token, clock.instant()));
    }

    /**
     * Creates the invitee's account in the invitation's organisation and role, with the invited
     * e-mail address as address and user name, and uses up the invitation. Returns the account as
     * signed in. Refused when the address already has an account: the invitee signs in with it.
     */
    public SignedInUser accept(String token, NewAccount newAccount) {
        Instant now = clock.instant();
        Invitation invitation = openInvitation(token, now);
        NewAccount withInvitedAddress = new NewAccount(newAccount.displayName(), invitation.getEmail(),
                newAccount.password(), newAccount.passwordRepeat(), newAccount.language());
        NewAccountRules.require(withInvitedAddress);
        String username = UserAccount.normalise(invitation.getEmail());
        if (accounts.isAddressInUse(username)) {
            throw new ActionRefusedException("invitation.accountExists", username);
        }
        UserAccount account = UserAccount.member(username,
                withInvitedAddress.displayName().strip(), invitation.getEmail(),
                PasswordHash.hash(withInvitedAddress.password().toCharArray()), invitation.getOrganisation(),
                invitation.getMemberRole(), now);
        account.changePreferredLanguage(newAccount.language());
        account.recordSuccessfulLogin(now);
        accounts.save(account);
        invitation.accept(account.getUsername(), now);
        return AccountService.toSignedInUser(account, null);
    }

    private Invitation openInvitation(String token, Instant now) {
        if (!InvitationToken.isWellFormed(token)) {
            throw new ActionRefusedException("invitation.unknown");
        }
        Invitation invitation = invitations.findByTokenSha256(InvitationToken.sha256(token))
                .orElseThrow(() -> new ActionRefusedException("invitation.unknown"));
        if (invitation.getAcceptedAt().isPresent()) {
            throw new ActionRefusedException("invitation.used");
        }
        if (invitation.isExpired(now)) {
            throw new ActionRefusedException("invitation.expired");
        }
        return invitation;
    }
}
