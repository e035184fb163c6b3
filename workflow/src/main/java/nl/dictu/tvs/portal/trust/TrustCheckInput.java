package nl.dictu.tvs.portal.trust;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.dictu.tvs.portal.trust.metadata.Environment;

/**
 * What an applicant handed in for one environment: OIN, the certificate upload (PEM or DER) and the
 * metadata upload (either may be absent), whether it joins Eenmalig Inloggen, and the ServiceUUIDs DICTU
 * issued so far.
 */
public record TrustCheckInput(String oin, Optional<byte[]> certificate, Optional<byte[]> metadata,
        Environment environment, boolean eenmaligInloggen, Set<String> issuedServiceUuids) {

    public TrustCheckInput {
        Objects.requireNonNull(oin, "oin");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(environment, "environment");
        issuedServiceUuids = Set.copyOf(issuedServiceUuids);
    }
}
