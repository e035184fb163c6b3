package nl.dictu.tvs.portal.document;

import java.time.Instant;
import java.util.Objects;

/** The applicant's PKIoverheid certificate as a receipt shows it. */
public record CertificateSummary(String subject, String sha256Fingerprint, Instant notAfter) {

    public CertificateSummary {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sha256Fingerprint, "sha256Fingerprint");
        Objects.requireNonNull(notAfter, "notAfter");
    }
}
