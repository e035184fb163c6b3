package nl.dictu.tvs.portal.trust.certificate;

import java.security.cert.X509Certificate;
import java.time.Instant;

import javax.security.auth.x500.X500Principal;

/**
 * What the checks of one end-entity certificate read of it more than once (self-signed test, path, validity, OIN),
 * read once per check: on JDK 17 each of these accessors looks its attribute up by name, and the encoded names and
 * dates are copies. Lives for one check of one certificate only.
 */
record EndEntity(X509Certificate certificate, X500Principal subject, X500Principal issuer, byte[] encodedSubject,
        byte[] encodedIssuer, Instant notBefore, Instant notAfter) {

    static EndEntity of(X509Certificate certificate) {
        X500Principal subject = certificate.getSubjectX500Principal();
        X500Principal issuer = certificate.getIssuerX500Principal();
        return new EndEntity(certificate, subject, issuer, subject.getEncoded(), issuer.getEncoded(),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
    }

    /** An instant inside the validity: {@code at}, or the nearest end of the validity. */
    Instant insideValidity(Instant at) {
        if (at.isBefore(notBefore)) {
            return notBefore;
        }
        return at.isAfter(notAfter) ? notAfter : at;
    }
}
