package nl.dictu.tvs.portal.document;

/** What an uploaded file of an application is; its label is {@code document.upload.<name>}. */
public enum UploadKind {
    CERTIFICATE,
    METADATA,
    PRODUCTION_CERTIFICATE,
    PRODUCTION_METADATA,
    ALB_DECISION,
    CHECKLIST_EVIDENCE;

    public String messageKey() {
        return "document.upload." + name();
    }
}
