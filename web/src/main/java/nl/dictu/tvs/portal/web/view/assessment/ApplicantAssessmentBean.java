package nl.dictu.tvs.portal.web.view.assessment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.assessment.AssessmentRoute;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.assessment.AssessmentDelivery;
import nl.dictu.tvs.portal.usecase.assessment.AssessmentRules;
import nl.dictu.tvs.portal.usecase.assessment.AssessmentView;
import nl.dictu.tvs.portal.usecase.assessment.SecurityAssessments;
import nl.dictu.tvs.portal.web.Uploads;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * The applicant's ICT security assessment page ({@code applicant/security-assessment.xhtml}): each production
 * DigiD connection's current window and status, and the form to deliver. What was typed stays after a refusal;
 * only a chosen file has to be chosen again (a browser does not keep it), which the page says.
 */
@Named
@ViewScoped
public class ApplicantAssessmentBean implements Serializable {

    static final String FORM = "assessmentForm";
    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private SecurityAssessments assessments;

    private transient List<AssessmentView> rows;
    private Long connectionId;
    private AssessmentRoute route;
    private String auditor = "";
    private boolean coversMembers;
    private transient Part reportFile;
    private boolean delivered;
    private boolean fileToChooseAgain;

    public List<AssessmentView> getRows() {
        if (rows == null) {
            rows = currentUser.user().map(assessments::ofMyOrganisation).orElse(List.of());
        }
        return rows;
    }

    public List<AssessmentView> getDeliverable() {
        return getRows().stream().filter(AssessmentView::deliverable).toList();
    }

    public boolean isCluster() {
        return getDeliverable().stream().anyMatch(AssessmentView::clusterConnection);
    }

    public AssessmentRoute[] getRoutes() {
        return AssessmentRoute.values();
    }

    public void deliver() {
        SignedInUser user = currentUser.signedIn();
        delivered = false;
        fileToChooseAgain = false;
        String fileName = null;
        byte[] content = null;
        try {
            if (Uploads.chosen(reportFile)) {
                fileName = reportFile.getSubmittedFileName();
                content = Uploads.read(reportFile, FilePurpose.SECURITY_ASSESSMENT);
            }
        } catch (InvalidApplicationException e) {
            PageMessages.invalid(FORM + ":" + AssessmentRules.FILE, e);
            return;
        } finally {
            reportFile = null;
        }
        long target = connectionId != null ? connectionId
                : getDeliverable().stream().findFirst().map(AssessmentView::connectionId).orElse(0L);
        try {
            assessments.deliver(user, target, new AssessmentDelivery(route, auditor, fileName, content, coversMembers));
        } catch (ActionRefusedException e) {
            e.all().forEach(refusal -> PageMessages.refusal(refusal.field() == null ? null : FORM + ":" + refusal.field(), refusal));
            fileToChooseAgain = content != null;
            return;
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
            return;
        }
        delivered = true;
        connectionId = null;
        route = null;
        auditor = "";
        coversMembers = false;
        rows = null;
    }

    public void download(long assessmentId) {
        AssessmentReportDownload.offer(assessments, currentUser.signedIn(), assessmentId);
    }

    /** Whether the last delivery was accepted for review. */
    public boolean isDelivered() {
        return delivered;
    }

    /** Whether a refused delivery had a file, which the person has to choose again. */
    public boolean isFileToChooseAgain() {
        return fileToChooseAgain;
    }

    public Long getConnectionId() {
        return connectionId;
    }

    public void setConnectionId(Long connectionId) {
        this.connectionId = connectionId;
    }

    public AssessmentRoute getRoute() {
        return route;
    }

    public void setRoute(AssessmentRoute route) {
        this.route = route;
    }

    public String getAuditor() {
        return auditor;
    }

    public void setAuditor(String auditor) {
        this.auditor = auditor == null ? "" : auditor;
    }

    public boolean isCoversMembers() {
        return coversMembers;
    }

    public void setCoversMembers(boolean coversMembers) {
        this.coversMembers = coversMembers;
    }

    public Part getReportFile() {
        return reportFile;
    }

    public void setReportFile(Part reportFile) {
        this.reportFile = reportFile;
    }
}
