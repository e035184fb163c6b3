package nl.dictu.tvs.portal.trust.certificate;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

/**
 * The checks on the end-entity certificate itself: validity, key (RSA only, §9.1 of the Koppelvlakspecificatie
 * eID SAML 4.4), algorithm, key usage for its {@link CertificateUse}, CA flag and OIN.
 */
final class CertificateProperties {

    static final Duration EXPIRY_WARNING = Duration.ofDays(60);
    private static final int MIN_RSA_BITS = 2048;
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int KEY_ENCIPHERMENT = 2;
    /** SHA-256 or stronger with RSA (PKCS#1 v1.5 or PSS) or ECDSA. */
    private static final Set<String> STRONG_SIGNATURE_OIDS = Set.of(
            "1.2.840.113549.1.1.11", "1.2.840.113549.1.1.12", "1.2.840.113549.1.1.13", "1.2.840.113549.1.1.10",
            "1.2.840.10045.4.3.2", "1.2.840.10045.4.3.3", "1.2.840.10045.4.3.4");

    private CertificateProperties() {
    }

    static List<Finding> check(X509Certificate certificate, String applicantOin, Instant at) {
        return check(EndEntity.of(certificate), applicantOin, at, CertificateUse.SIGNING);
    }

    static List<Finding> check(EndEntity endEntity, String applicantOin, Instant at, CertificateUse use) {
        X509Certificate certificate = endEntity.certificate();
        List<Finding> findings = new ArrayList<>();
        validity(endEntity, at).ifPresent(findings::add);
        key(certificate).ifPresent(findings::add);
        if (!STRONG_SIGNATURE_OIDS.contains(certificate.getSigAlgOID())) {
            findings.add(Finding.of(FindingCode.CERTIFICATE_SIGNATURE_ALGORITHM_WEAK, certificate.getSigAlgName())
                    .withEvidence("signatureAlgorithm", certificate.getSigAlgName()));
        }
        boolean[] keyUsage = certificate.getKeyUsage();
        if (use.signs() && !allows(keyUsage, DIGITAL_SIGNATURE)) {
            findings.add(Finding.of(FindingCode.CERTIFICATE_KEY_USAGE_MISSING));
        }
        if (use == CertificateUse.ENCRYPTION && !allows(keyUsage, KEY_ENCIPHERMENT)) {
            findings.add(Finding.of(FindingCode.CERTIFICATE_KEY_ENCIPHERMENT_MISSING));
        }
        if (certificate.getBasicConstraints() >= 0) {
            findings.add(Finding.of(FindingCode.CERTIFICATE_IS_CA));
        }
        oin(endEntity, applicantOin).ifPresent(findings::add);
        if (findings.isEmpty()) {
            return List.of();
        }
        return findings.stream().map(finding -> CertificateEvidence.add(finding, certificate)).toList();
    }

    private static boolean allows(boolean[] keyUsage, int bit) {
        return keyUsage != null && keyUsage.length > bit && keyUsage[bit];
    }

    private static Optional<Finding> validity(EndEntity endEntity, Instant at) {
        Instant notBefore = endEntity.notBefore();
        Instant notAfter = endEntity.notAfter();
        if (at.isAfter(notAfter)) {
            return Optional.of(Finding.of(FindingCode.CERTIFICATE_EXPIRED, notAfter).withEvidence("notAfter", notAfter));
        }
        if (at.isBefore(notBefore)) {
            return Optional.of(Finding.of(FindingCode.CERTIFICATE_NOT_YET_VALID, notBefore).withEvidence("notBefore", notBefore));
        }
        if (at.plus(EXPIRY_WARNING).isAfter(notAfter)) {
            long days = Duration.between(at, notAfter).toDays();
            return Optional.of(Finding.of(FindingCode.CERTIFICATE_EXPIRES_SOON, notAfter, days).withEvidence("notAfter", notAfter));
        }
        return Optional.empty();
    }

    /** TVS supports only RSA (§9.1), of at least 2048 bits; any other key type is refused whatever its size. */
    private static Optional<Finding> key(X509Certificate certificate) {
        PublicKey key = certificate.getPublicKey();
        if (key instanceof RSAPublicKey rsa) {
            int bits = rsa.getModulus().bitLength();
            return bits >= MIN_RSA_BITS ? Optional.empty() : Optional.of(Finding.of(FindingCode.CERTIFICATE_KEY_TOO_WEAK,
                    key.getAlgorithm(), bits).withEvidence("keyAlgorithm", key.getAlgorithm()).withEvidence("keyBits", bits));
        }
        int bits = key instanceof ECPublicKey ec ? ec.getParams().getCurve().getField().getFieldSize() : 0;
        return Optional.of(Finding.of(FindingCode.CERTIFICATE_KEY_NOT_RSA, key.getAlgorithm(), bits)
                .withEvidence("keyAlgorithm", key.getAlgorithm()).withEvidence("keyBits", bits)
                .withEvidence("source", "Koppelvlakspecificatie eID SAML 4.4 §9.1"));
    }

    private static Optional<Finding> oin(EndEntity endEntity, String applicantOin) {
        Optional<String> oin = CertificateFacts.oin(endEntity.encodedSubject());
        if (oin.isEmpty()) {
            return Optional.of(Finding.of(FindingCode.CERTIFICATE_OIN_MISSING));
        }
        if (!oin.get().equals(applicantOin)) {
            return Optional.of(Finding.of(FindingCode.CERTIFICATE_OIN_MISMATCH, oin.get(), applicantOin)
                    .withEvidence("certificateOin", oin.get()).withEvidence("applicantOin", applicantOin));
        }
        return Optional.empty();
    }
}
