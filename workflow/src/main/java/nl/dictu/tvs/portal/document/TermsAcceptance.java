package nl.dictu.tvs.portal.document;

import java.time.Instant;
import java.util.Objects;

/** Which version of the terms was accepted, by whom and when. */
public record TermsAcceptance(String version, String acceptedBy, Instant acceptedAt) {

    public TermsAcceptance {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(acceptedBy, "acceptedBy");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
