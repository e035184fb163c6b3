package nl.dictu.tvs.portal.trust.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.w3c.dom.Element;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

/**
 * The rules for a dienstverlener's (DV) metadata (Koppelvlakspecificatie eID SAML 4.4, §8.3), applied to verified
 * metadata: the entityID names role DV, the applicant's OIN and a four-digit index of the environment (M9);
 * {@code validUntil} or {@code cacheDuration} (M2); an SPSSODescriptor with signed requests and assertions and
 * SAML 2.0 (M1); an encryption KeyDescriptor (M3); KeyName and X509Data in every KeyDescriptor (M5);
 * AssertionConsumerServices with index, one default and HTTP-Artifact (M6); HTTPS everywhere; a SingleLogoutService
 * with HTTP-POST for Eenmalig Inloggen members (M7); AttributeConsumingServices with index, default and ServiceName,
 * and well-formed ServiceUUIDs that match the issued ones as the ServiceUUID mode asks (M8); elements the spec does
 * not list are noted as INFO (M11).
 */
final class DvMetadataRules {

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private DvMetadataRules() {
    }

    static List<Finding> check(VerifiedMetadata metadata, MetadataCheckRequest request) {
        List<Finding> findings = new ArrayList<>(entityId(metadata.entityId(), "DV", request.applicantOin(), request));
        findings.addAll(MetadataShapeRules.validity(metadata.element(), request.at(), "§8.3"));
        findings.addAll(https(metadata));
        Optional<Element> sp = metadata.serviceProvider();
        if (sp.isEmpty()) {
            findings.add(Finding.of(FindingCode.METADATA_SP_DESCRIPTOR_MISSING, String.join(", ", metadata.roleDescriptors())));
            return findings;
        }
        findings.addAll(MetadataShapeRules.signedMessages(sp.get(), "§8.3"));
        findings.addAll(MetadataShapeRules.encryptionKey(sp.get(), "§8.3"));
        findings.addAll(MetadataShapeRules.keyInfo(sp.get()));
        findings.addAll(MetadataShapeRules.assertionConsumers(sp.get()));
        findings.addAll(MetadataShapeRules.singleLogout(sp.get(), request.eenmaligInloggen()));
        findings.addAll(MetadataShapeRules.attributeConsumers(sp.get()));
        findings.addAll(serviceUuids(metadata.serviceUuids(), request));
        findings.addAll(MetadataShapeRules.elementsNotInSpec(metadata.element()));
        return findings;
    }

    static List<Finding> https(VerifiedMetadata metadata) {
        List<Finding> findings = new ArrayList<>();
        for (Endpoint endpoint : metadata.endpoints()) {
            if (!endpoint.isHttps()) {
                findings.add(Finding.of(FindingCode.METADATA_ENDPOINT_NOT_HTTPS, endpoint.kind(), endpoint.location())
                        .withEvidence("endpoint", endpoint.kind()).withEvidence("location", endpoint.location()));
            }
        }
        return findings;
    }

    /** The entityID's form, role, OIN and index (M9: four digits, in the environment's range). */
    static List<Finding> entityId(String entityId, String role, String oin, MetadataCheckRequest request) {
        Optional<EntityId> parsed = EntityId.parse(entityId);
        if (parsed.isEmpty()) {
            return List.of(Finding.of(FindingCode.METADATA_ENTITY_ID_INVALID, entityId, oin)
                    .withEvidence("entityID", entityId));
        }
        List<Finding> findings = new ArrayList<>();
        EntityId id = parsed.get();
        if (!role.equals(id.role())) {
            findings.add(Finding.of(FindingCode.METADATA_ENTITY_ID_ROLE_NOT_DV, id.role()).withEvidence("entityID", entityId));
        }
        if (!id.oin().equals(oin)) {
            findings.add(Finding.of(FindingCode.METADATA_ENTITY_ID_OIN_MISMATCH, id.oin(), oin)
                    .withEvidence("entityID", entityId));
        }
        if (!id.hasFourDigitIndex()) {
            findings.add(MetadataShapeRules.spec(Finding.of(FindingCode.METADATA_ENTITY_ID_INDEX_NOT_FOUR_DIGITS, id.indexText(),
                    EntityId.fourDigits(id.index())), "§10.2").withEvidence("entityID", entityId));
        }
        if (!request.environment().allowsIndex(id.index())) {
            findings.add(Finding.of(FindingCode.METADATA_ENTITY_ID_INDEX_OUT_OF_RANGE, id.indexText(),
                    request.environment().indexRange()).withEvidence("entityID", entityId).withEvidence("spec", "§10.2"));
        }
        return findings;
    }

    /**
     * M8: every ServiceUUID well formed. Once UUIDs are issued: in metadata mode exactly the issued ones; in
     * AuthnRequest mode none that was not issued (the DV may leave them all out).
     */
    /** Strictly 8-4-4-4-12 hex digits. */
    static boolean isUuid(String value) {
        return UUID_FORM.matcher(value).matches();
    }

    static List<Finding> serviceUuids(List<String> present, MetadataCheckRequest request) {
        if (present.isEmpty() && request.issuedServiceUuids().isEmpty()) {
            // Nothing listed and nothing issued (e.g. a DV in cluster metadata): nothing to say.
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (String uuid : present) {
            if (!isUuid(uuid)) {
                findings.add(Finding.of(FindingCode.METADATA_SERVICE_UUID_INVALID, uuid).withEvidence("serviceUuid", uuid));
            } else if (!request.issuedServiceUuids().isEmpty() && !request.issuedServiceUuids().contains(uuid.toLowerCase())) {
                findings.add(Finding.of(FindingCode.METADATA_SERVICE_UUID_NOT_ISSUED, uuid).withEvidence("serviceUuid", uuid));
            }
        }
        if (request.serviceUuidMode() == ServiceUuidMode.METADATA) {
            List<String> lowerCase = present.stream().map(String::toLowerCase).toList();
            request.issuedServiceUuids().stream().filter(issued -> !lowerCase.contains(issued)).sorted()
                    .forEach(missing -> findings.add(Finding.of(FindingCode.METADATA_SERVICE_UUID_MISSING, missing)
                            .withEvidence("serviceUuid", missing).withEvidence("serviceUuidMode", ServiceUuidMode.METADATA.name())));
        }
        return findings;
    }
}
