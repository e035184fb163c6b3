package nl.dictu.tvs.portal.trust.testpki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

/**
 * What an organisation needs to try an application: an organisation certificate (with the intermediate that
 * issued it), its private key, and DV metadata signed with it.
 */
public record OrganisationCredentials(IssuedCertificate certificate, X509Certificate intermediate, String entityId,
                                      String signedMetadata) {

    public static final String CERTIFICATE_FILE = "organisation.pem";
    public static final String KEY_FILE = "organisation-key.pem";
    public static final String METADATA_FILE = "metadata.xml";

    /** The organisation certificate followed by its intermediate, as an applicant uploads it. */
    public String certificatePem() {
        return PemWriter.toPem(certificate.certificate(), intermediate);
    }

    public String privateKeyPem() {
        return PemWriter.toPem(certificate.privateKey());
    }

    /** Writes {@value #CERTIFICATE_FILE}, {@value #KEY_FILE} and {@value #METADATA_FILE} into the folder. */
    public void writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(CERTIFICATE_FILE), certificatePem(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(KEY_FILE), privateKeyPem(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(METADATA_FILE), signedMetadata, StandardCharsets.UTF_8);
    }
}
