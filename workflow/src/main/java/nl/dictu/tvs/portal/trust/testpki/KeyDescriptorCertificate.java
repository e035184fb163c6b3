package nl.dictu.tvs.portal.trust.testpki;

import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;

/** A certificate to list in one more {@code KeyDescriptor}, with its {@code use} (empty: no use attribute). */
public record KeyDescriptorCertificate(Optional<String> use, X509Certificate certificate) {

    public KeyDescriptorCertificate {
        Objects.requireNonNull(use, "use");
        Objects.requireNonNull(certificate, "certificate");
    }

    public static KeyDescriptorCertificate signing(X509Certificate certificate) {
        return new KeyDescriptorCertificate(Optional.of("signing"), certificate);
    }

    public static KeyDescriptorCertificate encryption(X509Certificate certificate) {
        return new KeyDescriptorCertificate(Optional.of("encryption"), certificate);
    }

    /** Listed without {@code use}: for signing and encryption alike. */
    public static KeyDescriptorCertificate forBoth(X509Certificate certificate) {
        return new KeyDescriptorCertificate(Optional.empty(), certificate);
    }
}
