package nl.dictu.tvs.portal.domain.assessment;

/** How the applicant delivers the assessment: an auditor's report (PDF), a third-party statement (TPM), or ENSIA. */
public enum AssessmentRoute {
    REPORT,
    THIRD_PARTY_STATEMENT,
    ENSIA;

    /** Whether this route comes with a PDF the reviewer reads. */
    public boolean needsFile() {
        return this != ENSIA;
    }
}
