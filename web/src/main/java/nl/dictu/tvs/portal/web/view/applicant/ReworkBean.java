package nl.dictu.tvs.portal.web.view.applicant;

import nl.dictu.tvs.portal.web.view.PageMessages;

import nl.dictu.tvs.portal.web.Uploads;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.application.ApplicationCommands;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.application.ChecklistQueries;
import nl.dictu.tvs.portal.usecase.application.ChecklistStatus;
import nl.dictu.tvs.portal.usecase.application.UploadService;
import nl.dictu.tvs.portal.usecase.application.UploadedFile;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.file.FilePurpose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REWORK_CHECKLIST;

/**
 * "Rework the rejected checklist items" ({@code applicant/rework.xhtml}): only the items the
 * reviewer rejected, each with the reviewer's comment, a new answer, explanation and evidence; in a
 * cluster application also, per served organisation, its own answers the reviewer rejected.
 */
@Named
@ViewScoped
public class ReworkBean extends ApplicantTaskForm {

    private static final long serialVersionUID = 1L;
    static final String FORM = "rework";

    @EJB
    private ApplicationCommands commands;

    @EJB
    private ChecklistQueries checklists;

    @EJB
    private UploadService uploads;

    private final ArrayList<ReworkRow> rows = new ArrayList<>();
    private final ArrayList<MemberReworkGroup> members = new ArrayList<>();

    @Override
    protected boolean loadForm(SignedInUser user, String reference) {
        boolean open = ApplicantTasks.open(queries.dossier(user, reference).status(), REWORK_CHECKLIST).isPresent();
        ChecklistStatus checklist = checklists.checklistOf(user, reference);
        checklist.toRework().forEach(line -> rows.add(new ReworkRow(line)));
        checklist.membersToRework().forEach(member -> members.add(new MemberReworkGroup(member.oin(), member.name(),
                member.toRework().stream().map(ReworkRow::new).toList())));
        return open;
    }

    public String submit() {
        List<ChecklistAnswer> answers = new ArrayList<>();
        boolean ok = collect(rows, FORM + ":items:", answers);
        Map<String, List<ChecklistAnswer>> memberAnswers = new LinkedHashMap<>();
        for (int g = 0; g < members.size(); g++) {
            List<ChecklistAnswer> own = new ArrayList<>();
            ok &= collect(members.get(g).getRows(), FORM + ":members:" + g + ":memberItems:", own);
            memberAnswers.put(members.get(g).getOin(), own);
        }
        if (!ok) {
            return null;
        }
        try {
            commands.reworkChecklist(user(), getReference(), answers, memberAnswers);
        } catch (InvalidApplicationException e) {
            PageMessages.invalid(null, e);
            return null;
        } catch (ApplicationServiceException e) {
            refused(e);
            return null;
        }
        return ApplicantTasks.backToApplication(getReference(), "reworked");
    }

    /** The new answers of the rows, each problem shown beside its field (ids under {@code prefix}). */
    private boolean collect(List<ReworkRow> rowsToTake, String prefix, List<ChecklistAnswer> answers) {
        boolean ok = true;
        for (int i = 0; i < rowsToTake.size(); i++) {
            ReworkRow row = rowsToTake.get(i);
            String field = prefix + i + ":";
            ok &= takeEvidence(row, field + "evidence");
            if (row.getAnswer() == null) {
                PageMessages.error(field + "answer", "application.invalid.checklistAnswerMissing", row.getCode());
                ok = false;
                continue;
            }
            try {
                answers.add(row.toAnswer());
            } catch (InvalidApplicationException e) {
                PageMessages.invalid(field + "explanation", e);
                ok = false;
            }
        }
        return ok;
    }

    /** A chosen file becomes the item's evidence; a refused one gets its message and keeps the previous evidence. */
    private boolean takeEvidence(ReworkRow row, String fieldId) {
        if (!Uploads.chosen(row.getEvidenceFile())) {
            return true;
        }
        try {
            byte[] content = Uploads.read(row.getEvidenceFile(), FilePurpose.CHECKLIST_EVIDENCE);
            UploadedFile stored = uploads.upload(user(), FilePurpose.CHECKLIST_EVIDENCE,
                    row.getEvidenceFile().getSubmittedFileName(), content);
            row.setEvidence(stored.id(), stored.fileName());
            return true;
        } catch (InvalidApplicationException e) {
            PageMessages.invalid(fieldId, e);
            return false;
        } finally {
            row.setEvidenceFile(null);
        }
    }

    public List<ReworkRow> getRows() {
        return rows;
    }

    /** The legend of a served organisation's rejected answer: the item, the organisation, the statement. */
    public String memberLegend(MemberReworkGroup member, ReworkRow row, java.util.Locale locale) {
        return PageMessages.text("applicant.rework.memberItem", row.getCode(), member.getName(), row.text(locale));
    }

    /** The served organisations with rejected own answers, in the application's order. */
    public List<MemberReworkGroup> getMembers() {
        return members;
    }

    public ChecklistAnswerChoice[] getChoices() {
        return ChecklistAnswerChoice.values();
    }
}
