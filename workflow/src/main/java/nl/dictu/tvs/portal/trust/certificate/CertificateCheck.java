package nl.dictu.tvs.portal.trust.certificate;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

/**
 * Checks an uploaded PKIoverheid certificate (PEM or DER, alone or with its chain): it must chain to a
 * configured trust anchor, be valid at the given instant (WARNING within 60 days of expiry), have an RSA key
 * of at least 2048 bits (TVS supports no other key type), be signed with SHA-256 or better, allow
 * digitalSignature, not be a CA, and carry the applicant's OIN in {@code Subject.serialNumber}. The summary
 * (subject, organisation, OIN, fingerprint, expiry) is an INFO finding.
 */
public final class CertificateCheck {

    private final CertificateReader reader = new CertificateReader();
    private final CertificatePath path;

    public CertificateCheck(TrustAnchors trustAnchors) {
        this(trustAnchors, RevocationPolicy.OFF);
    }

    public CertificateCheck(TrustAnchors trustAnchors, RevocationPolicy revocationPolicy) {
        this.path = new CertificatePath(trustAnchors, revocationPolicy);
    }

    public CertificateCheckResult check(byte[] upload, String applicantOin, Instant at) {
        CertificateReadResult read = reader.read(upload);
        if (read.problem().isPresent()) {
            return new CertificateCheckResult(List.of(read.problem().get()), Optional.empty());
        }
        return check(read.certificates(), applicantOin, at);
    }

    public CertificateCheckResult check(List<X509Certificate> certificates, String applicantOin, Instant at) {
        Optional<X509Certificate> endEntity = ChainOrder.endEntityOf(certificates);
        if (endEntity.isEmpty()) {
            Finding unrelated = Finding.of(FindingCode.CERTIFICATE_UNRELATED, certificates.size());
            for (int i = 0; i < certificates.size(); i++) {
                unrelated = unrelated.withEvidence("subject." + (i + 1), CertificateFacts.subject(certificates.get(i)));
            }
            return new CertificateCheckResult(List.of(unrelated), Optional.empty());
        }
        X509Certificate certificate = endEntity.get();
        List<Finding> findings = new ArrayList<>(checkEndEntity(certificate, CertificateUse.SIGNING, certificates, applicantOin, at));
        findings.add(summary(certificate));
        return new CertificateCheckResult(findings, endEntity);
    }

    /**
     * The checks on one end-entity certificate, listed for the given use (which decides the key usage it
     * needs): not self-signed, a path to an anchor (with the configured intermediates and the given
     * certificates that help build it), then validity, key, algorithm, key usage, CA flag and OIN. No summary.
     */
    public List<Finding> checkEndEntity(X509Certificate certificate, CertificateUse use, List<X509Certificate> pathHelpers,
            String applicantOin, Instant at) {
        List<Finding> findings = new ArrayList<>();
        EndEntity endEntity = EndEntity.of(certificate);
        if (ChainOrder.isSelfSigned(certificate, endEntity.subject(), endEntity.issuer())) {
            findings.add(CertificateEvidence.add(Finding.of(FindingCode.CERTIFICATE_SELF_SIGNED), certificate));
        } else {
            findings.addAll(path.check(endEntity, pathHelpers, at));
        }
        findings.addAll(CertificateProperties.check(endEntity, applicantOin, at, use));
        return findings;
    }

    private static Finding summary(X509Certificate certificate) {
        String organisation = CertificateFacts.organisation(certificate).orElse("-");
        String oin = CertificateFacts.oin(certificate).orElse("-");
        return Finding.of(FindingCode.CERTIFICATE_SUMMARY, organisation, oin, certificate.getNotAfter().toInstant())
                .withEvidence("subject", CertificateFacts.subject(certificate))
                .withEvidence("organisation", organisation)
                .withEvidence("oin", oin)
                .withEvidence("issuer", CertificateFacts.issuer(certificate))
                .withEvidence("serialNumber", certificate.getSerialNumber().toString(16))
                .withEvidence("sha256", CertificateFacts.sha256Fingerprint(certificate))
                .withEvidence("notBefore", certificate.getNotBefore().toInstant())
                .withEvidence("notAfter", certificate.getNotAfter().toInstant());
    }
}
