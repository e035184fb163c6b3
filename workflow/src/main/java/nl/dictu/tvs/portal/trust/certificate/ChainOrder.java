package nl.dictu.tvs.portal.trust.certificate;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.security.auth.x500.X500Principal;

/**
 * Finds the end-entity certificate in an uploaded set: the one certificate that issued none of the
 * others. Every other uploaded certificate must lie on its issuer chain; otherwise the upload mixes
 * unrelated certificates and we would not know which one the applicant means.
 */
public final class ChainOrder {

    private ChainOrder() {
    }

    public static Optional<X509Certificate> endEntityOf(List<X509Certificate> certificates) {
        if (certificates.size() == 1) {
            // The usual KeyDescriptor: one certificate, which is its own chain.
            return Optional.of(certificates.get(0));
        }
        List<X509Certificate> leaves = certificates.stream()
                .filter(candidate -> certificates.stream().noneMatch(other -> other != candidate && issued(candidate, other)))
                .toList();
        if (leaves.size() != 1) {
            return Optional.empty();
        }
        List<X509Certificate> chain = new ArrayList<>(List.of(leaves.get(0)));
        X509Certificate current = leaves.get(0);
        while (true) {
            X509Certificate child = current;
            Optional<X509Certificate> issuer = certificates.stream()
                    .filter(other -> !chain.contains(other) && issued(other, child)).findFirst();
            if (issuer.isEmpty()) {
                break;
            }
            chain.add(issuer.get());
            current = issuer.get();
        }
        return chain.size() == certificates.size() ? Optional.of(leaves.get(0)) : Optional.empty();
    }

    private static boolean issued(X509Certificate issuer, X509Certificate subject) {
        return issuer != subject && subject.getIssuerX500Principal().equals(issuer.getSubjectX500Principal());
    }

    /** Whether the certificate, with this subject and issuer (as read already), signed itself. */
    static boolean isSelfSigned(X509Certificate certificate, X500Principal subject, X500Principal issuer) {
        if (!subject.equals(issuer)) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }
}
