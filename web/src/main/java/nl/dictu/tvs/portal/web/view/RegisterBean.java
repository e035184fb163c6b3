package nl.dictu.tvs.portal.web.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.membership.DemoRegistration;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;
import nl.dictu.tvs.portal.web.security.SessionSignIn;

/**
 * The demo registration page: an organisation with a test OIN and the newcomer's own account; on
 * success they are signed in and start the wizard.
 */
@Named
@RequestScoped
public class RegisterBean {

    @EJB
    private DemoRegistration registration;

    @Inject
    private HttpServletRequest request;

    @Inject
    private LocaleBean localeBean;

    private final AccountForm account = new AccountForm();
    private String oin;
    private String organisationName;
    private FormRefusal refusal;

    public boolean isAvailable() {
        return registration.isAvailable();
    }

    public String register() {
        try {
            SignedInUser user = registration.register(oin, organisationName, account.toNewAccount(localeBean.getLanguage()));
            SessionSignIn.signIn(request, user);
            return "/applicant/apply/organisation?faces-redirect=true";
        } catch (ApplicationServiceException e) {
            TooManyRequests.answer(e);
            refusal = FormRefusal.of(e, localeBean.getLocale());
            return null;
        }
    }

    public AccountForm getAccount() {
        return account;
    }

    public String getOin() {
        return oin;
    }

    public void setOin(String oin) {
        this.oin = oin;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public FormRefusal getRefusal() {
        return refusal;
    }
}
