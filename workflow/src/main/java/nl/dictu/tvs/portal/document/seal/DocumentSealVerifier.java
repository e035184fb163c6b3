package nl.dictu.tvs.portal.document.seal;

import nl.dictu.tvs.portal.domain.Sha256;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Checks the seal of a stored document: there is exactly one signature; its byte range covers the
 * whole file except the /Contents hex string; the CMS verifies over exactly those bytes; the
 * signing-certificate-v2 attribute names the certificate that signed; and that certificate is the
 * expected sealing certificate. The expected certificate is pinned, which is why no path to a
 * trust anchor is built and no validity period is checked here: a document counts as ours when it
 * was sealed with our key, also after the certificate has expired.
 */
public final class DocumentSealVerifier {

    private final X509Certificate expected;

    public DocumentSealVerifier(X509Certificate expected) {
        this.expected = expected;
    }

    public SealVerification verify(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return SealVerification.of(SealStatus.NOT_SEALED, "no signature dictionary");
            }
            if (signatures.size() > 1) {
                return SealVerification.of(SealStatus.NOT_WHOLE_FILE, signatures.size() + " signatures");
            }
            return verify(signatures.get(0), pdf);
        } catch (IOException | RuntimeException e) {
            return SealVerification.of(SealStatus.MALFORMED, String.valueOf(e.getMessage()));
        }
    }

    private SealVerification verify(PDSignature signature, byte[] pdf) throws IOException {
        if (!DocumentSealer.SUB_FILTER.getName().equals(signature.getSubFilter())) {
            return SealVerification.of(SealStatus.SIGNATURE_INVALID, "SubFilter " + signature.getSubFilter());
        }
        int[] range = signature.getByteRange();
        if (!coversWholeFileButContents(range, pdf)) {
            return SealVerification.of(SealStatus.NOT_WHOLE_FILE, "ByteRange " + Arrays.toString(range)
                    + " for a file of " + pdf.length + " bytes");
        }
        byte[] signedContent = new byte[range[1] + range[3]];
        System.arraycopy(pdf, range[0], signedContent, 0, range[1]);
        System.arraycopy(pdf, range[2], signedContent, range[1], range[3]);
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent),
                    contentInfo(signature.getContents(pdf)));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return SealVerification.of(SealStatus.SIGNATURE_INVALID, signers.size() + " signer infos");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return SealVerification.of(SealStatus.SIGNATURE_INVALID, "signing certificate not embedded");
            }
            X509CertificateHolder certificate = matches.iterator().next();
            if (!certificate.equals(new X509CertificateHolder(expected.getEncoded()))) {
                return SealVerification.of(SealStatus.UNEXPECTED_CERTIFICATE,
                        "sealed by " + certificate.getSubject());
            }
            if (!namesSigningCertificate(signer, certificate)) {
                return SealVerification.of(SealStatus.SIGNATURE_INVALID, "signing-certificate-v2 missing or wrong");
            }
            return verifySignature(signer, certificate);
        } catch (CMSException | CertificateEncodingException e) {
            return SealVerification.of(SealStatus.MALFORMED, String.valueOf(e.getMessage()));
        }
    }

    private static SealVerification verifySignature(SignerInformation signer, X509CertificateHolder certificate) {
        try {
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            return valid ? SealVerification.of(SealStatus.VALID, "sealed by " + certificate.getSubject())
                    : SealVerification.of(SealStatus.SIGNATURE_INVALID, "RSA signature does not verify");
        } catch (CMSException e) {
            // BouncyCastle reports a digest mismatch (changed bytes) as an exception.
            return SealVerification.of(SealStatus.CONTENT_CHANGED, String.valueOf(e.getMessage()));
        } catch (OperatorCreationException | CertificateException e) {
            return SealVerification.of(SealStatus.MALFORMED, String.valueOf(e.getMessage()));
        }
    }

    /**
     * The CMS without the zero padding that fills the rest of the reserved /Contents: BouncyCastle
     * rejects trailing bytes, so only the first DER object is read.
     */
    private static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    private static boolean coversWholeFileButContents(int[] range, byte[] pdf) {
        if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1]
                || range[3] < 0 || (long) range[2] + range[3] != pdf.length) {
            return false;
        }
        // The gap must be exactly the /Contents hex string: '<' hex digits '>'.
        if (pdf[range[1]] != '<' || pdf[range[2] - 1] != '>') {
            return false;
        }
        for (int i = range[1] + 1; i < range[2] - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean namesSigningCertificate(SignerInformation signer, X509CertificateHolder certificate)
            throws IOException {
        if (signer.getSignedAttributes() == null) {
            return false;
        }
        Attribute attribute = signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return false;
        }
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        ESSCertIDv2[] ids = SigningCertificateV2.getInstance(value).getCerts();
        return ids.length > 0 && Arrays.equals(ids[0].getCertHash(), Sha256.digest(certificate.getEncoded()));
    }
}
