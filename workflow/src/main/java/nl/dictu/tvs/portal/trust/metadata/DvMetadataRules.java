package nl.dictu.tvs.portal.trust.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

/**
 * The rules for a dienstverlener's (DV) metadata, applied to verified metadata: the entityID names role DV,
 * the applicant's OIN and an index of the environment; an SPSSODescriptor with at least one
 * AssertionConsumerService; HTTPS everywhere; a SingleLogoutService for Eenmalig Inloggen members; and
 * well-formed ServiceUUIDs that, once issued, are exactly the issued ones.
 */
final class DvMetadataRules {

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private DvMetadataRules() {
    }

    static List<Finding> check(VerifiedMetadata metadata, MetadataCheckRequest request) {
        List<Finding> findings = new ArrayList<>(entityId(metadata.entityId(), request));
        for (Endpoint endpoint : metadata.endpoints()) {
            if (!endpoint.isHttps()) {
                findings.add(Finding.of(FindingCode.METADATA_ENDPOINT_NOT_HTTPS, endpoint.kind(), endpoint.location())
                        .withEvidence("endpoint", endpoint.kind()).withEvidence("location", endpoint.location()));
            }
        }
        if (!metadata.hasServiceProviderRole()) {
            findings.add(Finding.of(FindingCode.METADATA_SP_DESCRIPTOR_MISSING, String.join(", ", metadata.roleDescriptors())));
            return findings;
        }
        if (metadata.endpoints("AssertionConsumerService").isEmpty()) {
            findings.add(Finding.of(FindingCode.METADATA_ACS_MISSING));
        }
        if (request.eenmaligInloggen() && metadata.endpoints("SingleLogoutService").isEmpty()) {
            findings.add(Finding.of(FindingCode.METADATA_SLO_MISSING));
        }
        findings.addAll(serviceUuids(metadata.serviceUuids(), request));
        return findings;
    }

    private static List<Finding> entityId(String entityId, MetadataCheckRequest request) {
        Optional<EntityId> parsed = EntityId.parse(entityId);
        if (parsed.isEmpty()) {
            return List.of(Finding.of(FindingCode.METADATA_ENTITY_ID_INVALID, entityId, request.applicantOin())
                    .withEvidence("entityID", entityId));
        }
        List<Finding> findings = new ArrayList<>();
        EntityId id = parsed.get();
        if (!"DV".equals(id.role())) {
            findings.add(Finding.of(FindingCode.METADATA_ENTITY_ID_ROLE_NOT_DV, id.role()).withEvidence("entityID", entityId));
        }
        if (!id.oin().equals(request.applicantOin())) {
            findings.add(Finding.of(FindingCode.METADATA_ENTITY_ID_OIN_MISMATCH, id.oin(), request.applicantOin())
                    .withEvidence("entityID", entityId));
        }
        if (!request.environment().allowsIndex(id.index())) {
            findings.add(Finding.of(FindingCode.METADATA_ENTITY_ID_INDEX_OUT_OF_RANGE, id.index(),
                    request.environment().indexRange()).withEvidence("entityID", entityId));
        }
        return findings;
    }

    private static List<Finding> serviceUuids(List<String> present, MetadataCheckRequest request) {
        List<Finding> findings = new ArrayList<>();
        for (String uuid : present) {
            if (!UUID_FORM.matcher(uuid).matches()) {
                findings.add(Finding.of(FindingCode.METADATA_SERVICE_UUID_INVALID, uuid).withEvidence("serviceUuid", uuid));
            } else if (!request.issuedServiceUuids().isEmpty() && !request.issuedServiceUuids().contains(uuid.toLowerCase())) {
                findings.add(Finding.of(FindingCode.METADATA_SERVICE_UUID_NOT_ISSUED, uuid).withEvidence("serviceUuid", uuid));
            }
        }
        List<String> lowerCase = present.stream().map(String::toLowerCase).toList();
        request.issuedServiceUuids().stream().filter(issued -> !lowerCase.contains(issued)).sorted()
                .forEach(missing -> findings.add(Finding.of(FindingCode.METADATA_SERVICE_UUID_MISSING, missing)
                        .withEvidence("serviceUuid", missing)));
        return findings;
    }
}
