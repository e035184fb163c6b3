package nl.dictu.tvs.portal.trust;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.dictu.tvs.portal.trust.metadata.Environment;
import nl.dictu.tvs.portal.trust.metadata.ServiceUuidMode;

/**
 * What an applicant handed in for one environment: OIN, the certificate upload (PEM or DER) and the
 * metadata upload (either may be absent), whether it joins Eenmalig Inloggen, the ServiceUUIDs DICTU
 * issued so far, how the DV sends its ServiceUUID (in its metadata or in the AuthnRequest), and for a supplier's
 * cluster the ServiceUUIDs issued to each served organisation so far, by its OIN.
 */
public record TrustCheckInput(String oin, Optional<byte[]> certificate, Optional<byte[]> metadata,
        Environment environment, boolean eenmaligInloggen, Set<String> issuedServiceUuids, ServiceUuidMode serviceUuidMode,
        Map<String, Set<String>> memberServiceUuids) {

    /** Of one organisation, or of a cluster whose members have no ServiceUUIDs yet. */
    public TrustCheckInput(String oin, Optional<byte[]> certificate, Optional<byte[]> metadata,
            Environment environment, boolean eenmaligInloggen, Set<String> issuedServiceUuids, ServiceUuidMode serviceUuidMode) {
        this(oin, certificate, metadata, environment, eenmaligInloggen, issuedServiceUuids, serviceUuidMode, Map.of());
    }

    /** In metadata mode: the portal's default as long as the application does not record the mode. */
    public TrustCheckInput(String oin, Optional<byte[]> certificate, Optional<byte[]> metadata,
            Environment environment, boolean eenmaligInloggen, Set<String> issuedServiceUuids) {
        this(oin, certificate, metadata, environment, eenmaligInloggen, issuedServiceUuids, ServiceUuidMode.METADATA);
    }

    public TrustCheckInput {
        Objects.requireNonNull(oin, "oin");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(environment, "environment");
        issuedServiceUuids = Set.copyOf(issuedServiceUuids);
        Objects.requireNonNull(serviceUuidMode, "serviceUuidMode");
        memberServiceUuids = Map.copyOf(memberServiceUuids);
    }
}
