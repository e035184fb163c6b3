package nl.dictu.tvs.portal.trust.testpki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Leverancier Clusteraansluiting needs to try an application: its own signing certificate (with the
 * intermediate) and key, one encryption certificate and key per served organisation (carrying that organisation's
 * OIN), and the cluster metadata signed as a whole with the supplier's key.
 */
public record ClusterCredentials(IssuedCertificate supplierCertificate, X509Certificate intermediate, String supplierEntityId,
        List<ClusterMember> members, Map<String, IssuedCertificate> memberEncryption, String signedMetadata) {

    public ClusterCredentials {
        members = List.copyOf(members);
        memberEncryption = new LinkedHashMap<>(memberEncryption);
    }

    public String certificatePem() {
        return PemWriter.toPem(supplierCertificate.certificate(), intermediate);
    }

    /**
     * Writes {@code organisation.pem} (the supplier's certificate and intermediate: upload this),
     * {@code organisation-key.pem}, {@code metadata.xml} and, per member, {@code dv-<OIN>-encryption.pem} and
     * {@code dv-<OIN>-encryption-key.pem}.
     */
    public void writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(OrganisationCredentials.CERTIFICATE_FILE), certificatePem(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(OrganisationCredentials.KEY_FILE), PemWriter.toPem(supplierCertificate.privateKey()),
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(OrganisationCredentials.METADATA_FILE), signedMetadata, StandardCharsets.UTF_8);
        for (Map.Entry<String, IssuedCertificate> member : memberEncryption.entrySet()) {
            Files.writeString(folder.resolve("dv-" + member.getKey() + "-encryption.pem"),
                    PemWriter.toPem(member.getValue().certificate(), intermediate), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("dv-" + member.getKey() + "-encryption-key.pem"),
                    PemWriter.toPem(member.getValue().privateKey()), StandardCharsets.UTF_8);
        }
    }
}
