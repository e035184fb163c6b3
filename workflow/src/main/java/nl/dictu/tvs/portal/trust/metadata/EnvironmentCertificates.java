package nl.dictu.tvs.portal.trust.metadata;

import java.security.cert.X509Certificate;
import java.util.Optional;

import nl.dictu.tvs.portal.trust.certificate.CertificateFacts;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

/** Preproduction and production must be signed with different certificates (and so different keys). */
public final class EnvironmentCertificates {

    private EnvironmentCertificates() {
    }

    public static Optional<Finding> check(X509Certificate preproduction, X509Certificate production) {
        boolean sameKey = preproduction.getPublicKey().equals(production.getPublicKey());
        if (!preproduction.equals(production) && !sameKey) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(FindingCode.METADATA_CERTIFICATE_REUSED_ACROSS_ENVIRONMENTS,
                CertificateFacts.subject(production))
                .withEvidence("preproductionSha256", CertificateFacts.sha256Fingerprint(preproduction))
                .withEvidence("productionSha256", CertificateFacts.sha256Fingerprint(production)));
    }
}
