package nl.dictu.tvs.portal.trust.testpki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;

/**
 * What an organisation needs to try an application: an organisation certificate (with the intermediate that
 * issued it), its private key, DV metadata signed with it, the separate encryption certificate (and key) the
 * metadata lists as KeyDescriptor {@code use="encryption"} and, when asked for, a next signing certificate (and
 * key) it lists as a second {@code use="signing"} KeyDescriptor (rollover).
 */
public record OrganisationCredentials(IssuedCertificate certificate, X509Certificate intermediate, String entityId,
                                      String signedMetadata, IssuedCertificate encryptionCertificate,
                                      Optional<IssuedCertificate> nextSigningCertificate) {

    public static final String CERTIFICATE_FILE = "organisation.pem";
    public static final String KEY_FILE = "organisation-key.pem";
    public static final String METADATA_FILE = "metadata.xml";
    public static final String ENCRYPTION_CERTIFICATE_FILE = "encryption.pem";
    public static final String ENCRYPTION_KEY_FILE = "encryption-key.pem";
    public static final String NEXT_SIGNING_CERTIFICATE_FILE = "next-signing.pem";
    public static final String NEXT_SIGNING_KEY_FILE = "next-signing-key.pem";

    public OrganisationCredentials {
        Objects.requireNonNull(encryptionCertificate, "encryptionCertificate");
        Objects.requireNonNull(nextSigningCertificate, "nextSigningCertificate");
    }

    /** Credentials whose metadata lists no next signing certificate. */
    public OrganisationCredentials(IssuedCertificate certificate, X509Certificate intermediate, String entityId,
            String signedMetadata, IssuedCertificate encryptionCertificate) {
        this(certificate, intermediate, entityId, signedMetadata, encryptionCertificate, Optional.empty());
    }

    /** The organisation certificate followed by its intermediate, as an applicant uploads it. */
    public String certificatePem() {
        return PemWriter.toPem(certificate.certificate(), intermediate);
    }

    public String privateKeyPem() {
        return PemWriter.toPem(certificate.privateKey());
    }

    /**
     * Writes {@value #CERTIFICATE_FILE}, {@value #KEY_FILE}, {@value #METADATA_FILE}, {@value #ENCRYPTION_CERTIFICATE_FILE}
     * and {@value #ENCRYPTION_KEY_FILE} into the folder, and {@value #NEXT_SIGNING_CERTIFICATE_FILE} and
     * {@value #NEXT_SIGNING_KEY_FILE} when the metadata lists a next signing certificate.
     */
    public void writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(CERTIFICATE_FILE), certificatePem(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(KEY_FILE), privateKeyPem(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(METADATA_FILE), signedMetadata, StandardCharsets.UTF_8);
        write(folder, ENCRYPTION_CERTIFICATE_FILE, ENCRYPTION_KEY_FILE, encryptionCertificate);
        if (nextSigningCertificate.isPresent()) {
            write(folder, NEXT_SIGNING_CERTIFICATE_FILE, NEXT_SIGNING_KEY_FILE, nextSigningCertificate.get());
        }
    }

    private void write(Path folder, String certificateFile, String keyFile, IssuedCertificate issued) throws IOException {
        Files.writeString(folder.resolve(certificateFile), PemWriter.toPem(issued.certificate(), intermediate), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(keyFile), PemWriter.toPem(issued.privateKey()), StandardCharsets.UTF_8);
    }
}
