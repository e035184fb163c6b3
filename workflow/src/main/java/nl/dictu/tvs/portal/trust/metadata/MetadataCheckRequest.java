package nl.dictu.tvs.portal.trust.metadata;

import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the metadata is checked against: the applicant's OIN, the environment, whether the applicant joins
 * DigiD Eenmalig Inloggen, the ServiceUUIDs DICTU has issued (empty before issuing), and the applicant's
 * PKIoverheid certificate, which must be the metadata's signing certificate (empty: any signing
 * KeyDescriptor certificate whose key verifies is accepted, as for reading third-party metadata).
 */
public record MetadataCheckRequest(String applicantOin, Environment environment, boolean eenmaligInloggen,
        Set<String> issuedServiceUuids, Optional<X509Certificate> pkioverheidCertificate) {

    public MetadataCheckRequest {
        Objects.requireNonNull(applicantOin, "applicantOin");
        Objects.requireNonNull(environment, "environment");
        issuedServiceUuids = Set.copyOf(issuedServiceUuids);
        Objects.requireNonNull(pkioverheidCertificate, "pkioverheidCertificate");
    }
}
