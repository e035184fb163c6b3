package nl.dictu.tvs.portal.usecase.assessment;

import nl.dictu.tvs.portal.domain.assessment.AssessmentOutcome;
import nl.dictu.tvs.portal.domain.assessment.SecurityAssessment;

import java.time.LocalDate;

/** Where an assessment stands, as both pages show it ({@code assessment.status.<name>}). */
public enum AssessmentStatus {
    /** The window has not opened yet. */
    UPCOMING,
    /** The window is open and nothing was delivered. */
    OPEN,
    /** The window closed and nothing (or only something rejected) was delivered. */
    OVERDUE,
    AWAITING_OUTCOME,
    ACCEPTED,
    /** Rejected while the window is still open: to be delivered again. */
    REJECTED;

    public static AssessmentStatus of(AssessmentWindow window, SecurityAssessment assessment, LocalDate today) {
        if (assessment != null && assessment.isAwaitingOutcome()) {
            return AWAITING_OUTCOME;
        }
        if (assessment != null && assessment.getOutcome().filter(o -> o == AssessmentOutcome.ACCEPTED).isPresent()) {
            return ACCEPTED;
        }
        if (today.isBefore(window.opensOn())) {
            return UPCOMING;
        }
        if (today.isAfter(window.closesOn())) {
            return OVERDUE;
        }
        return assessment != null && assessment.getOutcome().isPresent() ? REJECTED : OPEN;
    }
}
