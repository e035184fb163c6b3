package nl.dictu.tvs.portal.document.seal;

import nl.dictu.tvs.portal.document.pdfa.ArchivalMetadata;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.GregorianCalendar;

/**
 * Seals a finished PDF/A document: an invisible signature field (zero-size widget with the print
 * flag, which PDF/A accepts without an appearance) and a PAdES baseline B signature, written as an
 * incremental update so the signed PDF/A bytes stay exactly as they were.
 */
public final class DocumentSealer {

    public static final COSName SUB_FILTER = COSName.getPDFName("ETSI.CAdES.detached");

    private final SealingKeySource keys;

    public DocumentSealer(SealingKeySource keys) {
        this.keys = keys;
    }

    public byte[] seal(byte[] pdf, SealRequest request) throws IOException {
        SealingKey key = keys.sealingKey();
        CadesSigner signer = new CadesSigner(key);
        try (PDDocument document = Loader.loadPDF(pdf);
             SignatureOptions options = new SignatureOptions()) {
            document.setDocumentId(request.idSeed());
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(SUB_FILTER);
            signature.setName(commonName(key));
            signature.setReason(request.reason());
            signature.setLocation(request.location());
            signature.setSignDate(GregorianCalendar.from(request.sealedAt().atZone(ArchivalMetadata.ZONE)));
            options.setPreferredSignatureSize(signer.estimatedSize());
            document.addSignature(signature, options);

            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * signer.estimatedSize() + 4096);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(signer.sign(external.getContent().readAllBytes()));
            return out.toByteArray();
        }
    }

    private static String commonName(SealingKey key) {
        X500Name subject = X500Name.getInstance(key.certificate().getSubjectX500Principal().getEncoded());
        RDN[] cn = subject.getRDNs(BCStyle.CN);
        return cn.length == 0 ? subject.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }
}
