package nl.dictu.tvs.portal.web.view.applicant.apply;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.dictu.tvs.portal.usecase.application.ApplicantKindQueries;
import nl.dictu.tvs.portal.usecase.application.ProofKindChoice;
import nl.dictu.tvs.portal.usecase.applying.AlbStatusView;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardStep;
import nl.dictu.tvs.portal.domain.file.FilePurpose;

import java.util.List;

/**
 * Step 4: whether the organisation is on the ALB list and under which name; if not, the RvIG route
 * and the decision as an upload; a care provider may upload another proof of BSN entitlement and says
 * which kind it is. The file's id stays in the draft; after submission the process asks for it if it
 * is still missing.
 */
@Named
@ViewScoped
public class AlbStepBean extends WizardStepBean {

    public static final String DECISION_FIELD = "albDecisionFile";
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicantKindQueries kinds;

    private transient Part decisionFile;
    private AlbStatusView status;
    private List<ProofKindChoice> proofKinds;

    @Override
    protected WizardStep step() {
        return WizardStep.ALB;
    }

    public AlbStatusView getStatus() {
        if (status == null) {
            status = drafts().albStatus(actor());
        }
        return status;
    }

    /** The kinds of proof of BSN entitlement the admin keeps in use, in the page's language. */
    public List<ProofKindChoice> getProofKinds() {
        if (proofKinds == null) {
            proofKinds = kinds.proofKinds(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        }
        return proofKinds;
    }

    public String upload() {
        var uploaded = upload(FilePurpose.ALB_DECISION, DECISION_FIELD, decisionFile, null, null);
        if (uploaded.isPresent()) {
            getDraft().setAlbDecision(uploaded.get());
            if (save()) {
                uploaded("albDecision", uploaded.get().fileName());
            }
        } else if (!hasError(DECISION_FIELD)) {
            refuseUpload(DECISION_FIELD, "wizard.upload.nothingChosen");
        }
        return null;
    }

    public String getDecisionField() {
        return DECISION_FIELD;
    }

    public Part getDecisionFile() {
        return decisionFile;
    }

    public void setDecisionFile(Part decisionFile) {
        this.decisionFile = decisionFile;
    }
}
