package nl.dictu.tvs.portal.web.view.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.administration.OutboxAdministration;
import nl.dictu.tvs.portal.domain.mail.MailStatus;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.util.List;
import java.util.Map;

/** The mail outbox: counts per state, the newest mails of the chosen state (in the URL), retrying a failed one. */
@Named
@RequestScoped
public class OutboxBean {

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private OutboxAdministration outbox;

    private String status = MailStatus.FAILED.name();
    private Map<MailStatus, Long> counts;
    private List<OutboxAdministration.MailRow> mails;

    public List<MailStatus> getStatuses() {
        return List.of(MailStatus.values());
    }

    public Map<MailStatus, Long> getCounts() {
        if (counts == null) {
            counts = outbox.counts(currentUser.signedIn());
        }
        return counts;
    }

    public List<OutboxAdministration.MailRow> getMails() {
        if (mails == null) {
            mails = outbox.latest(currentUser.signedIn(), chosen());
        }
        return mails;
    }

    public void retry(long id) {
        try {
            outbox.retry(currentUser.signedIn(), id);
            PageMessages.info("admin.outbox.retried", id);
            counts = null;
            mails = null;
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        }
    }

    private MailStatus chosen() {
        try {
            return MailStatus.valueOf(status);
        } catch (IllegalArgumentException | NullPointerException e) {
            return MailStatus.FAILED;
        }
    }

    public String getStatus() {
        return chosen().name();
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
