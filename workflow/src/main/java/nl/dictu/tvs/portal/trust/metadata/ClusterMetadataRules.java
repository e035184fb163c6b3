package nl.dictu.tvs.portal.trust.metadata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Element;

import nl.dictu.tvs.portal.trust.certificate.CertificateFacts;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

/**
 * The rules for cluster metadata of a Leverancier Clusteraansluiting (Koppelvlakspecificatie eID SAML 4.4, §8.4),
 * applied after the EntitiesDescriptor's signature held under the supplier's key: {@code validUntil} or
 * {@code cacheDuration} on the root; the supplier's LC entity with the supplier's OIN (the request's), signed
 * requests and assertions, 1-4 signing KeyDescriptors and the ACS rules of §8.3; one DV entity per served
 * organisation, each once, with 1-2 encryption KeyDescriptors and exactly one ACS. Every certificate an entity lists
 * gets the certificate rules (given anchors), which also hold a DV's certificates to the OIN of its entityID (§8.4.3)
 * and the LC's to the supplier's. Every finding about an entity names it in its evidence ({@code entityID}).
 * Once DICTU issued a served organisation its ServiceUUIDs, its DV entity lists exactly those of the environment in
 * metadata mode, and in AuthnRequest mode none but those (§7.3.1.1, §8.4.3): TVS registers every DV of the cluster
 * with its own services, so a ServiceUUID of the supplier's or of another member is as wrong there as one not issued.
 */
final class ClusterMetadataRules {

    private static final int MAX_SUPPLIER_SIGNING_KEYS = 4;
    private static final int MAX_DV_ENCRYPTION_KEYS = 2;

    private ClusterMetadataRules() {
    }

    static List<Finding> check(VerifiedMetadata cluster, MetadataCheckRequest request) {
        return check(cluster, request, (entity, oin, dv) -> List.of());
    }

    /**
     * As above, with the rules on every certificate each entity lists ({@link MetadataCertificateRules}): the LC's
     * against the supplier's OIN, each DV's against the OIN of its entityID (that DV's entityID given).
     */
    static List<Finding> check(VerifiedMetadata cluster, MetadataCheckRequest request, EntityCertificateRules certificates) {
        List<Finding> findings = new ArrayList<>(MetadataShapeRules.validity(cluster.element(), request.at(), "§8.4.1"));
        Set<String> seen = new HashSet<>();
        int dvs = 0;
        for (VerifiedMetadata entity : cluster.entities()) {
            String entityId = entity.entityId();
            Optional<EntityId> parsed = entity.parsedEntityId()
                    .filter(id -> ClusterMembers.LC.equals(id.role()) || ClusterMembers.DV.equals(id.role()));
            if (parsed.isEmpty()) {
                findings.add(MetadataShapeRules.spec(Finding.of(FindingCode.METADATA_CLUSTER_ENTITY_ROLE_INVALID, entityId), "§8.4")
                        .withEvidence("entityID", entityId));
                continue;
            }
            if (!seen.add(entityId)) {
                findings.add(Finding.of(FindingCode.METADATA_CLUSTER_DV_DUPLICATE, entityId).withEvidence("entityID", entityId));
                continue;
            }
            if (ClusterMembers.LC.equals(parsed.get().role())) {
                findings.addAll(about(entityId, supplier(entity, request)));
                findings.addAll(about(entityId, certificates.check(entity, request.applicantOin(), Optional.empty())));
            } else {
                dvs++;
                findings.addAll(about(entityId, serviceProvider(entity, parsed.get(), request)));
                findings.addAll(about(entityId, certificates.check(entity, parsed.get().oin(), Optional.of(entityId))));
            }
        }
        if (dvs == 0) {
            findings.add(MetadataShapeRules.spec(Finding.of(FindingCode.METADATA_CLUSTER_DV_MISSING), "§8.4"));
        }
        return findings;
    }

