package nl.dictu.tvs.portal.web.view.assessment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.domain.assessment.AssessmentOutcome;
import nl.dictu.tvs.portal.domain.assessment.AssessmentStep;
import nl.dictu.tvs.portal.shared.error.ApplicationServiceException;
import nl.dictu.tvs.portal.usecase.assessment.AssessmentView;
import nl.dictu.tvs.portal.usecase.assessment.SecurityAssessments;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;
import nl.dictu.tvs.portal.web.view.PageMessages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewers' ICT assessment list ({@code reviewer/security-assessments.xhtml}): deliveries to review, windows
 * open or missed, the aanmaningen and deactivation proposals to follow up. A refused outcome keeps the reason typed.
 */
@Named
@ViewScoped
public class ReviewerAssessmentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private SecurityAssessments assessments;

    private transient List<AssessmentView> rows;
    private final Map<Long, String> reasons = new HashMap<>();

    public List<AssessmentView> getRows() {
        if (rows == null) {
            rows = currentUser.user().map(assessments::forReview).orElse(List.of());
        }
        return rows;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public void accept(long assessmentId) {
        decide(assessmentId, AssessmentOutcome.ACCEPTED);
    }

    public void reject(long assessmentId) {
        decide(assessmentId, AssessmentOutcome.REJECTED);
    }

    private void decide(long assessmentId, AssessmentOutcome outcome) {
        try {
            assessments.decide(currentUser.signedIn(), assessmentId, outcome, reasons.get(assessmentId));
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
            return;
        }
        reasons.remove(assessmentId);
        PageMessages.info("assessment.review.decided");
        rows = null;
    }

    public void markHandled(long assessmentId, String step) {
        try {
            assessments.markHandled(currentUser.signedIn(), assessmentId, AssessmentStep.valueOf(step));
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
            return;
        }
        PageMessages.info("assessment.review.handled");
        rows = null;
    }

    public void checkNow() {
        try {
            PageMessages.info("assessment.review.checked", assessments.runNow(currentUser.signedIn()));
        } catch (ApplicationServiceException e) {
            PageMessages.refusal(e);
        }
        rows = null;
    }

    public void download(long assessmentId) {
        AssessmentReportDownload.offer(assessments, currentUser.signedIn(), assessmentId);
    }
}
