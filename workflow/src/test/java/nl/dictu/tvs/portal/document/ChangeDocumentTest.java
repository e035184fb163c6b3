package nl.dictu.tvs.portal.document;

import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.time.Instant;
import java.util.List;

import static nl.dictu.tvs.portal.document.DocumentFixtures.DUTCH;
import static nl.dictu.tvs.portal.document.DocumentFixtures.ENGLISH;
import static nl.dictu.tvs.portal.document.DocumentFixtures.SERVICE;
import static nl.dictu.tvs.portal.document.SampleDocuments.ORGANISATION;
import static nl.dictu.tvs.portal.document.SampleDocuments.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

class ChangeDocumentTest {

    private static final String CHANGE_REFERENCE = REFERENCE + "-W1";

    private static ChangeConfirmationData change(List<String> deciders) {
        return new ChangeConfirmationData(CHANGE_REFERENCE, REFERENCE, ORGANISATION, Environment.PRODUCTION,
                Instant.parse("2026-12-03T10:00:00Z"), 5, "Anna de Vries", deciders,
                List.of(new ChangeConfirmationData.ChangedField("Dienst Afvalpas: minimale niveaus", "DigiD Midden",
                        "DigiD Substantieel"), new ChangeConfirmationData.ChangedField("Dienst Parkeren: minimale niveaus", "-",
                        "DigiD Midden")),
                List.of(new IssuedServiceNumber("Parkeren", Environment.PRODUCTION, "7d6f5b0e-3a55-4c1e-9a8e-2f7b6c5d4e3f")));
    }

    @Test
    void shouldBePdfA2bWithAValidSeal() {
        IssuedDocument document = SERVICE.changeConfirmation(change(List.of("Bert Beoordelaar", "Carla Controleur")), DUTCH);

        assertThat(PdfaValidation.failures(document.content(), PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(SERVICE.verifySeal(document.content()).isValid()).isTrue();
        assertThat(document.fileName()).startsWith(CHANGE_REFERENCE).endsWith("-nl.pdf");
    }

    @Test
    void shouldStateWhatChangedTheNewVersionWhoDecidedAndTheServiceUuids() {
        String text = PdfText.flattened(SERVICE.changeConfirmation(change(List.of("Bert Beoordelaar", "Carla Controleur")),
                DUTCH).content());

        assertThat(text).contains("Bevestiging wijziging aansluiting", CHANGE_REFERENCE, "Productie",
                "vastgelegd als versie 5", "DigiD Midden", "DigiD Substantieel", "Anna de Vries",
                "Bert Beoordelaar, Carla Controleur", "7d6f5b0e-3a55-4c1e-9a8e-2f7b6c5d4e3f");
    }

    @Test
    void shouldSayTheSettingAppliedItWhenNoReviewerDecidedInEnglishToo() {
        String text = PdfText.flattened(SERVICE.changeConfirmation(change(List.of()), ENGLISH).content());

        assertThat(text).contains("Confirmation of a connection change", "Applied automatically");
    }
}
