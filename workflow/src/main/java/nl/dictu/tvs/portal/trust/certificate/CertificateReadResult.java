package nl.dictu.tvs.portal.trust.certificate;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import nl.dictu.tvs.portal.trust.finding.Finding;

/** The certificates read from an upload, or the finding that says why none could be read. */
public record CertificateReadResult(List<X509Certificate> certificates, Optional<Finding> problem) {

    public CertificateReadResult {
        certificates = List.copyOf(certificates);
    }

    static CertificateReadResult of(List<X509Certificate> certificates) {
        return new CertificateReadResult(certificates, Optional.empty());
    }

    static CertificateReadResult failed(Finding problem) {
        return new CertificateReadResult(List.of(), Optional.of(problem));
    }
}
