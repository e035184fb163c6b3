package nl.dictu.tvs.portal.document.seal;

import java.util.Objects;

/** The result of a seal check, with a technical detail for the log. */
public record SealVerification(SealStatus status, String detail) {

    public SealVerification {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    public boolean isValid() {
        return status == SealStatus.VALID;
    }

    static SealVerification of(SealStatus status, String detail) {
        return new SealVerification(status, detail);
    }
}
