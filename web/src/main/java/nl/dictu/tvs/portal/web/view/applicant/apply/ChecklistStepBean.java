package nl.dictu.tvs.portal.web.view.applicant.apply;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.dictu.tvs.portal.usecase.application.ChecklistItemView;
import nl.dictu.tvs.portal.usecase.application.ChecklistQueries;
import nl.dictu.tvs.portal.usecase.application.ChecklistView;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.usecase.applying.DraftClusterMembers;
import nl.dictu.tvs.portal.usecase.applying.DraftMemberView;
import nl.dictu.tvs.portal.usecase.applying.draft.ChecklistEntry;
import nl.dictu.tvs.portal.usecase.applying.draft.FieldIds;
import nl.dictu.tvs.portal.usecase.applying.draft.FileRef;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardStep;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Step 5: the current checklist's items that apply to the chosen login means and Eenmalig
 * Inloggen, each answered yes / no / not applicable with an explanation and optional evidence.
 * A supplier answers them for the cluster, and may give a served organisation its own answer to
 * an item where that organisation's web service differs (its own name at the login button, C2).
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

    @EJB
    private DraftClusterMembers clusterMembers;

    private transient List<DraftMemberView> members;
    private String ownMemberOin;
    private String ownItemCode;
    private String ownAnswer;
    private String ownExplanation;

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

    /** One served organisation's own answer, as the page lists it. */
    public record OwnAnswer(String oin, String name, String code, String answer, String explanation) {
    }

    /** A supplier's served organisations, for the choice of whose own answer to give. */
    public List<DraftMemberView> getMembers() {
        if (members == null) {
            members = getDraft().isSupplier() ? clusterMembers.memberViews(actor()) : List.of();
        }
        return members;
    }

    /** The served organisations' own answers, by organisation and item. */
    public List<OwnAnswer> getOwnAnswers() {
        List<OwnAnswer> own = new ArrayList<>();
        for (DraftMemberView member : getMembers()) {
            getDraft().memberChecklist(member.oin()).entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .filter(entry -> !entry.getValue().getAnswer().isEmpty())
                    .forEach(entry -> own.add(new OwnAnswer(member.oin(), member.name(), entry.getKey(),
                            entry.getValue().getAnswer(), entry.getValue().getExplanation())));
        }
        return own;
    }

    /** Gives the chosen organisation its own answer to the chosen item, replacing the one it had. */
    public String saveOwnAnswer() {
        String oin = ownMemberOin == null ? "" : ownMemberOin;
        if (getMembers().stream().noneMatch(member -> member.oin().equals(oin))
                || getItems().stream().noneMatch(item -> item.code().equals(ownItemCode))) {
            refuse("wizard.checklist.memberChoose");
            return null;
        }
        try {
            ChecklistAnswer checked = new ChecklistAnswer(ownItemCode, ownAnswer == null || ownAnswer.isEmpty() ? null
                    : ChecklistAnswerChoice.valueOf(ownAnswer), ownExplanation, null);
            ChecklistEntry entry = getDraft().memberChecklist(oin).computeIfAbsent(ownItemCode, code -> new ChecklistEntry());
            entry.setAnswer(checked.answer().name());
            entry.setExplanation(checked.explanation());
        } catch (InvalidApplicationException e) {
            refuse(e.messageKey(), e.arguments().stream().map(String::valueOf).toArray(String[]::new));
            return null;
        } catch (IllegalArgumentException e) {
            refuse("wizard.checklist.memberChoose");
            return null;
        }
        if (save()) {
            notice("wizard.checklist.memberSaved", ownItemCode, oin);
            ownItemCode = null;
            ownAnswer = null;
            ownExplanation = null;
        }
        return null;
    }

    /** The organisation takes the cluster's answer to the item again. */
    public String removeOwnAnswer(String oin, String itemCode) {
        getDraft().memberChecklist(oin).remove(itemCode);
        save();
        return null;
    }

    public String getOwnMemberOin() {
        return ownMemberOin;
    }

    public void setOwnMemberOin(String ownMemberOin) {
        this.ownMemberOin = ownMemberOin;
    }

    public String getOwnItemCode() {
        return ownItemCode;
    }

    public void setOwnItemCode(String ownItemCode) {
        this.ownItemCode = ownItemCode;
    }

    public String getOwnAnswer() {
        return ownAnswer;
    }

    public void setOwnAnswer(String ownAnswer) {
        this.ownAnswer = ownAnswer;
    }

    public String getOwnExplanation() {
        return ownExplanation;
    }

    public void setOwnExplanation(String ownExplanation) {
        this.ownExplanation = ownExplanation;
    }
}
