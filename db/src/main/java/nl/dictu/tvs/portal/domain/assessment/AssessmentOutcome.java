package nl.dictu.tvs.portal.domain.assessment;

/** The reviewer's outcome of a delivered assessment. */
public enum AssessmentOutcome {
    ACCEPTED,
    REJECTED
}
