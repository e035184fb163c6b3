package nl.dictu.tvs.portal.domain.assessment;

/**
 * What the assessment watch noticed about an assessment not delivered: reminders to the organisation's members
 * when the window opens and 30 and 7 days before it closes; once it closed, the aanmaning (a reviewer follow-up
 * and a mail); later the proposed deactivation date (a reviewer follow-up). In the order they come.
 */
public enum AssessmentStep {
    WINDOW_OPENED(false),
    CLOSES_IN_30_DAYS(false),
    CLOSES_IN_7_DAYS(false),
    AANMANING(true),
    DEACTIVATION_PROPOSED(true);

    private final boolean followUp;

    AssessmentStep(boolean followUp) {
        this.followUp = followUp;
    }

    /** Whether a reviewer follows this step up (and marks it handled). */
    public boolean followUp() {
        return followUp;
    }
}
