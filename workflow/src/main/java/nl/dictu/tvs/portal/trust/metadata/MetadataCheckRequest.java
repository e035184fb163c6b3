package nl.dictu.tvs.portal.trust.metadata;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the metadata is checked against: the applicant's OIN (for cluster metadata: the supplier's), the
 * environment, whether the applicant joins DigiD Eenmalig Inloggen, the ServiceUUIDs DICTU has issued (empty
 * before issuing, and always empty without an application: then only their form is checked), how the DV sends
 * its ServiceUUID, the applicant's PKIoverheid certificate, which must be a signing certificate of the metadata
 * (empty: any signing KeyDescriptor certificate whose key verifies is accepted, as for reading third-party
 * metadata), the instant validity ({@code validUntil}) is judged at, and for cluster metadata the ServiceUUIDs DICTU
 * issued to each served organisation, by its OIN (a member without any: only their form is checked).
 */
public record MetadataCheckRequest(String applicantOin, Environment environment, boolean eenmaligInloggen,
        Set<String> issuedServiceUuids, Optional<X509Certificate> pkioverheidCertificate,
        ServiceUuidMode serviceUuidMode, Instant at, Map<String, Set<String>> memberServiceUuids) {

    public MetadataCheckRequest {
        Objects.requireNonNull(applicantOin, "applicantOin");
        Objects.requireNonNull(environment, "environment");
        issuedServiceUuids = Set.copyOf(issuedServiceUuids);
        Objects.requireNonNull(pkioverheidCertificate, "pkioverheidCertificate");
        Objects.requireNonNull(serviceUuidMode, "serviceUuidMode");
        Objects.requireNonNull(at, "at");
        memberServiceUuids = memberServiceUuids.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Set.copyOf(entry.getValue())));
    }

    /** Without members' ServiceUUIDs: metadata of one organisation, or a cluster whose members have none issued yet. */
    public MetadataCheckRequest(String applicantOin, Environment environment, boolean eenmaligInloggen,
            Set<String> issuedServiceUuids, Optional<X509Certificate> pkioverheidCertificate,
            ServiceUuidMode serviceUuidMode, Instant at) {
        this(applicantOin, environment, eenmaligInloggen, issuedServiceUuids, pkioverheidCertificate, serviceUuidMode, at,
                Map.of());
    }

    /** Metadata mode (the portal's default until the application records the mode), judged now. */
    public MetadataCheckRequest(String applicantOin, Environment environment, boolean eenmaligInloggen,
            Set<String> issuedServiceUuids, Optional<X509Certificate> pkioverheidCertificate) {
        this(applicantOin, environment, eenmaligInloggen, issuedServiceUuids, pkioverheidCertificate,
                ServiceUuidMode.METADATA, Instant.now());
    }

    public MetadataCheckRequest withServiceUuidMode(ServiceUuidMode mode) {
        return new MetadataCheckRequest(applicantOin, environment, eenmaligInloggen, issuedServiceUuids,
                pkioverheidCertificate, mode, at, memberServiceUuids);
    }

    /** The same request without issued ServiceUUIDs: only their form is checked (e.g. the DVs in cluster metadata). */
    public MetadataCheckRequest withoutIssuedServiceUuids() {
        return new MetadataCheckRequest(applicantOin, environment, eenmaligInloggen, Set.of(), pkioverheidCertificate,
                serviceUuidMode, at, memberServiceUuids);
    }

    /** The same request with the ServiceUUIDs issued to each served organisation of a cluster, by its OIN. */
    public MetadataCheckRequest withMemberServiceUuids(Map<String, Set<String>> issuedByOin) {
        return new MetadataCheckRequest(applicantOin, environment, eenmaligInloggen, issuedServiceUuids,
                pkioverheidCertificate, serviceUuidMode, at, issuedByOin);
    }

    public MetadataCheckRequest at(Instant instant) {
        return new MetadataCheckRequest(applicantOin, environment, eenmaligInloggen, issuedServiceUuids,
                pkioverheidCertificate, serviceUuidMode, instant, memberServiceUuids);
    }
}
