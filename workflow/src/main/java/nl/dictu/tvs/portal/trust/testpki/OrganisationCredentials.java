package nl.dictu.tvs.portal.trust.testpki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

/**
 * What an organisation needs to try an application: an organisation certificate (with the intermediate that
 * issued it), its private key, DV metadata signed with it, and the separate encryption certificate (and key)
 * the metadata lists as KeyDescriptor {@code use="encryption"}.
 */
public record OrganisationCredentials(IssuedCertificate certificate, X509Certificate intermediate, String entityId,
                                      String signedMetadata, IssuedCertificate encryptionCertificate) {

    public static final String CERTIFICATE_FILE = "organisation.pem";
    public static final String KEY_FILE = "organisation-key.pem";
    public static final String METADATA_FILE = "metadata.xml";
    public static final String ENCRYPTION_CERTIFICATE_FILE = "encryption.pem";
    public static final String ENCRYPTION_KEY_FILE = "encryption-key.pem";

    /** The organisation certificate followed by its intermediate, as an applicant uploads it. */
    public String certificatePem() {
        return PemWriter.toPem(certificate.certificate(), intermediate);
    }

    public String privateKeyPem() {
        return PemWriter.toPem(certificate.privateKey());
    }

    /**
     * Writes {@value #CERTIFICATE_FILE}, {@value #KEY_FILE}, {@value #METADATA_FILE}, {@value #ENCRYPTION_CERTIFICATE_FILE}
     * and {@value #ENCRYPTION_KEY_FILE} into the folder.
     */
    public void writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(CERTIFICATE_FILE), certificatePem(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(KEY_FILE), privateKeyPem(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(METADATA_FILE), signedMetadata, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(ENCRYPTION_CERTIFICATE_FILE),
                PemWriter.toPem(encryptionCertificate.certificate(), intermediate), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(ENCRYPTION_KEY_FILE), PemWriter.toPem(encryptionCertificate.privateKey()),
                StandardCharsets.UTF_8);
    }
}
