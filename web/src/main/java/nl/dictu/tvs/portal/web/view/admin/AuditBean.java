package nl.dictu.tvs.portal.web.view.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.usecase.administration.AuditCheck;
import nl.dictu.tvs.portal.usecase.administration.AuditVerification;
import nl.dictu.tvs.portal.usecase.administration.SecurityEventRow;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.util.List;

/** The audit page: whether the audit trail's hash chain is intact, and the latest security events. */
@Named
@RequestScoped
public class AuditBean {

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private AuditVerification verification;

    private AuditCheck check;
    private List<SecurityEventRow> events;

    public AuditCheck getCheck() {
        if (check == null) {
            check = verification.check(currentUser.signedIn());
        }
        return check;
    }

    public List<SecurityEventRow> getEvents() {
        if (events == null) {
            events = verification.latestSecurityEvents(currentUser.signedIn());
        }
        return events;
    }
}
