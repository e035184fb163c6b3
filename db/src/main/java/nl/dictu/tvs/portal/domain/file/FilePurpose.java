package nl.dictu.tvs.portal.domain.file;

/** Why a file was uploaded; decides its size limit and which content types are accepted. */
public enum FilePurpose {
    CERTIFICATE(1024 * 1024),
    METADATA(1024 * 1024),
    CHECKLIST_EVIDENCE(10 * 1024 * 1024),
    ALB_DECISION(10 * 1024 * 1024),
    /** An ICT security assessment report or third-party statement; kept with the assessment, not in stored_file. */
    SECURITY_ASSESSMENT(20 * 1024 * 1024);

    private final int maxBytes;

    FilePurpose(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }
}
