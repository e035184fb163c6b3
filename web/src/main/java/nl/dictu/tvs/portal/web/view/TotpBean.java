package nl.dictu.tvs.portal.web.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.shared.i18n.Bundle;
import nl.dictu.tvs.portal.usecase.account.TotpEnrolment;
import nl.dictu.tvs.portal.usecase.account.TotpSetup;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;
import nl.dictu.tvs.portal.web.security.PortalAuthenticationMechanism;

import java.io.Serializable;

/**
 * The two-step verification page: a person sets up TOTP here (the secret shown once, confirmed
 * with a code), and a signatory without it must before any other page opens. The secret lives in
 * this view only until the code confirms it.
 */
@Named
@ViewScoped
public class TotpBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TotpEnrolment enrolment;

    @Inject
    private CurrentUserBean currentUser;

    @Inject
    private HttpServletRequest request;

    @Inject
    private LocaleBean localeBean;

    private TotpSetup setup;
    private String code;
    private boolean enrolled;
    private transient FormRefusal refusal;

    public boolean isOn() {
        return enrolled || enrolment.isOn(actor());
    }

    public boolean isRequired() {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(PortalAuthenticationMechanism.MUST_ENROL_TOTP));
    }

    public String start() {
        setup = enrolment.start(actor());
        refusal = null;
        return null;
    }

    public String confirm() {
        try {
            enrolment.confirm(actor(), setup, code);
            enrolled = true;
            setup = null;
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(PortalAuthenticationMechanism.MUST_ENROL_TOTP);
            }
        } catch (ApplicationServiceException e) {
            refusal = new FormRefusal(Bundle.text(localeBean.getLocale(), e.messageKey(), e.arguments().toArray()),
                    AccountForm.fieldOf(e));
        }
        code = null;
        return null;
    }

    private SignedInUser actor() {
        return currentUser.signedIn();
    }

    public TotpSetup getSetup() {
        return setup;
    }

    /** The {@code otpauth://} address as a QR code (inline SVG) for the app to scan; empty without a set-up. */
    public String getQrCode() {
        return setup == null ? "" : QrCodeSvg.of(setup.otpauthUri(), Bundle.text(localeBean.getLocale(), "totp.qrLabel"));
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public FormRefusal getRefusal() {
        return refusal;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
