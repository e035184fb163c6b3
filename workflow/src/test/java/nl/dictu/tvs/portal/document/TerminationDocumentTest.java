package nl.dictu.tvs.portal.document;

import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static nl.dictu.tvs.portal.document.DocumentFixtures.DUTCH;
import static nl.dictu.tvs.portal.document.DocumentFixtures.ENGLISH;
import static nl.dictu.tvs.portal.document.DocumentFixtures.SERVICE;
import static nl.dictu.tvs.portal.document.SampleDocuments.ORGANISATION;
import static nl.dictu.tvs.portal.document.SampleDocuments.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

class TerminationDocumentTest {

    private static TerminationConfirmationData termination(boolean byDictu) {
        return new TerminationConfirmationData(REFERENCE, ORGANISATION, Instant.parse("2026-12-03T10:00:00Z"),
                LocalDate.of(2027, 1, 31), "De dienst wordt opgeheven", byDictu, "Anna de Vries",
                List.of(Environment.PREPRODUCTION, Environment.PRODUCTION));
    }

    @Test
    void shouldBePdfA2bWithAValidSeal() {
        IssuedDocument document = SERVICE.terminationConfirmation(termination(false), DUTCH);

        assertThat(PdfaValidation.failures(document.content(), PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(SERVICE.verifySeal(document.content()).isValid()).isTrue();
        assertThat(document.fileName()).isEqualTo(REFERENCE + "-termination-confirmation-nl.pdf");
    }

    @Test
    void shouldStateTheLastDayTheEnvironmentsWhoAndWhy() {
        String text = PdfText.flattened(SERVICE.terminationConfirmation(termination(false), DUTCH).content());

        assertThat(text).contains("Bevestiging beëindiging aansluiting", REFERENCE, "31 januari 2027",
                "Preproductie, Productie", "Op uw verzoek eindigt uw aansluiting", "Anna de Vries",
                "De dienst wordt opgeheven");
    }

    @Test
    void shouldSayDictuEndedItInEnglishToo() {
        String text = PdfText.flattened(SERVICE.terminationConfirmation(termination(true), ENGLISH).content());

        assertThat(text).contains("Confirmation of the end of the connection", "DICTU ends your connection to TVS on 31 January 2027");
    }
}
