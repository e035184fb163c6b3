package nl.dictu.tvs.portal.usecase.checking;

import nl.dictu.tvs.portal.trust.certificate.CertificateReader;
import nl.dictu.tvs.portal.trust.certificate.ChainOrder;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Optional;

/** The end-entity certificate of an uploaded PEM (the one that issued none of the others), if it has one. */
public final class EndEntityCertificate {

    private EndEntityCertificate() {
    }

    public static Optional<X509Certificate> of(String pem) {
        return ChainOrder.endEntityOf(new CertificateReader().read(pem.getBytes(StandardCharsets.US_ASCII)).certificates());
    }
}
