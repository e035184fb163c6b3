package nl.dictu.tvs.portal.trust.testpki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an organisation needs to try an application: an organisation certificate (with the intermediate that
 * issued it), its private key, DV metadata signed with it, and the further certificates the metadata lists
 * (by name: {@value #ENCRYPTION_NAME}, {@value #NEXT_SIGNING_NAME}) with their keys.
 */
public record OrganisationCredentials(IssuedCertificate certificate, X509Certificate intermediate, String entityId,
                                      String signedMetadata, Map<String, IssuedCertificate> additional) {

    public static final String CERTIFICATE_FILE = "organisation.pem";
    public static final String KEY_FILE = "organisation-key.pem";
    public static final String METADATA_FILE = "metadata.xml";
    /** The separate encryption certificate: files {@code encryption.pem} and {@code encryption-key.pem}. */
    public static final String ENCRYPTION_NAME = "encryption";
    /** The next signing certificate (rollover): files {@code next-signing.pem} and {@code next-signing-key.pem}. */
    public static final String NEXT_SIGNING_NAME = "next-signing";

    public OrganisationCredentials {
        additional = Collections.unmodifiableMap(new LinkedHashMap<>(additional));
    }

    /** Credentials whose metadata lists the signing certificate alone. */
    public OrganisationCredentials(IssuedCertificate certificate, X509Certificate intermediate, String entityId, String signedMetadata) {
        this(certificate, intermediate, entityId, signedMetadata, Map.of());
    }

    /** The organisation certificate followed by its intermediate, as an applicant uploads it. */
    public String certificatePem() {
        return PemWriter.toPem(certificate.certificate(), intermediate);
    }

    public String privateKeyPem() {
        return PemWriter.toPem(certificate.privateKey());
    }

    /**
     * Writes {@value #CERTIFICATE_FILE}, {@value #KEY_FILE} and {@value #METADATA_FILE} into the folder, and
     * {@code <name>.pem} (certificate and intermediate) and {@code <name>-key.pem} for each further certificate.
     */
    public void writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(CERTIFICATE_FILE), certificatePem(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(KEY_FILE), privateKeyPem(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(METADATA_FILE), signedMetadata, StandardCharsets.UTF_8);
        for (Map.Entry<String, IssuedCertificate> more : additional.entrySet()) {
            Files.writeString(folder.resolve(more.getKey() + ".pem"),
                    PemWriter.toPem(more.getValue().certificate(), intermediate), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(more.getKey() + "-key.pem"), PemWriter.toPem(more.getValue().privateKey()),
                    StandardCharsets.UTF_8);
        }
    }
}
