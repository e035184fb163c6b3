package nl.dictu.tvs.portal.web.view.reviewer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.termination.ConnectionTermination;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.PageMessages;
import nl.dictu.tvs.portal.web.view.TerminationFields;

import java.io.Serializable;
/** DICTU ends a live connection from the reviewer's dossier ({@code reviewer/application.xhtml}): the day and why. */
@Named
@ViewScoped
public class TerminationByDictuBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private ConnectionTermination terminations;

    @Inject
    private ApplicationBean applicationBean;

    private final TerminationFields fields = new TerminationFields();

    public void terminate(String reference) {
        try {
            terminations.terminateAsReviewer(currentUser.signedIn(), reference, fields.getEndsOn(), fields.getReason());
            // the page shows the connection ending and no longer offers to end it
            applicationBean.load();
            PageMessages.info("termination.recorded");
        } catch (ActionRefusedException e) {
            e.all().forEach(refusal -> PageMessages.refusal(
                    refusal.field() == null ? null : "terminationForm:" + refusal.field(), refusal));
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        }
    }

    public TerminationFields getFields() {
        return fields;
    }
}
