package nl.dictu.tvs.portal.document.seal;

import nl.dictu.tvs.portal.document.service.DocumentService;
import nl.dictu.tvs.portal.document.DocumentFixtures;
import nl.dictu.tvs.portal.document.IssuedDocument;
import nl.dictu.tvs.portal.document.SampleDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

import static nl.dictu.tvs.portal.document.DocumentFixtures.DUTCH;
import static nl.dictu.tvs.portal.document.DocumentFixtures.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentSealVerifierTest {

    private static final IssuedDocument RECEIPT = SERVICE.receipt(SampleDocuments.receipt(), DUTCH);
    private static final DocumentSealVerifier VERIFIER =
            new DocumentSealVerifier(DocumentFixtures.KEYS.sealingKey().certificate());

    @Test
    void shouldAcceptAnUntouchedDocument() {
        SealVerification result = VERIFIER.verify(RECEIPT.content());

        assertThat(result.status()).as(result.detail()).isEqualTo(SealStatus.VALID);
        assertThat(result.detail()).contains("documentzegel (demo)");
    }

    @Test
    void shouldRejectADocumentWithOneByteChanged() {
        byte[] tampered = RECEIPT.content();
        int position = tampered.length / 3;
        tampered[position] ^= 0x01;

        SealVerification result = VERIFIER.verify(tampered);

        assertThat(result.isValid()).isFalse();
        assertThat(result.status()).isIn(SealStatus.CONTENT_CHANGED, SealStatus.MALFORMED,
                SealStatus.SIGNATURE_INVALID, SealStatus.NOT_WHOLE_FILE);
    }

    @Test
    void shouldReportAChangeInsideTheSignedContentAsChangedContent() {
        byte[] tampered = RECEIPT.content();
        int version = indexOf(tampered, "%PDF-1.") + 7;
        tampered[version] = (byte) (tampered[version] == '4' ? '5' : '4');

        assertThat(VERIFIER.verify(tampered).status()).isEqualTo(SealStatus.CONTENT_CHANGED);
    }

    @Test
    void shouldRejectBytesAppendedAfterSealing() {
        byte[] original = RECEIPT.content();
        byte[] extended = Arrays.copyOf(original, original.length + 12);
        System.arraycopy("\n% appended".getBytes(), 0, extended, original.length, 11);

        assertThat(VERIFIER.verify(extended).status()).isEqualTo(SealStatus.NOT_WHOLE_FILE);
    }

    @Test
    void shouldRejectASealMadeWithAnotherKey() {
        DemoSealingKeySource other = new DemoSealingKeySource(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
                ZoneOffset.UTC));
        IssuedDocument foreign = new nl.dictu.tvs.portal.document.service.DocumentService(other)
                .receipt(SampleDocuments.receipt(), DUTCH);

        assertThat(VERIFIER.verify(foreign.content()).status()).isEqualTo(SealStatus.UNEXPECTED_CERTIFICATE);
    }

    @Test
    void shouldReportAnUnsealedDocument() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);

            assertThat(VERIFIER.verify(out.toByteArray()).status()).isEqualTo(SealStatus.NOT_SEALED);
        }
    }

    @Test
    void shouldBeAPadesBaselineBSignature() throws Exception {
        try (PDDocument document = Loader.loadPDF(RECEIPT.content())) {
            PDSignature signature = document.getLastSignatureDictionary();
            byte[] contents = signature.getContents(RECEIPT.content());
            CMSSignedData cms;
            try (var in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
                cms = new CMSSignedData(org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject()));
            }
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();

            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(SampleDocuments.ISSUED_AT);
            assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
            assertThat(document.getDocumentCatalog().getAcroForm().getCOSObject().getInt(org.apache.pdfbox.cos.COSName.SIG_FLAGS)).isEqualTo(3);
        }
    }

    private static int indexOf(byte[] data, String text) {
        byte[] needle = text.getBytes();
        outer:
        for (int i = 0; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError(text + " not found");
    }
}
