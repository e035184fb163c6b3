package nl.dictu.tvs.portal.document.seal;

import nl.dictu.tvs.portal.domain.Sha256;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cms.CMSAttributeTableGenerator;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Map;

/**
 * The signed attributes of a PAdES baseline B signature: content type, message digest and
 * signing-certificate-v2 (binding the signature to the sealing certificate by its SHA-256 hash).
 * Deliberately no signing-time attribute: PAdES puts the claimed signing time in the signature
 * dictionary's /M and forbids it in the CMS. BouncyCastle's default generator would add one.
 */
final class PadesSignedAttributes implements CMSAttributeTableGenerator {

    private final Attribute signingCertificate;

    PadesSignedAttributes(X509Certificate certificate) throws CertificateEncodingException {
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        ESSCertIDv2 certId = new ESSCertIDv2(Sha256.digest(certificate.getEncoded()), issuerSerial);
        this.signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId})));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public AttributeTable getAttributes(Map parameters) {
        ASN1ObjectIdentifier contentType = (ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE);
        byte[] digest = (byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(CMSAttributes.contentType, new DERSet(contentType)));
        attributes.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(digest))));
        attributes.add(signingCertificate);
        return new AttributeTable(attributes);
    }

}
