package nl.dictu.tvs.portal.web.view.applicant;

import nl.dictu.tvs.portal.web.view.PageMessages;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.AccessRefusedException;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.application.ApplicantQueries;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.shared.error.TaskAlreadyCompletedException;
import nl.dictu.tvs.portal.web.NotFound;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.io.Serializable;

/**
 * What the applicant's task pages share: the application from {@code ?reference=} (404 when it is
 * not the organisation's), whether the task is still open, and how a refusal reaches the person.
 */
abstract class ApplicantTaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    protected ApplicantQueries queries;

    private String reference;
    private boolean taskOpen;

    /** The view action of the first request. */
    public void load() {
        try {
            taskOpen = loadForm(user(), reference);
        } catch (AccessRefusedException e) {
            if (!NotFound.is(e)) {
                throw e;
            }
            PageMessages.notFound();
        }
    }

    /** Fills the form from the application; returns whether the task is open. */
    protected abstract boolean loadForm(SignedInUser user, String reference);

    /**
     * A refused action: 404 when the application is not the organisation's; otherwise the reason on
     * the page, and when the task was meanwhile done (by a colleague, or it expired) the form closes.
     */
    protected void refused(ApplicationServiceException e) {
        if (NotFound.is(e)) {
            PageMessages.notFound();
            return;
        }
        PageMessages.refusal(null, e);
        if (e instanceof TaskAlreadyCompletedException
                || e instanceof ActionRefusedException && e.messageKey().matches("application\\.(no[A-Za-z]+Expected|albDecision\\.notExpected|withdraw\\..+)")) {
            taskOpen = false;
        }
    }

    protected SignedInUser user() {
        return currentUser.signedIn();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public boolean isTaskOpen() {
        return taskOpen;
    }
}
