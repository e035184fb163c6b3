package nl.dictu.tvs.portal.trust.metadata;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the metadata is checked against: the applicant's OIN (for cluster metadata: the supplier's), the
 * environment, whether the applicant joins DigiD Eenmalig Inloggen, the ServiceUUIDs DICTU has issued (empty
 * before issuing, and always empty without an application: then only their form is checked), how the DV sends
 * its ServiceUUID, the applicant's PKIoverheid certificate, which must be a signing certificate of the metadata
 * (empty: any signing KeyDescriptor certificate whose key verifies is accepted, as for reading third-party
 * metadata), and the instant validity ({@code validUntil}) is judged at.
 */
public record MetadataCheckRequest(String applicantOin, Environment environment, boolean eenmaligInloggen,
        Set<String> issuedServiceUuids, Optional<X509Certificate> pkioverheidCertificate,
        ServiceUuidMode serviceUuidMode, Instant at) {

    public MetadataCheckRequest {
        Objects.requireNonNull(applicantOin, "applicantOin");
        Objects.requireNonNull(environment, "environment");
        issuedServiceUuids = Set.copyOf(issuedServiceUuids);
        Objects.requireNonNull(pkioverheidCertificate, "pkioverheidCertificate");
        Objects.requireNonNull(serviceUuidMode, "serviceUuidMode");
        Objects.requireNonNull(at, "at");
    }

    /** Metadata mode (the portal's default until the application records the mode), judged now. */
    public MetadataCheckRequest(String applicantOin, Environment environment, boolean eenmaligInloggen,
            Set<String> issuedServiceUuids, Optional<X509Certificate> pkioverheidCertificate) {
        this(applicantOin, environment, eenmaligInloggen, issuedServiceUuids, pkioverheidCertificate,
                ServiceUuidMode.METADATA, Instant.now());
    }

    public MetadataCheckRequest withServiceUuidMode(ServiceUuidMode mode) {
        return new MetadataCheckRequest(applicantOin, environment, eenmaligInloggen, issuedServiceUuids,
                pkioverheidCertificate, mode, at);
    }

    /** The same request without issued ServiceUUIDs: only their form is checked (e.g. the DVs in cluster metadata). */
    public MetadataCheckRequest withoutIssuedServiceUuids() {
        return new MetadataCheckRequest(applicantOin, environment, eenmaligInloggen, Set.of(), pkioverheidCertificate,
                serviceUuidMode, at);
    }

    public MetadataCheckRequest at(Instant instant) {
        return new MetadataCheckRequest(applicantOin, environment, eenmaligInloggen, issuedServiceUuids,
                pkioverheidCertificate, serviceUuidMode, instant);
    }
}
