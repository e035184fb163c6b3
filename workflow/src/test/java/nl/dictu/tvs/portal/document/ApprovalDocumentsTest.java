package nl.dictu.tvs.portal.document;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static nl.dictu.tvs.portal.document.DocumentFixtures.DUTCH;
import static nl.dictu.tvs.portal.document.DocumentFixtures.ENGLISH;
import static nl.dictu.tvs.portal.document.DocumentFixtures.SERVICE;
import static nl.dictu.tvs.portal.document.SampleDocuments.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovalDocumentsTest {

    private static final IssuedDocument APPROVAL = SERVICE.preproductionApproval(approval(), DUTCH);
    private static final IssuedDocument PRODUCTION = SERVICE.productionConfirmation(production(), DUTCH);

    @Test
    void shouldBothBePdfA2bWithAValidSeal() {
        assertThat(PdfaValidation.failures(APPROVAL.content(), PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(PdfaValidation.failures(PRODUCTION.content(), PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(SERVICE.verifySeal(APPROVAL.content()).isValid()).isTrue();
        assertThat(SERVICE.verifySeal(PRODUCTION.content()).isValid()).isTrue();
    }

    @Test
    void shouldListTheIssuedServiceNumbersAndBothApprovers() {
        String text = PdfText.flattened(APPROVAL.content());

        assertThat(text).contains("Goedkeuring aansluiting preproductie", "16 maart 2026", DIACRITICS_SERVICE,
                PREPROD_UUID, "Preproductie", "Fatima el Idrissi", "Joost van der Heijden",
                "Vraag daarna in het portaal de aansluiting op productie aan.");
    }

    @Test
    void shouldStateTheYearlySecurityAssessmentAfterGoingLive() {
        String text = PdfText.flattened(PRODUCTION.content());

        assertThat(text).contains("Bevestiging aansluiting productie", "15 juni 2026", PROD_UUID, "Productie",
                "uiterlijk 15 augustus 2026", "tussen 1 januari en 1 mei", "Joost van der Heijden");
    }

    @Test
    void shouldStateTheAssessmentDeadlineInEnglishToo() {
        String text = PdfText.flattened(SERVICE.productionConfirmation(production(), ENGLISH).content());

        assertThat(text).contains("Confirmation of the production connection", "by 15 August 2026",
                "between 1 January and 1 May");
    }

    @Test
    void shouldRefuseTheSameReviewerTwice() {
        assertThatThrownBy(() -> new Approvers("Joost van der Heijden", " joost van der heijden"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Four eyes");
    }

    /** People copy a ServiceUUID from the letter: it must stay on one line, whatever its hex digits. */
    @Test
    void shouldKeepTheWidestServiceUuidOnOneLine() {
        String widest = "dddddddd-dddd-dddd-dddd-dddddddddddd";
        ApprovalLetterData letter = new ApprovalLetterData(REFERENCE, ORGANISATION, Instant.parse("2026-03-16T10:00:00Z"),
                java.util.List.of(new IssuedServiceNumber(LONG_SERVICE, Environment.PREPRODUCTION, widest),
                        new IssuedServiceNumber(DIACRITICS_SERVICE, Environment.PREPRODUCTION, "00000000-0000-0000-0000-000000000000")),
                APPROVERS);

        String text = PdfText.of(SERVICE.preproductionApproval(letter, DUTCH).content());

        assertThat(text).contains(widest).contains("00000000-0000-0000-0000-000000000000");
    }
}
