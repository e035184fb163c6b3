package nl.dictu.tvs.portal.trust.testpki;

/**
 * What {@link TestPki#organisationCredentials(String, String, int, boolean, java.util.List, CredentialOptions)} lists
 * in the metadata beyond the signing certificate and the separate encryption certificate it always lists: a next
 * signing certificate (rollover). The defaults list none.
 */
public record CredentialOptions(boolean nextSigningCertificate) {

    public static CredentialOptions defaults() {
        return new CredentialOptions(false);
    }

    public CredentialOptions withNextSigningCertificate() {
        return new CredentialOptions(true);
    }
}
