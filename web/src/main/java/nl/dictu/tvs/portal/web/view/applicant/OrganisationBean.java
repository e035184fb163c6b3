package nl.dictu.tvs.portal.web.view.applicant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.membership.InvitationView;
import nl.dictu.tvs.portal.usecase.membership.MemberView;
import nl.dictu.tvs.portal.usecase.membership.MembershipService;
import nl.dictu.tvs.portal.domain.user.MemberRole;
import nl.dictu.tvs.portal.shared.i18n.Bundle;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.FieldIds;
import nl.dictu.tvs.portal.web.view.FormRefusal;
import nl.dictu.tvs.portal.web.view.TooManyRequests;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/** The organisation page: its members, the open invitations, and inviting a colleague. */
@Named
@RequestScoped
public class OrganisationBean {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** The invitation's fields on this page, which share it with the member list. */
    private static final Map<String, String> INVITE_FIELDS = Map.of("role", "inviteRole", "email", "inviteEmail");

    @Inject
    private CurrentUserBean currentUser;

    @Inject
    private LocaleBean localeBean;

    @EJB
    private MembershipService membership;

    private String email;
    private MemberRole role = MemberRole.APPLICANT;
    private FormRefusal refusal;
    private String sent;

    public List<MemberView> getMembers() {
        return membership.members(actor());
    }

    public List<InvitationView> getInvitations() {
        return membership.openInvitations(actor());
    }

    public List<MemberRole> getRoles() {
        return List.of(MemberRole.values());
    }

    public String getOrganisationOin() {
        return actor().organisationOin();
    }

    public String invite() {
        try {
            InvitationView invitation = membership.invite(actor(), email, role, localeBean.getLanguage());
            sent = Bundle.text(localeBean.getLocale(), "organisation.invite.sent", invitation.email(),
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(localeBean.getLocale())
                            .format(invitation.expiresAt().atZone(ZONE)));
            email = null;
        } catch (ApplicationServiceException e) {
            TooManyRequests.answer(e);
            String field = FieldIds.clientId(null, e.field(), INVITE_FIELDS);
            refusal = new FormRefusal(Bundle.text(localeBean.getLocale(), e.messageKey(), e.arguments().toArray()), field);
        }
        return null;
    }

    private SignedInUser actor() {
        return currentUser.signedIn();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public MemberRole getRole() {
        return role;
    }

    public void setRole(MemberRole role) {
        this.role = role;
    }

    public FormRefusal getRefusal() {
        return refusal;
    }

    public String getSent() {
        return sent;
    }
}
