package nl.dictu.tvs.portal.document;

import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.util.List;

import static nl.dictu.tvs.portal.document.DocumentFixtures.DUTCH;
import static nl.dictu.tvs.portal.document.DocumentFixtures.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

class ChecklistAssessmentDocumentTest {

    private static final String HEADER = "Toelichting beoordelaar";
    private static final IssuedDocument REPORT = SERVICE.checklistAssessment(SampleDocuments.assessment(60), DUTCH);

    @Test
    void shouldBePdfA2b() {
        assertThat(PdfaValidation.failures(REPORT.content(), PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void shouldCarryAValidSeal() {
        assertThat(SERVICE.verifySeal(REPORT.content()).isValid()).isTrue();
    }

    @Test
    void shouldBreakSixtyItemsAcrossPagesWithTheHeaderRowOnEachPage() {
        List<String> pages = PdfText.pages(REPORT.content());

        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        for (String page : pages) {
            assertThat(occurrences(page.replaceAll("\\s+", " "), HEADER)).as("table header rows on a page").isEqualTo(1);
        }
    }

    @Test
    void shouldShowEveryItemWithAnswerVerdictAndComment() {
        String text = PdfText.flattened(REPORT.content());

        assertThat(text).contains("C1 ", "C60 ", "Niet akkoord", "N.v.t.", "Akkoord",
                "De uitlogknop is niet op elke pagina zichtbaar; pas dit aan en lever een nieuwe schermafdruk.",
                "Akkoord: 47 \u00b7 niet akkoord: 8 \u00b7 niet van toepassing: 5",
                "Fatima el Idrissi");
    }

    private static int occurrences(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            count++;
        }
        return count;
    }
}
