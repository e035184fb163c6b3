package nl.dictu.tvs.portal.web.view.applicant.apply;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.dictu.tvs.portal.usecase.application.ApplicantKindQueries;
import nl.dictu.tvs.portal.usecase.application.ProofKindChoice;
import nl.dictu.tvs.portal.usecase.applying.AlbStatusView;
import nl.dictu.tvs.portal.usecase.applying.DraftClusterMembers;
import nl.dictu.tvs.portal.usecase.applying.DraftMemberView;
import nl.dictu.tvs.portal.usecase.applying.draft.WizardStep;
import nl.dictu.tvs.portal.domain.file.FilePurpose;

import java.util.List;

/**
 * Step 4: whether the organisation is on the ALB list and under which name; if not, the RvIG route
 * and the decision as an upload; a care provider may upload another proof of BSN entitlement and says
 * which kind it is. The file's id stays in the draft; after submission the process asks for it if it
 * is still missing. A supplier's own OIN is not checked: it uploads the RvIG decision of each organisation it serves
 * that is not on the ALB list, one organisation at a time, and submitting is refused while one has none.
 */
@Named
@ViewScoped
public class AlbStepBean extends WizardStepBean {

    public static final String DECISION_FIELD = "albDecisionFile";
    public static final String MEMBER_DECISION_FIELD = "memberDecisionFile";
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicantKindQueries kinds;

    @EJB
    private DraftClusterMembers clusterMembers;

    private transient Part decisionFile;
    private transient Part memberDecisionFile;
    private String memberOin;
    private transient List<DraftMemberView> members;
    private AlbStatusView status;
    private List<ProofKindChoice> proofKinds;

    @Override
    protected WizardStep step() {
        return WizardStep.ALB;
    }

    public AlbStatusView getStatus() {
        if (status == null) {
            status = checks().albStatus(actor());
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

    /** A supplier's served organisations, each with its ALB status and the decision uploaded for it. */
    public List<DraftMemberView> getMembers() {
        if (members == null) {
            members = getDraft().isSupplier() ? clusterMembers.memberViews(actor()) : List.of();
        }
        return members;
    }

    /** The served organisations that are not on the ALB list: those a decision is uploaded for. */
    public List<DraftMemberView> getMembersNotOnAlb() {
        return getMembers().stream().filter(member -> !member.onAlbList()).toList();
    }

    /** Stores the chosen PDF as the RvIG decision of the chosen served organisation, replacing the one it had. */
    public String uploadMemberDecision() {
        String oin = memberOin == null ? "" : memberOin.strip();
        if (getMembersNotOnAlb().stream().noneMatch(member -> member.oin().equals(oin))) {
            refuseUpload(MEMBER_DECISION_FIELD, "wizard.alb.memberRequired");
            return null;
        }
        var uploaded = upload(FilePurpose.ALB_DECISION, MEMBER_DECISION_FIELD, memberDecisionFile, null, null);
        if (uploaded.isPresent()) {
            getDraft().setMemberDecision(oin, uploaded.get());
            if (save()) {
                members = null;
                uploaded("memberDecisions", uploaded.get().fileName());
            }
        } else if (!hasError(MEMBER_DECISION_FIELD)) {
            refuseUpload(MEMBER_DECISION_FIELD, "wizard.upload.nothingChosen");
        }
        return null;
    }

    public String getMemberDecisionField() {
        return MEMBER_DECISION_FIELD;
    }

    public Part getMemberDecisionFile() {
        return memberDecisionFile;
    }

    public void setMemberDecisionFile(Part memberDecisionFile) {
        this.memberDecisionFile = memberDecisionFile;
    }

    public String getMemberOin() {
        return memberOin;
    }

    public void setMemberOin(String memberOin) {
        this.memberOin = memberOin;
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