    /** One INFO finding that lists the entities of a verified cluster document. */
    static Finding summary(VerifiedMetadata cluster) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        String supplier = "-";
        int dvs = 0;
        List<VerifiedMetadata> entities = cluster.entities();
        for (int i = 0; i < entities.size(); i++) {
            String entityId = entities.get(i).entityId();
            evidence.put("entity." + (i + 1), entityId);
            Optional<String> role = entities.get(i).parsedEntityId().map(EntityId::role);
            if (role.filter(ClusterMembers.LC::equals).isPresent()) {
                supplier = entityId;
            } else if (role.filter(ClusterMembers.DV::equals).isPresent()) {
                dvs++;
            }
        }
        evidence.put("signingCertificateSha256", CertificateFacts.sha256Fingerprint(cluster.signingCertificate()));
        return Finding.of(FindingCode.METADATA_CLUSTER_SUMMARY, supplier, dvs).withEvidence(evidence);
    }

    private static List<Finding> supplier(VerifiedMetadata entity, MetadataCheckRequest request) {
        List<Finding> findings = new ArrayList<>();
        Optional<Element> sp = common(entity, ClusterMembers.LC, request.applicantOin(), request, findings);
        if (sp.isEmpty()) {
            return findings;
        }
        findings.addAll(MetadataShapeRules.signedMessages(sp.get(), "§8.4.2"));
        findings.addAll(MetadataShapeRules.keyDescriptorCount(sp.get(), entity.entityId(), "signing", 1, MAX_SUPPLIER_SIGNING_KEYS));
        findings.addAll(MetadataShapeRules.keyInfo(sp.get()));
        findings.addAll(MetadataShapeRules.assertionConsumers(sp.get()));
        findings.addAll(MetadataShapeRules.singleLogout(sp.get(), request.eenmaligInloggen()));
        findings.addAll(MetadataShapeRules.elementsNotInSpec(entity.element()));
        return findings;
    }

    private static List<Finding> serviceProvider(VerifiedMetadata entity, EntityId id, MetadataCheckRequest request) {
        List<Finding> findings = new ArrayList<>();
        Optional<Element> sp = common(entity, ClusterMembers.DV, id.oin(), request, findings);
        if (sp.isEmpty()) {
            return findings;
        }
        findings.addAll(MetadataShapeRules.protocol(sp.get(), "§8.4.3"));
        findings.addAll(MetadataShapeRules.keyDescriptorCount(sp.get(), entity.entityId(), "encryption", 1, MAX_DV_ENCRYPTION_KEYS));
        findings.addAll(MetadataShapeRules.keyInfo(sp.get()));
        List<Element> consumers = Dom.children(sp.get(), SamlNames.MD, "AssertionConsumerService");
        if (consumers.size() != 1) {
            findings.add(MetadataShapeRules.spec(Finding.of(FindingCode.METADATA_CLUSTER_DV_ACS_NOT_ONE, entity.entityId(),
                    consumers.size()), "§8.4.3"));
        } else {
            findings.addAll(MetadataShapeRules.assertionConsumers(sp.get()));
        }
        findings.addAll(MetadataShapeRules.attributeConsumers(sp.get()));
        Set<String> issued = request.memberServiceUuids().getOrDefault(id.oin(), Set.of());
        findings.addAll(issued.isEmpty() ? DvMetadataRules.serviceUuids(entity.serviceUuids(), request.withoutIssuedServiceUuids())
                : memberServiceUuids(entity.serviceUuids(), id.oin(), issued, request));
        findings.addAll(MetadataShapeRules.elementsNotInSpec(entity.element()));
        return findings;
    }

    /**
     * A served organisation's DV entity against the ServiceUUIDs issued to that organisation: each well formed, none
     * another organisation's of the cluster nor one not issued, and in metadata mode every issued one listed.
     */
    static List<Finding> memberServiceUuids(List<String> present, String oin, Set<String> issued, MetadataCheckRequest request) {
        List<Finding> findings = new ArrayList<>();
        List<String> lowerCase = new ArrayList<>();
        for (String uuid : present) {
            String lower = uuid.toLowerCase(java.util.Locale.ROOT);
            lowerCase.add(lower);
            if (!DvMetadataRules.isUuid(uuid)) {
                findings.add(Finding.of(FindingCode.METADATA_SERVICE_UUID_INVALID, uuid).withEvidence("serviceUuid", uuid));
            } else if (!issued.contains(lower)) {
                Optional<String> owner = ownerOf(lower, oin, request);
                findings.add(MetadataShapeRules.spec(owner
                        .map(other -> Finding.of(FindingCode.METADATA_CLUSTER_DV_SERVICE_UUID_FOREIGN, uuid, oin, other)
                                .withEvidence("issuedTo", other))
                        .orElseGet(() -> Finding.of(FindingCode.METADATA_CLUSTER_DV_SERVICE_UUID_NOT_ISSUED, uuid, oin)), "§8.4.3")
                        .withEvidence("serviceUuid", uuid).withEvidence("organisation", oin));
            }
        }
        if (request.serviceUuidMode() == ServiceUuidMode.METADATA) {
            issued.stream().filter(uuid -> !lowerCase.contains(uuid)).sorted()
                    .forEach(missing -> findings.add(MetadataShapeRules.spec(
                            Finding.of(FindingCode.METADATA_CLUSTER_DV_SERVICE_UUID_MISSING, missing, oin), "§7.3.1.1")
                            .withEvidence("serviceUuid", missing).withEvidence("organisation", oin)
                            .withEvidence("serviceUuidMode", ServiceUuidMode.METADATA.name())));
        }
        return findings;
    }

    /** The other organisation of the cluster (the supplier or another member) this ServiceUUID was issued to. */
    private static Optional<String> ownerOf(String uuid, String oin, MetadataCheckRequest request) {
        if (request.issuedServiceUuids().contains(uuid)) {
            return Optional.of(request.applicantOin());
        }
        return request.memberServiceUuids().entrySet().stream()
                .filter(entry -> !entry.getKey().equals(oin) && entry.getValue().contains(uuid))
                .map(Map.Entry::getKey).sorted().findFirst();
    }

    /** The entityID (role, OIN, index) and HTTPS rules every entity shares; its SPSSODescriptor, when it has one. */
    private static Optional<Element> common(VerifiedMetadata entity, String role, String oin, MetadataCheckRequest request,
            List<Finding> findings) {
        findings.addAll(DvMetadataRules.entityId(entity.entityId(), role, oin, request));
        findings.addAll(DvMetadataRules.https(entity));
        Optional<Element> sp = entity.serviceProvider();
        if (sp.isEmpty()) {
            findings.add(Finding.of(FindingCode.METADATA_SP_DESCRIPTOR_MISSING, String.join(", ", entity.roleDescriptors())));
        }
        return sp;
    }

    /** Every finding about an entity names it: {@code entityID} first in its evidence unless it is there already. */
    private static List<Finding> about(String entityId, List<Finding> findings) {
        if (findings.isEmpty()) {
            return findings;
        }
        return findings.stream().map(finding -> finding.evidence().containsKey("entityID") ? finding
                : new Finding(finding.code(), finding.severity(), finding.arguments(), withEntity(entityId, finding.evidence()))).toList();
    }

    private static Map<String, String> withEntity(String entityId, Map<String, String> evidence) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("entityID", entityId);
        all.putAll(evidence);
        return all;
    }

    /** The rules on the certificates one entity lists, which must carry {@code oin}; {@code dv}: the DV's entityID. */
    @FunctionalInterface
    interface EntityCertificateRules {
        List<Finding> check(VerifiedMetadata entity, String oin, Optional<String> dv);
    }
}
