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
import nl.dictu.tvs.portal.usecase.application.UploadService;
import nl.dictu.tvs.portal.usecase.application.UploadedFile;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswer;
import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.file.FilePurpose;

import java.util.ArrayList;
import java.util.List;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REWORK_CHECKLIST;

/**
 * "Rework the rejected checklist items" ({@code applicant/rework.xhtml}): only the items the
 * reviewer rejected, each with the reviewer's comment, a new answer, explanation and evidence.
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

    @Override
    protected boolean loadForm(SignedInUser user, String reference) {
        boolean open = ApplicantTasks.open(queries.dossier(user, reference).status(), REWORK_CHECKLIST).isPresent();
        checklists.checklistOf(user, reference).toRework().forEach(line -> rows.add(new ReworkRow(line)));
        return open;
    }

    public String submit() {
        List<ChecklistAnswer> answers = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < rows.size(); i++) {
            ReworkRow row = rows.get(i);
            String field = FORM + ":items:" + i + ":";
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
        if (!ok) {
            return null;
        }
        try {
            commands.reworkChecklist(user(), getReference(), answers);
        } catch (InvalidApplicationException e) {
            PageMessages.invalid(null, e);
            return null;
        } catch (ApplicationServiceException e) {
            refused(e);
            return null;
        }
        return ApplicantTasks.backToApplication(getReference(), "reworked");
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

    public ChecklistAnswerChoice[] getChoices() {
        return ChecklistAnswerChoice.values();
    }
}
