package nl.dictu.tvs.portal.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.membership.InvitationAcceptance;
import nl.dictu.tvs.portal.usecase.membership.InvitationView;
import nl.dictu.tvs.portal.shared.i18n.Bundle;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;
import nl.dictu.tvs.portal.web.security.SessionSignIn;


/**
 * The page an invitation link opens: what it invites to, and the invitee's name and password (their
 * user name is the invited address).
 * On success they are signed in and land on their start page.
 */
@Named
@RequestScoped
public class InvitationBean {

    @EJB
    private InvitationAcceptance acceptance;

    @Inject
    private HttpServletRequest request;

    @Inject
    private LocaleBean localeBean;

    private final AccountForm account = new AccountForm();
    private String token;
    private InvitationView invitation;
    private String problem;
    private FormRefusal refusal;

    /** The token travels in the link (GET) and in a hidden field (the form's POST). */
    @PostConstruct
    void readToken() {
        token = request.getParameter("token");
    }

    /** The open invitation; when the link is unknown, used or expired, {@link #getProblem()} says which. */
    public InvitationView getInvitation() {
        if (invitation == null && problem == null) {
            try {
                invitation = acceptance.open(token);
            } catch (ApplicationServiceException e) {
                problem = Bundle.text(localeBean.getLocale(), e.messageKey(), e.arguments().toArray());
            }
        }
        return invitation;
    }

    public String getProblem() {
        getInvitation();
        return problem;
    }

    public String getRoleLabel() {
        return getInvitation() == null ? ""
                : Bundle.text(localeBean.getLocale(), "member.role." + getInvitation().memberRole().name());
    }

    public String getIntro() {
        return getInvitation() == null ? "" : Bundle.text(localeBean.getLocale(), "invitation.intro",
                getInvitation().organisationName(), getRoleLabel());
    }

    public String accept() {
        try {
            SignedInUser user = acceptance.accept(token, account.toNewAccount(localeBean.getLanguage()));
            SessionSignIn.signIn(request, user);
            return "/applicant/index?faces-redirect=true";
        } catch (ApplicationServiceException e) {
            refusal = FormRefusal.of(e, localeBean.getLocale());
            return null;
        }
    }

    public AccountForm getAccount() {
        return account;
    }

    public String getToken() {
        return token;
    }

    public FormRefusal getRefusal() {
        return refusal;
    }
}
