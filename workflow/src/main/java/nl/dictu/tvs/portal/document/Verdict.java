package nl.dictu.tvs.portal.document;

/** A reviewer's verdict on one checklist item; label in the bundle ({@code document.verdict.*}). */
public enum Verdict {
    APPROVED,
    REJECTED,
    NOT_APPLICABLE;

    public String messageKey() {
        return "document.verdict." + name();
    }
}
