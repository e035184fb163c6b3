package nl.dictu.tvs.portal.trust.certificate;

/**
 * What a certificate is listed for, which decides the key usage it needs (PKIoverheid CPS; G4 certificates are
 * single-purpose): signing, or no {@code use} at all (signing and encryption), needs {@code digitalSignature};
 * encryption only needs {@code keyEncipherment} and need not allow digital signatures.
 */
public enum CertificateUse {
    /** {@code KeyDescriptor use="signing"}: metadata signing or the TLS client certificate. */
    SIGNING,
    /** {@code KeyDescriptor use="encryption"}: TVS encrypts the BSN to it. */
    ENCRYPTION,
    /** A {@code KeyDescriptor} without {@code use}: the certificate serves both purposes. */
    SIGNING_AND_ENCRYPTION;

    /** The use a {@code KeyDescriptor/@use} value names; empty or absent means both. */
    public static CertificateUse ofAttribute(String use) {
        return switch (use) {
            case "signing" -> SIGNING;
            case "encryption" -> ENCRYPTION;
            default -> SIGNING_AND_ENCRYPTION;
        };
    }

    public boolean signs() {
        return this != ENCRYPTION;
    }

    public boolean encrypts() {
        return this != SIGNING;
    }
}
