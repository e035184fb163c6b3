package nl.dictu.tvs.portal.trust.certificate;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import nl.dictu.tvs.portal.trust.finding.Finding;

/** The findings on an uploaded certificate and, when one could be identified, its end-entity certificate. */
public record CertificateCheckResult(List<Finding> findings, Optional<X509Certificate> endEntity) {

    public CertificateCheckResult {
        findings = List.copyOf(findings);
    }
}
