package nl.dictu.tvs.portal.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.shared.i18n.Bundle;
import nl.dictu.tvs.portal.usecase.membership.DemoRegistration;
import nl.dictu.tvs.portal.usecase.membership.RegistrationView;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;
import nl.dictu.tvs.portal.web.security.SessionSignIn;

/**
 * The demo registration page: an organisation with a test OIN and the newcomer's own account. The
 * form's answer is always "we sent you a mail"; the mail's link opens this page again with its
 * token, where the newcomer completes the registration, is signed in and starts the wizard.
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
    private String sentTo;
    private String token;
    private RegistrationView pending;
    private String problem;

    /** The token of a registration's link travels in the link (GET) and in a hidden field (the POST). */
    @PostConstruct
    void readToken() {
        token = request.getParameter("token");
    }

    public boolean isAvailable() {
        return registration.isAvailable();
    }

    public String register() {
        try {
            registration.register(oin, organisationName, account.toNewAccount(localeBean.getLanguage()));
            sentTo = account.getEmail().strip();
        } catch (ApplicationServiceException e) {
            TooManyRequests.answer(e);
            refusal = FormRefusal.of(e, localeBean.getLocale());
        }
        return null;
    }

    /** Opened from a registration's link. */
    public boolean isCompleting() {
        return token != null;
    }

    /** The open registration of the link; when it is unknown, used or expired, {@link #getProblem()} says which. */
    public RegistrationView getPending() {
        if (pending == null && problem == null && isCompleting()) {
            try {
                pending = registration.open(token);
            } catch (ApplicationServiceException e) {
                problem = Bundle.text(localeBean.getLocale(), e.messageKey(), e.arguments().toArray());
            }
        }
        return pending;
    }

    public String getProblem() {
        getPending();
        return problem;
    }

    public String complete() {
        try {
            SignedInUser user = registration.complete(token);
            SessionSignIn.signIn(request, user);
            return "/applicant/apply/organisation?faces-redirect=true";
        } catch (ApplicationServiceException e) {
            refusal = FormRefusal.of(e, localeBean.getLocale());
            return null;
        }
    }

    /** The address the mail went to, once the form was accepted; null before. */
    public String getSentTo() {
        return sentTo;
    }

    public String getToken() {
        return token;
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
