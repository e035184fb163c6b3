package nl.dictu.tvs.portal.usecase.assessment;

import nl.dictu.tvs.portal.domain.assessment.AssessmentStep;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Which step the assessment watch takes for an assessment not delivered: a reminder when the window opens, 30
 * and 7 days before it closes; the aanmaning the day after it closed; {@value #PROPOSAL_AFTER_DAYS} days after
 * it closed, the proposal to deactivate the connection on the day {@link #proposedDeactivation} gives. Only the
 * latest step reached is due, so a connection first seen late does not get every earlier reminder at once.
 */
public final class AssessmentSteps {

    static final int CLOSES_SOON_DAYS = 30;
    static final int CLOSES_VERY_SOON_DAYS = 7;
    /** Days after the window closed on which the watch proposes a deactivation date. */
    public static final int PROPOSAL_AFTER_DAYS = 30;
    /** Days after the window closed on which the proposed deactivation takes effect. */
    public static final int DEACTIVATION_AFTER_DAYS = 60;

    private AssessmentSteps() {
    }

    /** The latest step reached on {@code today}, delivered or not; empty before the window opens. */
    public static Optional<AssessmentStep> reached(AssessmentWindow window, LocalDate today) {
        LocalDate closes = window.closesOn();
        AssessmentStep step;
        if (today.isBefore(window.opensOn())) {
            return Optional.empty();
        } else if (today.isAfter(closes.plusDays(PROPOSAL_AFTER_DAYS - 1L))) {
            step = AssessmentStep.DEACTIVATION_PROPOSED;
        } else if (today.isAfter(closes)) {
            step = AssessmentStep.AANMANING;
        } else if (!today.isBefore(closes.minusDays(CLOSES_VERY_SOON_DAYS))) {
            step = AssessmentStep.CLOSES_IN_7_DAYS;
        } else if (!today.isBefore(closes.minusDays(CLOSES_SOON_DAYS))) {
            step = AssessmentStep.CLOSES_IN_30_DAYS;
        } else {
            step = AssessmentStep.WINDOW_OPENED;
        }
        return Optional.of(step);
    }

    /** The step to take now: none for a delivered assessment, nor for a step already noticed. */
    public static Optional<AssessmentStep> due(AssessmentWindow window, LocalDate today, boolean delivered,
                                               Set<AssessmentStep> noticed) {
        if (delivered) {
            return Optional.empty();
        }
        return reached(window, today).filter(step -> !noticed.contains(step));
    }

    /** The day the reviewer is proposed to deactivate a connection whose assessment did not come in. */
    public static LocalDate proposedDeactivation(AssessmentWindow window) {
        return window.closesOn().plusDays(DEACTIVATION_AFTER_DAYS);
    }
}
