package nl.dictu.tvs.portal.trust.certificate;

import java.security.cert.X509Certificate;

import nl.dictu.tvs.portal.trust.finding.Finding;

/** The evidence every certificate finding carries, so a reviewer sees which certificate is meant. */
public final class CertificateEvidence {

    private CertificateEvidence() {
    }

    public static Finding add(Finding finding, X509Certificate certificate) {
        return finding.withEvidence("subject", CertificateFacts.subject(certificate))
                .withEvidence("sha256", CertificateFacts.sha256Fingerprint(certificate));
    }
}
