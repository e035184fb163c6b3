package nl.dictu.tvs.portal.web.view.reviewer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.expiry.ExpiryOverview;
import nl.dictu.tvs.portal.usecase.expiry.ExpiryRow;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.util.List;

/** The reviewers' expiry list ({@code reviewer/expiry.xhtml}): what expires in the next 90 days, and the follow-ups. */
@Named
@RequestScoped
public class ExpiryBean {

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private ExpiryOverview overview;

    private List<ExpiryRow> rows;

    public List<ExpiryRow> getRows() {
        if (rows == null) {
            rows = currentUser.user().map(overview::upcoming).orElse(List.of());
        }
        return rows;
    }

    public void checkNow() {
        try {
            PageMessages.info("expiry.checked", overview.runNow(currentUser.signedIn()));
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        }
        rows = null;
    }

    public void markHandled(long itemId) {
        try {
            overview.markHandled(currentUser.signedIn(), itemId);
            PageMessages.info("expiry.followUp.handled");
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        }
        rows = null;
    }
}
