package nl.dictu.tvs.portal.trust.certificate;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

import nl.dictu.tvs.portal.domain.Sha256;

/** The facts of a certificate the checks and the UI show: OIN, organisation, fingerprint. */
public final class CertificateFacts {

    /** The content bytes of OID 2.5.4.5 (serialNumber). */
    private static final byte[] SERIAL_NUMBER_OID = {0x55, 0x04, 0x05};

    private CertificateFacts() {
    }

    /** The OIN of a PKIoverheid organisation certificate: {@code Subject.serialNumber} (OID 2.5.4.5). */
    public static Optional<String> oin(X509Certificate certificate) {
        return oin(certificate.getSubjectX500Principal().getEncoded());
    }

    /** As above, from the subject's DER encoding. */
    static Optional<String> oin(byte[] subject) {
        PlainNameAttribute.Answer plain = PlainNameAttribute.first(subject, SERIAL_NUMBER_OID);
        return plain.decided() ? plain.value() : first(X500Name.getInstance(subject), BCStyle.SERIALNUMBER);
    }

    public static Optional<String> commonName(X509Certificate certificate) {
        return subjectAttribute(certificate, BCStyle.CN);
    }

    public static Optional<String> organisation(X509Certificate certificate) {
        return subjectAttribute(certificate, BCStyle.O);
    }

    public static String subject(X509Certificate certificate) {
        return subjectName(certificate).toString();
    }

    /** The subject as text and the OIN in it, from one reading of the name (a summary shows both). */
    public static SubjectAndOin subjectAndOin(X509Certificate certificate) {
        X500Name name = subjectName(certificate);
        return new SubjectAndOin(name.toString(), first(name, BCStyle.SERIALNUMBER));
    }

    public static String issuer(X509Certificate certificate) {
        return X500Name.getInstance(BCStyle.INSTANCE, certificate.getIssuerX500Principal().getEncoded()).toString();
    }

    public static String sha256Fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(Sha256.digest(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A parsed certificate always has an encoding", e);
        }
    }

    private static X500Name subjectName(X509Certificate certificate) {
        return X500Name.getInstance(BCStyle.INSTANCE, certificate.getSubjectX500Principal().getEncoded());
    }

    private static Optional<String> subjectAttribute(X509Certificate certificate, ASN1ObjectIdentifier type) {
        return first(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), type);
    }

    private static Optional<String> first(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return Optional.empty();
        }
        return Optional.of(IETFUtils.valueToString(rdns[0].getFirst().getValue()));
    }

    /** A certificate subject as text, and its OIN when it has one. */
    public record SubjectAndOin(String subject, Optional<String> oin) {
    }
}
