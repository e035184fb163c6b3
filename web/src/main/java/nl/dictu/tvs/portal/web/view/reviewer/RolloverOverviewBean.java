package nl.dictu.tvs.portal.web.view.reviewer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.rollover.CertificateRollover;
import nl.dictu.tvs.portal.usecase.rollover.RolloverConnectionView;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.util.List;

/** The certificate rollovers on the reviewers' expiry page ({@code reviewer/expiry.xhtml}): what TVS uses when, per connection. */
@Named
@RequestScoped
public class RolloverOverviewBean {

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private CertificateRollover rollover;

    private List<RolloverConnectionView> connections;
    private Integer ran;

    public List<RolloverConnectionView> getConnections() {
        if (connections == null) {
            connections = currentUser.user().map(rollover::overview).orElse(List.of());
        }
        return connections;
    }

    public void runNow() {
        try {
            ran = rollover.runNow(currentUser.signedIn());
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        }
        connections = null;
    }

    /** How many steps the run just took; null before. */
    public Integer getRan() {
        return ran;
    }
}
