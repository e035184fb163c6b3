package nl.dictu.tvs.portal.web.view.applicant.apply;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.dictu.tvs.portal.usecase.application.ChecklistItemView;
import nl.dictu.tvs.portal.usecase.application.ChecklistQueries;
import nl.dictu.tvs.portal.usecase.application.ChecklistView;
import nl.dictu.tvs.portal.usecase.applying.draft.FileRef;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardStep;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;

import java.util.List;
import java.util.Optional;

/**
 * Step 5: the current checklist's items that apply to the chosen login means and Eenmalig
 * Inloggen, each answered yes / no / not applicable with an explanation and optional evidence.
 */
@Named
@ViewScoped
public class ChecklistStepBean extends WizardStepBean {

    public static final String EVIDENCE_FIELD = "evidenceFile";
    private static final long serialVersionUID = 1L;

    @EJB
    private ChecklistQueries checklists;

    @Inject
    private LocaleBean localeBean;

    private transient ChecklistView checklist;
    private transient Part evidenceFile;
    private String evidenceItem;

    @Override
    protected WizardStep step() {
        return WizardStep.CHECKLIST;
    }

    public ChecklistView getChecklist() {
        if (checklist == null) {
            checklist = checklists.currentChecklist();
        }
        return checklist;
    }

    /** The applicable items, each with its entry in the draft ready for binding. */
    public List<ChecklistItemView> getItems() {
        List<ChecklistItemView> items = getChecklist().applicable(getDraft().loginMeans(), getDraft().joinsEenmaligInloggen());
        items.forEach(item -> getDraft().checklistEntry(item.code()));
        return items;
    }

    public String text(ChecklistItemView item) {
        return item.text(localeBean.getLocale());
    }

    public List<ChecklistAnswerChoice> getChoices() {
        return List.of(ChecklistAnswerChoice.values());
    }

    public String uploadEvidence() {
        boolean known = getItems().stream().anyMatch(item -> item.code().equals(evidenceItem));
        Optional<FileRef> uploaded = known ? upload(FilePurpose.CHECKLIST_EVIDENCE, EVIDENCE_FIELD, evidenceFile, null, null)
                : Optional.empty();
        if (uploaded.isPresent()) {
            getDraft().checklistEntry(evidenceItem).attachEvidence(uploaded.get().id(), uploaded.get().fileName());
            save();
        } else if (!hasError(EVIDENCE_FIELD)) {
            refuseUpload(EVIDENCE_FIELD, "wizard.upload.nothingChosen");
        }
        return null;
    }

    public String removeEvidence(String itemCode) {
        getDraft().checklistEntry(itemCode).removeEvidence();
        save();
        return null;
    }

    public String getEvidenceField() {
        return EVIDENCE_FIELD;
    }

    public Part getEvidenceFile() {
        return evidenceFile;
    }

    public void setEvidenceFile(Part evidenceFile) {
        this.evidenceFile = evidenceFile;
    }

    public String getEvidenceItem() {
        return evidenceItem;
    }

    public void setEvidenceItem(String evidenceItem) {
        this.evidenceItem = evidenceItem;
    }
}
