package nl.dictu.tvs.portal.trust.testpki;

import java.time.Duration;
import java.time.Instant;

/**
 * What an organisation certificate looks like. {@link #pkioverheid(String, String)} is a correct one
 * (RSA 2048, SHA-256, digitalSignature, end entity, one year); the {@code with...} methods break one thing.
 */
public record CertificateProfile(String oin, String organisation, String commonName, int rsaBits,
        String signatureAlgorithm, Instant notBefore, Instant notAfter, boolean digitalSignature, boolean ca,
        boolean selfSigned) {

    public static CertificateProfile pkioverheid(String oin, String organisation) {
        Instant now = Instant.now();
        return new CertificateProfile(oin, organisation, "saml-signing.test.example.nl", 2048, "SHA256withRSA",
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)), true, false, false);
    }

    public CertificateProfile withValidity(Instant from, Instant to) {
        return new CertificateProfile(oin, organisation, commonName, rsaBits, signatureAlgorithm, from, to,
                digitalSignature, ca, selfSigned);
    }

    public CertificateProfile withRsaBits(int bits) {
        return new CertificateProfile(oin, organisation, commonName, bits, signatureAlgorithm, notBefore, notAfter,
                digitalSignature, ca, selfSigned);
    }

    public CertificateProfile withSignatureAlgorithm(String algorithm) {
        return new CertificateProfile(oin, organisation, commonName, rsaBits, algorithm, notBefore, notAfter,
                digitalSignature, ca, selfSigned);
    }

    public CertificateProfile withoutDigitalSignature() {
        return new CertificateProfile(oin, organisation, commonName, rsaBits, signatureAlgorithm, notBefore, notAfter,
                false, ca, selfSigned);
    }

    public CertificateProfile asCa() {
        return new CertificateProfile(oin, organisation, commonName, rsaBits, signatureAlgorithm, notBefore, notAfter,
                digitalSignature, true, selfSigned);
    }

    public CertificateProfile asSelfSigned() {
        return new CertificateProfile(oin, organisation, commonName, rsaBits, signatureAlgorithm, notBefore, notAfter,
                digitalSignature, ca, true);
    }
}
