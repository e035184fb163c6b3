package nl.dictu.tvs.portal.web.view.reviewer;

import nl.dictu.tvs.portal.web.view.PageMessages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.review.FailedJob;
import nl.dictu.tvs.portal.usecase.review.FailedJobs;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.util.List;

/** The incident list ({@code reviewer/incidents.xhtml}): failed automated steps and their retry. */
@Named
@RequestScoped
public class IncidentsBean {

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private FailedJobs failedJobs;

    private List<FailedJob> jobs;

    public List<FailedJob> getJobs() {
        if (jobs == null) {
            jobs = currentUser.user().map(failedJobs::list).orElse(List.of());
        }
        return jobs;
    }

    public void retry(String jobId) {
        try {
            failedJobs.retry(currentUser.signedIn(), jobId);
            PageMessages.info("incident.retried");
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        }
        jobs = null;
    }
}
