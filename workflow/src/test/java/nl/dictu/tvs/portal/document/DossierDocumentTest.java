package nl.dictu.tvs.portal.document;

import nl.dictu.tvs.portal.document.generate.DossierGenerator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.nio.charset.StandardCharsets;

import static nl.dictu.tvs.portal.document.DocumentFixtures.DUTCH;
import static nl.dictu.tvs.portal.document.DocumentFixtures.SERVICE;
import static nl.dictu.tvs.portal.document.SampleDocuments.*;
import static org.assertj.core.api.Assertions.assertThat;

class DossierDocumentTest {

    private static final IssuedDocument DOSSIER = SERVICE.dossier(dossier(), DUTCH);

    @Test
    void shouldBePdfA3bWithAValidSeal() {
        assertThat(PdfaValidation.failures(DOSSIER.content(), PDFAFlavour.PDFA_3_B)).isEmpty();
        assertThat(SERVICE.verifySeal(DOSSIER.content()).isValid()).isTrue();
    }

    @Test
    void shouldContainAllDocumentsInOrder() {
        String text = PdfText.flattened(DOSSIER.content());

        int receipt = text.indexOf("Ontvangstbevestiging aanvraag aansluiting TVS Wij hebben");
        int assessment = text.indexOf("Beoordeling checklist DICTU heeft");
        int approval = text.indexOf("Goedkeuring aansluiting preproductie Kenmerk");
        int production = text.indexOf("Bevestiging aansluiting productie Kenmerk");
        assertThat(text).contains("Dossier aanvraag " + REFERENCE);
        assertThat(receipt).isPositive();
        assertThat(assessment).isGreaterThan(receipt);
        assertThat(approval).isGreaterThan(assessment);
        assertThat(production).isGreaterThan(approval);
    }

    @Test
    void shouldEmbedTheApplicationDataAsAnAssociatedJsonFile() throws Exception {
        try (PDDocument document = Loader.loadPDF(DOSSIER.content())) {
            COSArray associated = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            assertThat(associated).isNotNull();
            assertThat(associated.size()).isEqualTo(1);
            PDComplexFileSpecification spec =
                    new PDComplexFileSpecification((COSDictionary) associated.getObject(0));

            assertThat(spec.getCOSObject().getNameAsString("AFRelationship")).isEqualTo(DossierGenerator.RELATIONSHIP);
            assertThat(spec.getFileUnicode()).isEqualTo(DossierGenerator.attachmentName(REFERENCE));
            assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
            String json = new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"reference\": \"" + REFERENCE + "\"", "\"oin\": \"00000001001234567000\"",
                    "\"serviceUuid\": \"" + PROD_UUID + "\"", "\"verdict\": \"REJECTED\"", DIACRITICS_SERVICE);
            assertThat(document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames())
                    .containsKey(DossierGenerator.attachmentName(REFERENCE));
        }
    }

    @Test
    void shouldDeclarePdfA3AndTheLanguageInTheMetadata() throws Exception {
        try (PDDocument document = Loader.loadPDF(DOSSIER.content())) {
            var xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().exportXMPMetadata());

            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Dossier aanvraag " + REFERENCE);
            assertThat(xmp.getDublinCoreSchema().getLanguages()).containsExactly("nl-NL");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(xmp.getXMPMediaManagementSchema().getDocumentID()).isEqualTo("uuid:" + DOSSIER.documentId());
        }
    }

    @Test
    void shouldLeaveOutStepsTheApplicationHasNotReached() {
        IssuedDocument early = SERVICE.dossier(new DossierData(receipt(), null, null, null), DUTCH);
        String text = PdfText.flattened(early.content());

        assertThat(text).contains("Ontvangstbevestiging aanvraag aansluiting TVS")
                .doesNotContain("Goedkeuring aansluiting preproductie", "Bevestiging aansluiting productie");
    }

    @Test
    void shouldBeTaggedWithHeadingsTablesAndLists() throws Exception {
        try (PDDocument document = Loader.loadPDF(DOSSIER.content())) {
            var root = document.getDocumentCatalog().getStructureTreeRoot();
            var top = (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement) root.getKids().get(0);
            java.util.List<String> types = top.getKids().stream()
                    .filter(k -> k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement)
                    .map(k -> ((org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement) k)
                            .getStructureType())
                    .toList();

            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(top.getStructureType()).isEqualTo("Document");
            assertThat(types).startsWith("H1", "P", "H2", "L");
            assertThat(types).contains("Table").filteredOn("H1"::equals).hasSize(5);
            assertThat(root.getParentTreeNextKey()).isEqualTo(document.getNumberOfPages());
        }
    }
}
