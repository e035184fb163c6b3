package nl.dictu.tvs.portal.web.view.applicant;

import nl.dictu.tvs.portal.web.view.PageMessages;

import nl.dictu.tvs.portal.web.Uploads;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.application.ApplicationCommands;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.application.UploadService;
import nl.dictu.tvs.portal.usecase.application.UploadedFile;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.file.FilePurpose;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.UPLOAD_ALB_DECISION;

/**
 * The RvIG decision after submission ({@code applicant/alb-decision.xhtml}): the organisation is
 * not on the ALB list and sent no decision with the application, so the process waits for it. The
 * file goes through the upload service (PDF by content, size limit, SHA-256) and is then attached,
 * which completes the task; a refused file keeps the task open with the reason at the field.
 */
@Named
@ViewScoped
public class AlbDecisionBean extends ApplicantTaskForm {

    static final String FORM = "albDecision";
    static final String FIELD = FORM + ":decisionFile";
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationCommands commands;

    @EJB
    private UploadService uploads;

    private transient Part decisionFile;

    @Override
    protected boolean loadForm(SignedInUser user, String reference) {
        return ApplicantTasks.open(queries.dossier(user, reference).status(), UPLOAD_ALB_DECISION).isPresent();
    }

    public String submit() {
        if (!Uploads.chosen(decisionFile)) {
            PageMessages.error(FIELD, "applicant.albDecision.nothingChosen");
            return null;
        }
        UploadedFile stored;
        try {
            byte[] content = Uploads.read(decisionFile, FilePurpose.ALB_DECISION);
            stored = uploads.upload(user(), FilePurpose.ALB_DECISION, decisionFile.getSubmittedFileName(), content);
        } catch (InvalidApplicationException e) {
            PageMessages.invalid(FIELD, e);
            return null;
        } finally {
            decisionFile = null;
        }
        try {
            commands.attachAlbDecision(user(), getReference(), stored.id());
        } catch (ApplicationServiceException e) {
            refused(e);
            return null;
        }
        return ApplicantTasks.backToApplication(getReference(), "albDecisionUploaded");
    }

    public Part getDecisionFile() {
        return decisionFile;
    }

    public void setDecisionFile(Part decisionFile) {
        this.decisionFile = decisionFile;
    }
}
