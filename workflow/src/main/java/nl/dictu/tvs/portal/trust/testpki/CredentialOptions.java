package nl.dictu.tvs.portal.trust.testpki;

/**
 * Which certificates {@link TestPki#organisationCredentials(String, String, int, boolean, CredentialOptions)}
 * lists in the metadata beside the signing certificate: a separate encryption certificate and a next signing
 * certificate (rollover). The defaults list the signing certificate alone.
 */
public record CredentialOptions(boolean encryptionCertificate, boolean nextSigningCertificate) {

    public static CredentialOptions defaults() {
        return new CredentialOptions(false, false);
    }

    public CredentialOptions withEncryptionCertificate() {
        return new CredentialOptions(true, nextSigningCertificate);
    }

    public CredentialOptions withNextSigningCertificate() {
        return new CredentialOptions(encryptionCertificate, true);
    }
}
