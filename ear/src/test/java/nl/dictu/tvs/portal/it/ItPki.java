package nl.dictu.tvs.portal.it;

import nl.dictu.tvs.portal.trust.testpki.ClusterCredentials;
import nl.dictu.tvs.portal.trust.testpki.ClusterMember;
import nl.dictu.tvs.portal.trust.testpki.DvMetadataTemplate;
import nl.dictu.tvs.portal.trust.testpki.CertificateProfile;
import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;
import nl.dictu.tvs.portal.trust.testpki.MetadataSigner;
import nl.dictu.tvs.portal.trust.testpki.PemWriter;
import nl.dictu.tvs.portal.trust.testpki.TestPki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test PKI of this JVM: its root is the shared server's trust anchor ({@code TVS_TRUST_ANCHORS}), its
 * intermediate the configured intermediate ({@code TVS_TRUST_INTERMEDIATES}),
 * and tests issue the demo organisation's certificates and sign its metadata with it.
 */
public final class ItPki {

    private static final TestPki PKI = TestPki.generate();
    /** One encryption certificate per OIN (key generation is slow): metadata lists it as KeyDescriptor use="encryption". */
    private static final Map<String, IssuedCertificate> ENCRYPTION = new ConcurrentHashMap<>();

    private ItPki() {
    }

    public static Map<String, String> serverEnvironment(Path workDir) {
        try {
            Path root = workDir.resolve("trust-anchors.pem");
            Files.writeString(root, PemWriter.toPem(PKI.root()), StandardCharsets.US_ASCII);
            // As production configures the PKIoverheid intermediates: metadata lists end-entity certificates only.
            Path intermediates = workDir.resolve("trust-intermediates.pem");
            Files.writeString(intermediates, PemWriter.toPem(PKI.intermediate()), StandardCharsets.US_ASCII);
            return Map.of("TVS_TRUST_ANCHORS", root.toAbsolutePath().toString(),
                    "TVS_TRUST_INTERMEDIATES", intermediates.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static IssuedCertificate certificate(String oin, String organisation) {
        return PKI.organisationCertificate(oin, organisation);
    }

    /** An organisation certificate that expires at the given moment (valid since yesterday). */
    public static IssuedCertificate certificateExpiring(String oin, String organisation, Instant notAfter) {
        return PKI.issue(CertificateProfile.pkioverheid(oin, organisation)
                .withValidity(Instant.now().minus(Duration.ofDays(1)), notAfter));
    }

    /** The certificate with its intermediate, as an applicant uploads it. */
    public static String pem(IssuedCertificate certificate) {
        return PemWriter.toPem(certificate.certificate(), PKI.intermediate());
    }

    public static String signedMetadata(String oin, int index, IssuedCertificate signer, String... serviceUuids) {
        return MetadataSigner.sign(DvMetadataTemplate.forOin(oin, index).withServiceUuids(serviceUuids)
                .build(signer.certificate(), ENCRYPTION.computeIfAbsent(oin, o -> PKI.encryptionCertificate(o, "IT")).certificate()), signer);
    }

    /** Metadata listing the current and the next signing certificate (rollover), signed with the current one. */
    public static String rolloverMetadata(String oin, int index, IssuedCertificate current, IssuedCertificate next) {
        return MetadataSigner.sign(DvMetadataTemplate.forOin(oin, index).build(List.of(current.certificate(), next.certificate()),
                List.of(ENCRYPTION.computeIfAbsent(oin, o -> PKI.encryptionCertificate(o, "IT")).certificate())), current);
    }

    /** A supplier's certificate and its cluster metadata listing the organisations it serves, signed as a whole. */
    public static ClusterCredentials clusterCredentials(String supplierOin, String supplier, List<ClusterMember> members) {
        return clusterCredentials(supplierOin, supplier, 9001, members);
    }

    /** As {@link #clusterCredentials(String, String, List)} with the metadata's index, e.g. 1 for production. */
    public static ClusterCredentials clusterCredentials(String supplierOin, String supplier, int index, List<ClusterMember> members) {
        return PKI.clusterCredentials(supplierOin, supplier, index, members, false);
    }
}
