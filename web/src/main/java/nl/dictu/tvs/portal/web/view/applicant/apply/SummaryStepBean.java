package nl.dictu.tvs.portal.web.view.applicant.apply;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.application.ChecklistItemView;
import nl.dictu.tvs.portal.usecase.application.ChecklistQueries;
import nl.dictu.tvs.portal.usecase.applying.draft.DraftError;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardStep;
import nl.dictu.tvs.portal.usecase.applying.DraftSubmission;
import nl.dictu.tvs.portal.usecase.applying.DraftView;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Step 7: everything on one page with an edit link per step, every error with a link to its field,
 * and the submission, which the service refuses while there is an error.
 */
@Named
@ViewScoped
public class SummaryStepBean extends WizardStepBean {

    private static final long serialVersionUID = 1L;

    @EJB
    private ChecklistQueries checklists;

    @EJB
    private DraftSubmission submission;

    @Inject
    private LocaleBean localeBean;

    /** Looked up once per node: Optional is not Serializable, so the view state does not carry it. */
    private transient Optional<String> submittedAs;

    @Override
    protected WizardStep step() {
        return WizardStep.SUMMARY;
    }

    /**
     * The reference the organisation's last draft was submitted as, while no new draft was saved
     * since (back in the browser after submitting); null otherwise.
     */
    public String getSubmittedAs() {
        if (submittedAs == null) {
            submittedAs = version() == DraftView.NOT_SAVED ? drafts().submittedSinceLastDraft(actor()) : Optional.empty();
        }
        return submittedAs.orElse(null);
    }

    /** All errors of all steps, whether the steps were visited or not. */
    public List<DraftError> getAllErrors() {
        return errors();
    }

    /** The page of the error's step, at the field. */
    public String linkTo(DraftError error) {
        return error.step().page() + ".xhtml#" + error.fieldId();
    }

    public List<ChecklistItemView> getChecklistItems() {
        return checklists.currentChecklist().applicable(getDraft().loginMeans(), getDraft().joinsEenmaligInloggen());
    }

    public String text(ChecklistItemView item) {
        return item.text(localeBean.getLocale());
    }

    public String submit() {
        try {
            String reference = submission.submit(actor(), version());
            return "/applicant/apply/submitted?faces-redirect=true&reference="
                    + URLEncoder.encode(reference, StandardCharsets.UTF_8);
        } catch (ApplicationServiceException e) {
            refuse(e);
        } catch (InvalidApplicationException e) {
            refuse(e.messageKey(), e.arguments().stream().map(String::valueOf).toArray(String[]::new));
        }
        return null;
    }
}
