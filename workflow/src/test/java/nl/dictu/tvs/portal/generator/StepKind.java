package nl.dictu.tvs.portal.generator;

/**
 * What happened at one step of a template, which decides how long the step took in a clone's
 * synthetic timeline (the time from the previous step to this one).
 */
public enum StepKind {
    /** The submission: the first step, at the start of the timeline. */
    SUBMISSION,
    /** A reviewer completed a task. */
    REVIEWER_DECISION,
    /** An applicant completed a task (correction, acknowledgement, rework). */
    APPLICANT_ACTION,
    /** The applicant requested production after testing in preproduction. */
    PRODUCTION_REQUEST,
    /** The applicant withdrew. */
    WITHDRAWAL,
    /** The 90-day expiry timer of an applicant task fired. */
    EXPIRY,
    /** The live connection was terminated. */
    TERMINATION
}
