package nl.dictu.tvs.portal.document.seal;

/** The outcome of checking a seal; the text for people is {@code document.seal.status.<name>}. */
public enum SealStatus {
    VALID,
    NOT_SEALED,
    NOT_WHOLE_FILE,
    CONTENT_CHANGED,
    SIGNATURE_INVALID,
    UNEXPECTED_CERTIFICATE,
    MALFORMED;

    public String messageKey() {
        return "document.seal.status." + name();
    }
}
