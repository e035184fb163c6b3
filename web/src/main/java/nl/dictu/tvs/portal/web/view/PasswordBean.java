package nl.dictu.tvs.portal.web.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.shared.i18n.Bundle;
import nl.dictu.tvs.portal.usecase.account.AccountService;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;
import nl.dictu.tvs.portal.web.security.PortalAuthenticationMechanism;
import nl.dictu.tvs.portal.web.security.SessionSignIn;

/**
 * The password page: every signed-in person chooses a new password here, and someone who signed
 * in with a one-time password must, before any other page opens. This session stays signed in
 * (with a new CSRF token); the account's other sessions end.
 */
@Named
@RequestScoped
public class PasswordBean {

    @EJB
    private AccountService accounts;

    @Inject
    private CurrentUserBean currentUser;

    @Inject
    private HttpServletRequest request;

    @Inject
    private LocaleBean localeBean;

    private String current;
    private String chosen;
    private String repeated;
    private boolean changed;
    private FormRefusal refusal;

    public boolean isMustChange() {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(PortalAuthenticationMechanism.MUST_CHANGE_PASSWORD));
    }

    public String change() {
        SignedInUser actor = currentUser.signedIn();
        try {
            SessionSignIn.passwordChanged(request, accounts.changeOwnPassword(actor, current, chosen, repeated));
            changed = true;
        } catch (ApplicationServiceException e) {
            refusal = new FormRefusal(Bundle.text(localeBean.getLocale(), e.messageKey(), e.arguments().toArray()),
                    AccountForm.fieldOf(e));
        }
        return null;
    }

    public boolean isChanged() {
        return changed;
    }

    public FormRefusal getRefusal() {
        return refusal;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
