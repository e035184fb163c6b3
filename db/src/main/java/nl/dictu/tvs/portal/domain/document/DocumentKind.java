package nl.dictu.tvs.portal.domain.document;

/** The kinds of document the portal issues, as stored; the same names as the document layer's types. */
public enum DocumentKind {
    RECEIPT,
    CHECKLIST_ASSESSMENT,
    PREPRODUCTION_APPROVAL,
    PRODUCTION_CONFIRMATION,
    DOSSIER,
    TERMINATION_CONFIRMATION,
    CHANGE_CONFIRMATION
}
