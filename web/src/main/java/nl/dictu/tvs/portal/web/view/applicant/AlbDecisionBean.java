package nl.dictu.tvs.portal.web.view.applicant;

import nl.dictu.tvs.portal.web.view.PageMessages;

import nl.dictu.tvs.portal.web.Uploads;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.usecase.application.ApplicantKindQueries;
import nl.dictu.tvs.portal.usecase.application.ApplicationCommands;
import nl.dictu.tvs.portal.usecase.application.ProofKindChoice;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.application.UploadService;
import nl.dictu.tvs.portal.usecase.application.UploadedFile;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.file.FilePurpose;

import java.util.List;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.UPLOAD_ALB_DECISION;

/**
 * The RvIG decision after submission ({@code applicant/alb-decision.xhtml}): the organisation is
 * not on the ALB list and sent no decision with the application, so the process waits for it. The
 * file goes through the upload service (PDF by content, size limit, SHA-256) and is then attached,
 * which completes the task; a refused file keeps the task open with the reason at the field. A care
 * provider may upload another proof of BSN entitlement and chooses its kind.
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

    @EJB
    private ApplicantKindQueries kinds;

    private transient Part decisionFile;
    private List<ProofKindChoice> proofKinds;
    private String proofKindId = "";

    @Override
    protected boolean loadForm(SignedInUser user, String reference) {
        return ApplicantTasks.open(queries.dossier(user, reference).status(), UPLOAD_ALB_DECISION).isPresent();
    }

    /** The kinds of proof a care provider chooses from; empty for a government organisation. */
    public List<ProofKindChoice> getProofKinds() {
        if (proofKinds == null) {
            proofKinds = kinds.proofKindsFor(user(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return proofKinds;
    }

    public String getProofKindId() {
        return proofKindId;
    }

    public void setProofKindId(String proofKindId) {
        this.proofKindId = proofKindId == null ? "" : proofKindId;
    }

    public String submit() {
        if (!getProofKinds().isEmpty() && getProofKinds().stream().noneMatch(k -> String.valueOf(k.id()).equals(proofKindId))) {
            PageMessages.error(FORM + ":proofKind", "draft.albProofKind.required");
            return null;
        }
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
            commands.attachAlbDecision(user(), getReference(), stored.id(),
                    getProofKinds().isEmpty() ? null : Long.valueOf(proofKindId));
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
