package nl.dictu.tvs.portal.web.view.reviewer;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
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

    private final TerminationFields fields = new TerminationFields();

    /** Asked once per request: the form's rendered attribute is evaluated more than once while the page renders. */
    public boolean terminable(String reference) {
        return (Boolean) FacesContext.getCurrentInstance().getAttributes().computeIfAbsent(terminableKey(reference),
                key -> currentUser.user().map(user -> terminations.mayTerminate(user, reference)).orElse(false));
    }

    private static String terminableKey(String reference) {
        return TerminationByDictuBean.class.getName() + ":terminable:" + reference;
    }

    public void terminate(String reference) {
        try {
            terminations.terminateAsReviewer(currentUser.signedIn(), reference, fields.getEndsOn(), fields.getReason());
            FacesContext.getCurrentInstance().getAttributes().remove(terminableKey(reference));
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
