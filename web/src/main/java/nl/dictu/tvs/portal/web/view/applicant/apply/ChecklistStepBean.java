package nl.dictu.tvs.portal.web.view.applicant.apply;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.dictu.tvs.portal.usecase.application.ChecklistItemView;
import nl.dictu.tvs.portal.usecase.application.ChecklistQueries;
import nl.dictu.tvs.portal.usecase.application.ChecklistView;
import nl.dictu.tvs.portal.usecase.applying.draft.FieldIds;
import nl.dictu.tvs.portal.usecase.applying.draft.FileRef;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardStep;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Step 5: the current checklist's items that apply to the chosen login means and Eenmalig
 * Inloggen, each answered yes / no / not applicable with an explanation and optional evidence.
 */
@Named
@ViewScoped
public class ChecklistStepBean extends WizardStepBean {

    private static final long serialVersionUID = 1L;
    /** Suffix of an item's evidence file input (after its answer's field id). */
    public static final String EVIDENCE = "Evidence";

    @EJB
    private ChecklistQueries checklists;

    @Inject
    private LocaleBean localeBean;

    private transient ChecklistView checklist;
    private transient Map<String, Part> evidenceFiles;

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

    /** Stores the file chosen at the item as its evidence; the page opens at the item. */
    public String uploadEvidence(String itemCode) {
        if (getItems().stream().noneMatch(item -> item.code().equals(itemCode))) {
            return null;
        }
        String field = FieldIds.answer(itemCode) + EVIDENCE;
        Optional<FileRef> uploaded = upload(FilePurpose.CHECKLIST_EVIDENCE, field, getEvidenceFiles().get(itemCode), null, null);
        if (uploaded.isPresent()) {
            getDraft().checklistEntry(itemCode).attachEvidence(uploaded.get().id(), uploaded.get().fileName());
            if (save()) {
                uploaded(FieldIds.answer(itemCode), uploaded.get().fileName());
            }
        } else if (!hasError(field)) {
            refuseUpload(field, "wizard.upload.nothingChosen");
        }
        return null;
    }

    public String removeEvidence(String itemCode) {
        getDraft().checklistEntry(itemCode).removeEvidence();
        save();
        return null;
    }

    /** The file chosen at each item, by item code: the pages bind to {@code evidenceFiles['C2']}. */
    public Map<String, Part> getEvidenceFiles() {
        if (evidenceFiles == null) {
            evidenceFiles = new HashMap<>();
        }
        return evidenceFiles;
    }
}
