package nl.dictu.tvs.portal.web.view.applicant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.termination.ConnectionTermination;
import nl.dictu.tvs.portal.web.view.PageMessages;
import nl.dictu.tvs.portal.web.view.TerminationFields;


/**
 * Ending a live connection ({@code applicant/terminate.xhtml}): the day it ends and why; the service
 * refuses a day in the past and a missing reason.
 */
@Named
@ViewScoped
public class TerminationBean extends ApplicantTaskForm {

    private static final long serialVersionUID = 1L;

    @EJB
    private ConnectionTermination terminations;

    private final TerminationFields fields = new TerminationFields();

    @Override
    protected boolean loadForm(SignedInUser user, String reference) {
        return terminations.mayTerminate(user, reference);
    }

    public String confirm() {
        try {
            terminations.terminateAsApplicant(user(), getReference(), fields.getEndsOn(), fields.getReason());
        } catch (ActionRefusedException e) {
            if (e.field() == null) {
                refused(e);
            } else {
                e.all().forEach(refusal -> PageMessages.refusal("termination:" + refusal.field(), refusal));
            }
            return null;
        } catch (ApplicationServiceException e) {
            refused(e);
            return null;
        }
        return ApplicantTasks.backToApplication(getReference(), "terminated");
    }

    public TerminationFields getFields() {
        return fields;
    }
}
