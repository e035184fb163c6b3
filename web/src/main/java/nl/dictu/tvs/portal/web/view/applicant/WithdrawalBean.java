package nl.dictu.tvs.portal.web.view.applicant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.application.ApplicationCommands;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.application.ApplicationStatusView;

/**
 * Withdrawing an application ({@code applicant/withdraw.xhtml}): a confirmation step that says
 * what withdrawing means before anything happens.
 */
@Named
@ViewScoped
public class WithdrawalBean extends ApplicantTaskForm {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationCommands commands;

    @Override
    protected boolean loadForm(SignedInUser user, String reference) {
        return ApplicationStatusView.IN_PROGRESS.equals(queries.dossier(user, reference).status().status());
    }

    public String confirm() {
        try {
            commands.withdraw(user(), getReference());
        } catch (ApplicationServiceException e) {
            refused(e);
            return null;
        }
        return ApplicantTasks.backToApplication(getReference(), "withdrawn");
    }
}
