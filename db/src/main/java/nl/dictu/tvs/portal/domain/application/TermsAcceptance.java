package nl.dictu.tvs.portal.domain.application;

import java.time.Instant;
import java.util.Objects;

/** Which version of the terms of use was accepted, by whom and when. */
public record TermsAcceptance(String termsVersion, String acceptedBy, Instant acceptedAt) {

    public TermsAcceptance {
        Objects.requireNonNull(termsVersion, "termsVersion");
        Objects.requireNonNull(acceptedBy, "acceptedBy");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
