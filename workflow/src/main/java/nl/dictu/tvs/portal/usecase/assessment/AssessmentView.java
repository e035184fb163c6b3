package nl.dictu.tvs.portal.usecase.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One connection's assessment for one window, as the applicant's and the reviewers' pages show it.
 *
 * @param assessmentId          0 while the window has no assessment recorded yet
 * @param reference             the application's reference, empty for an imported connection
 * @param route                 the route's name, empty when nothing was delivered
 * @param coveredBy             the organisation whose multiple assessment covers this one, empty otherwise
 * @param proposedDeactivation  the proposed deactivation day once the watch proposed one, else null
 */
public record AssessmentView(long assessmentId, long connectionId, String organisationName, String organisationOin,
                             String reference, String entityIds, int round, LocalDate opensOn, LocalDate closesOn,
                             AssessmentStatus status, String route, String auditor, String fileName, String submittedBy,
                             Instant submittedAt, String outcomeReason, String decidedBy, boolean coversMembers,
                             String coveredBy, boolean aanmaningOpen, boolean deactivationOpen,
                             LocalDate proposedDeactivation, boolean clusterConnection) {

    /** {@code assessment.status.<name>} */
    public String statusKey() {
        return "assessment.status." + status.name();
    }

    /** Whether the applicant may deliver for this window now. */
    public boolean deliverable() {
        return status == AssessmentStatus.OPEN || status == AssessmentStatus.OVERDUE || status == AssessmentStatus.REJECTED;
    }

    public boolean awaitingOutcome() {
        return status == AssessmentStatus.AWAITING_OUTCOME && coveredBy.isEmpty();
    }

    public boolean hasFile() {
        return !fileName.isEmpty();
    }
}
