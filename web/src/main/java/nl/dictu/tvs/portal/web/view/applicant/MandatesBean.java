package nl.dictu.tvs.portal.web.view.applicant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.shared.i18n.Bundle;
import nl.dictu.tvs.portal.usecase.mandate.ActedForView;
import nl.dictu.tvs.portal.usecase.mandate.MandateService;
import nl.dictu.tvs.portal.usecase.mandate.MandateView;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.FieldIds;
import nl.dictu.tvs.portal.web.view.FormRefusal;

import java.util.List;
import java.util.Map;

/**
 * The mandates page: the organisation's mandates (as supplier or as served organisation), inviting the other side,
 * accepting and revoking, and what suppliers did in the organisation's name.
 */
@Named
@RequestScoped
public class MandatesBean {

    private static final Map<String, String> FIELDS = Map.of("oin", "mandateOin");

    @Inject
    private CurrentUserBean currentUser;

    @Inject
    private LocaleBean localeBean;

    @EJB
    private MandateService service;

    private String oin;
    private FormRefusal refusal;
    private String done;
    private List<MandateView> mandates;

    public List<MandateView> getMandates() {
        if (mandates == null) {
            mandates = service.mandates(actor());
        }
        return mandates;
    }

    public List<ActedForView> getActedFor() {
        return service.actedForOwnOrganisation(actor());
    }

    /** Whether the signed-in member's organisation is a supplier: the page then speaks to the supplier. */
    public boolean isSupplier() {
        return service.isSupplier(actor());
    }

    public String invite() {
        try {
            MandateView invited = service.invite(actor(), oin);
            done = text("mandates.invited", invited.supplierName(), invited.servedName());
            oin = null;
            mandates = null;
        } catch (ApplicationServiceException e) {
            refusal = new FormRefusal(text(e.messageKey(), e.arguments().toArray()),
                    FieldIds.clientId(null, e.field(), FIELDS));
        }
        return null;
    }

    public String accept(long mandateId) {
        try {
            service.accept(actor(), mandateId);
            done = text("mandates.accepted");
            mandates = null;
        } catch (ApplicationServiceException e) {
            refusal = FormRefusal.of(e, localeBean.getLocale());
        }
        return null;
    }

    public String revoke(long mandateId) {
        try {
            service.revoke(actor(), mandateId);
            done = text("mandates.revoked");
            mandates = null;
        } catch (ApplicationServiceException e) {
            refusal = FormRefusal.of(e, localeBean.getLocale());
        }
        return null;
    }

    private String text(String key, Object... arguments) {
        return Bundle.text(localeBean.getLocale(), key, arguments);
    }

    private SignedInUser actor() {
        return currentUser.signedIn();
    }

    public String getOin() {
        return oin;
    }

    public void setOin(String oin) {
        this.oin = oin;
    }

    public FormRefusal getRefusal() {
        return refusal;
    }

    public String getDone() {
        return done;
    }
}
