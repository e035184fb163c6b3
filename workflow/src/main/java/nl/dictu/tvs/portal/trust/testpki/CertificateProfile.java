package nl.dictu.tvs.portal.trust.testpki;

import java.time.Duration;
import java.time.Instant;

/**
 * What an organisation certificate looks like. {@link #pkioverheid(String, String)} is a correct one
 * (RSA 2048, SHA-256, digitalSignature, end entity, one year); {@link #forEncryption()} makes it an
 * encryption-only certificate (keyEncipherment, no digitalSignature), as a G4 certificate is; the other
 * {@code with...} methods break one thing (an EC key, which TVS refuses, with {@link #withEcKey()}).
 */
public record CertificateProfile(String oin, String organisation, String commonName, int rsaBits,
        String signatureAlgorithm, Instant notBefore, Instant notAfter, boolean digitalSignature, boolean ca,
        boolean selfSigned, String keyAlgorithm) {

    /** An RSA certificate (the form before key algorithms could be chosen). */
    public CertificateProfile(String oin, String organisation, String commonName, int rsaBits, String signatureAlgorithm,
            Instant notBefore, Instant notAfter, boolean digitalSignature, boolean ca, boolean selfSigned) {
        this(oin, organisation, commonName, rsaBits, signatureAlgorithm, notBefore, notAfter, digitalSignature, ca, selfSigned, "RSA");
    }

    public static CertificateProfile pkioverheid(String oin, String organisation) {
        Instant now = Instant.now();
        return new CertificateProfile(oin, organisation, "saml-signing.test.example.nl", 2048, "SHA256withRSA",
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)), true, false, false, "RSA");
    }

    public CertificateProfile withValidity(Instant from, Instant to) {
        return new CertificateProfile(oin, organisation, commonName, rsaBits, signatureAlgorithm, from, to,
                digitalSignature, ca, selfSigned, keyAlgorithm);
    }

    public CertificateProfile withRsaBits(int bits) {
        return new CertificateProfile(oin, organisation, commonName, bits, signatureAlgorithm, notBefore, notAfter,
                digitalSignature, ca, selfSigned, keyAlgorithm);
    }

    public CertificateProfile withSignatureAlgorithm(String algorithm) {
        return new CertificateProfile(oin, organisation, commonName, rsaBits, algorithm, notBefore, notAfter,
                digitalSignature, ca, selfSigned, keyAlgorithm);
    }

    /** Key usage keyEncipherment instead of digitalSignature. */
    public CertificateProfile withoutDigitalSignature() {
        return new CertificateProfile(oin, organisation, commonName, rsaBits, signatureAlgorithm, notBefore, notAfter,
                false, ca, selfSigned, keyAlgorithm);
    }

    /** An encryption-only certificate: keyEncipherment, no digitalSignature, its own common name. */
    public CertificateProfile forEncryption() {
        return withoutDigitalSignature().withCommonName("saml-encryption.test.example.nl");
    }

    public CertificateProfile withCommonName(String name) {
        return new CertificateProfile(oin, organisation, name, rsaBits, signatureAlgorithm, notBefore, notAfter,
                digitalSignature, ca, selfSigned, keyAlgorithm);
    }

    /** Another organisation's OIN in {@code Subject.serialNumber} (null: none). */
    public CertificateProfile withOin(String otherOin) {
        return new CertificateProfile(otherOin, organisation, commonName, rsaBits, signatureAlgorithm, notBefore, notAfter,
                digitalSignature, ca, selfSigned, keyAlgorithm);
    }

    /** An EC key on P-256 instead of RSA (TVS supports only RSA: for negative tests). */
    public CertificateProfile withEcKey() {
        return new CertificateProfile(oin, organisation, commonName, rsaBits, signatureAlgorithm, notBefore, notAfter,
                digitalSignature, ca, selfSigned, "EC");
    }

    public CertificateProfile asCa() {
        return new CertificateProfile(oin, organisation, commonName, rsaBits, signatureAlgorithm, notBefore, notAfter,
                digitalSignature, true, selfSigned, keyAlgorithm);
    }

    public CertificateProfile asSelfSigned() {
        return new CertificateProfile(oin, organisation, commonName, rsaBits, signatureAlgorithm, notBefore, notAfter,
                digitalSignature, ca, true, keyAlgorithm);
    }
}
