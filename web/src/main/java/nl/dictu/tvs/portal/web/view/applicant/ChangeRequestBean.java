package nl.dictu.tvs.portal.web.view.applicant;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.change.ChangeRequestView;
import nl.dictu.tvs.portal.usecase.change.ChangeRequests;
import nl.dictu.tvs.portal.web.view.PageMessages;

/**
 * Following a change request ({@code applicant/change-request.xhtml?reference=<change request>}): what it changes, the
 * checks, who is to move by when, its outcome and confirmation; withdrawing it while it is being decided.
 */
@Named
@ViewScoped
public class ChangeRequestBean extends ApplicantTaskForm {

    private static final long serialVersionUID = 1L;

    @EJB
    private ChangeRequests changes;

    private ChangeRequestView request;

    @Override
    protected boolean loadForm(SignedInUser user, String reference) {
        if (reference == null || reference.isBlank()) {
            return false;
        }
        request = changes.view(user, reference, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return request.isOpen();
    }

    public String withdraw() {
        try {
            changes.withdraw(user(), getReference());
        } catch (ApplicationServiceException e) {
            refused(e);
            return null;
        }
        PageMessages.info("change.withdrawn", getReference());
        request = changes.view(user(), getReference(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return null;
    }

    public ChangeRequestView getRequest() {
        return request;
    }
}
