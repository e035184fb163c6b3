package nl.dictu.tvs.portal.trust.metadata;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.dictu.tvs.portal.trust.certificate.CertificateFacts;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

/** What was read from verified metadata, for the UI: entity, role, OIN, endpoints and signing certificate. */
public record MetadataSummary(String entityId, String role, String entityIdOin, List<String> roleDescriptors,
        List<Endpoint> endpoints, List<String> serviceUuids, String certificateSubject, String certificateOin,
        String certificateSha256, Instant certificateNotAfter) {

    public MetadataSummary {
        roleDescriptors = List.copyOf(roleDescriptors);
        endpoints = List.copyOf(endpoints);
        serviceUuids = List.copyOf(serviceUuids);
    }

    public static MetadataSummary of(VerifiedMetadata metadata) {
        var parsed = metadata.parsedEntityId();
        var certificate = metadata.signingCertificate();
        var subject = CertificateFacts.subjectAndOin(certificate);
        return new MetadataSummary(metadata.entityId(),
                parsed.map(EntityId::role).orElse("-"), parsed.map(EntityId::oin).orElse("-"),
                metadata.roleDescriptors(), metadata.endpoints(), metadata.serviceUuids(),
                subject.subject(), subject.oin().orElse("-"),
                CertificateFacts.sha256Fingerprint(certificate), certificate.getNotAfter().toInstant());
    }

    public Finding asFinding() {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("entityID", entityId);
        evidence.put("role", role);
        evidence.put("oin", entityIdOin);
        evidence.put("roleDescriptors", String.join(" ", roleDescriptors));
        for (int i = 0; i < endpoints.size(); i++) {
            Endpoint endpoint = endpoints.get(i);
            evidence.put("endpoint." + (i + 1), endpoint.kind() + " " + endpoint.binding() + " " + endpoint.location());
        }
        evidence.put("serviceUuids", String.join(" ", serviceUuids));
        evidence.put("certificateSubject", certificateSubject);
        evidence.put("certificateOin", certificateOin);
        evidence.put("certificateSha256", certificateSha256);
        evidence.put("certificateNotAfter", certificateNotAfter);
        return Finding.of(FindingCode.METADATA_SUMMARY, entityId, String.join(", ", roleDescriptors)).withEvidence(evidence);
    }
}
