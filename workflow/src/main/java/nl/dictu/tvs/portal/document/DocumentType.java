package nl.dictu.tvs.portal.document;

/** The kinds of document the portal issues; the title key is in the bundle. */
public enum DocumentType {
    RECEIPT("document.receipt.title"),
    CHECKLIST_ASSESSMENT("document.assessment.title"),
    PREPRODUCTION_APPROVAL("document.approval.title"),
    PRODUCTION_CONFIRMATION("document.production.title"),
    DOSSIER("document.dossier.title"),
    TERMINATION_CONFIRMATION("document.termination.title"),
    CHANGE_CONFIRMATION("document.change.title");

    private final String titleKey;

    DocumentType(String titleKey) {
        this.titleKey = titleKey;
    }

    public String titleKey() {
        return titleKey;
    }
}
