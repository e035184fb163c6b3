package nl.dictu.tvs.portal.document.seal;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.IOException;
import java.security.GeneralSecurityException;

/**
 * Builds the detached CMS signature (ETSI.CAdES.detached) over the bytes PDFBox hands over: the
 * whole file except the /Contents placeholder. SHA-256 with RSA PKCS#1 v1.5, which is
 * deterministic, so the same document sealed at the same moment gives the same bytes.
 */
final class CadesSigner {

    private final SealingKey key;

    CadesSigner(SealingKey key) {
        this.key = key;
    }

    byte[] sign(byte[] signedContent) throws IOException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .setSignedAttributeGenerator(new PadesSignedAttributes(key.certificate()))
                            .build(signer, key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(signedContent), false);
            return signed.toASN1Structure().getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException | GeneralSecurityException e) {
            throw new IOException("Cannot build the CMS signature of the seal", e);
        }
    }

    /** Room to reserve for the CMS: the certificates, the signature and generous slack. */
    int estimatedSize() {
        int size = 4096;
        for (var certificate : key.chain()) {
            try {
                size += certificate.getEncoded().length;
            } catch (GeneralSecurityException e) {
                throw new SealingKeyException("The sealing certificate cannot be encoded", e);
            }
        }
        return size;
    }
}
