package nl.dictu.tvs.portal.usecase.application;

/** Whose move it is on an application. */
public enum WaitingFor {
    /** An applicant task is open: the applicant has to act. */
    APPLICANT,
    /** Only reviewer tasks are open: DICTU has to act. */
    DICTU,
    /** No task is open: the process is working by itself, or it has ended. */
    NOBODY
}
