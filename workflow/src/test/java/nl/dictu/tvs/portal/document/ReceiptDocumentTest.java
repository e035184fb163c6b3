package nl.dictu.tvs.portal.document;

import nl.dictu.tvs.portal.domain.application.ServiceUuidDelivery;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static nl.dictu.tvs.portal.document.DocumentFixtures.DUTCH;
import static nl.dictu.tvs.portal.document.DocumentFixtures.ENGLISH;
import static nl.dictu.tvs.portal.document.DocumentFixtures.SERVICE;
import static nl.dictu.tvs.portal.document.SampleDocuments.*;
import static org.assertj.core.api.Assertions.assertThat;

class ReceiptDocumentTest {

    private static final IssuedDocument RECEIPT = SERVICE.receipt(receipt(), DUTCH);

    @Test
    void shouldBePdfA2b() {
        assertThat(PdfaValidation.failures(RECEIPT.content(), PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void shouldCarryAValidSeal() {
        assertThat(SERVICE.verifySeal(RECEIPT.content()).isValid()).isTrue();
    }

    @Test
    void shouldShowWhatWasSubmitted() {
        String text = PdfText.flattened(RECEIPT.content());

        assertThat(text).contains(
                "Ontvangstbevestiging aanvraag aansluiting TVS",
                REFERENCE,
                "Gemeente Noordoostpolder",
                "00000001001234567000",
                "2 maart 2026 om 10:15",
                DIACRITICS_SERVICE,
                "DigiD Midden (eID laag)", "eHerkenning EH3 (eID substantieel)", "eIDAS substantieel (eID substantieel)",
                "eHerkenning EH2+ (eID laag)", "DigiD Basis (eID basis)",
                "DigiD Eenmalig Inloggen ja",
                "serialNumber=00000001001234567000",
                "1 maart 2027",
                "De uitlogknop is altijd zichtbaar en be\u00ebindigt de sessie.",
                "2026.1",
                "Anne de V\u00e9ries-\u00d6zt\u00fcrk",
                "metadata-preproductie.xml");
    }

    @Test
    void shouldShowTheOrganisationsKindAndACareProvidersRegisterNumberAndStayPdfAAndSealed() {
        IssuedDocument careProvider = SERVICE.receipt(careProviderReceipt(), DUTCH);

        assertThat(PdfText.flattened(RECEIPT.content())).contains("Soort organisatie Overheidsorganisatie")
                .doesNotContain("URA");
        assertThat(PdfText.flattened(careProvider.content())).contains("Soort organisatie Zorgaanbieder",
                "URA (UZI-register abonneenummer) 12345678");
        assertThat(PdfText.flattened(SERVICE.receipt(careProviderReceipt(), ENGLISH).content()))
                .contains("Kind of organisation Care provider", "URA (UZI register subscriber number) 12345678");
        assertThat(PdfaValidation.failures(careProvider.content(), PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(SERVICE.verifySeal(careProvider.content()).isValid()).isTrue();
    }

    @Test
    void shouldShowHowTheServiceSendsItsServiceUuid() {
        ReceiptData r = receipt();
        ReceiptData inAuthnRequest = new ReceiptData(r.reference(), r.organisation(), r.submittedAt(), r.services(),
                r.singleSignOn(), r.certificate(), r.metadataEntityId(), r.checklist(), r.terms(), r.uploads(), r.contacts(),
                ServiceUuidDelivery.AUTHN_REQUEST);

        assertThat(PdfText.flattened(RECEIPT.content())).contains("ServiceUUID meegestuurd In de metadata (AttributeConsumingService)");
        assertThat(PdfText.flattened(SERVICE.receipt(inAuthnRequest, DUTCH).content()))
                .contains("ServiceUUID meegestuurd In het AuthnRequest (Extensions)");
    }

    @Test
    void shouldShowTheContactsTheServiceDetailsAndWhatEachUploadIs() {
        String text = PdfText.flattened(RECEIPT.content());

        assertThat(text).contains("Contactpersonen", "Technisch contactpersoon", "Tess Techniek", "tess@noordoostpolder.nl",
                "+31 527 633 911", "Tekenbevoegde", "Bas Bestuurder",
                "Een parkeervergunning aanvragen, wijzigen en opzeggen",
                "RvIG-besluit", "besluit-ALB-2025-117.pdf", "Bewijsstuk C2", "inlogknop-schermafdruk.pdf");
        assertThat(PdfText.withoutWhitespace(RECEIPT.content()))
                .contains("https://www.noordoostpolder.nl/parkeren/vergunning-aanvragen");
    }

    @Test
    void shouldWrapLongValuesInsteadOfCuttingThemOff() {
        String compact = PdfText.withoutWhitespace(RECEIPT.content());

        assertThat(PdfText.flattened(RECEIPT.content())).contains(LONG_SERVICE);
        assertThat(compact).contains(LONG_WORD, FINGERPRINT, UPLOAD_SHA256, ENTITY_ID);
    }

    @Test
    void shouldBeIdenticalWhenIssuedAgainFromTheSameInput() {
        IssuedDocument again = SERVICE.receipt(receipt(), DUTCH);

        assertThat(again.content()).isEqualTo(RECEIPT.content());
        assertThat(again.sha256()).isEqualTo(RECEIPT.sha256());
        assertThat(again.documentId()).isEqualTo(RECEIPT.documentId());
    }

    @Test
    void shouldGetAnotherIdWhenTheInputDiffers() {
        ReceiptData other = receipt();
        other = new ReceiptData(other.reference(), other.organisation(), other.submittedAt(), other.services(),
                false, other.certificate(), other.metadataEntityId(), other.checklist(), other.terms(), other.uploads());

        assertThat(SERVICE.receipt(other, DUTCH).documentId()).isNotEqualTo(RECEIPT.documentId());
    }

    @Test
    void shouldSpeakEnglishWhenAskedTo() {
        IssuedDocument english = SERVICE.receipt(receipt(), ENGLISH);
        String text = PdfText.flattened(english.content());

        assertThat(text).contains("Receipt of your application to connect to TVS", "2 March 2026 at 10:15",
                "eIDAS substantial", "page 1 of", DIACRITICS_SERVICE);
        assertThat(text).doesNotContain("Ontvangstbevestiging");
        assertThat(english.fileName()).isEqualTo("TVS-2026-00042-receipt-en.pdf");
    }

    @Test
    void shouldNumberEveryPageAndRepeatTheReferenceInTheHeader() {
        var pages = PdfText.pages(RECEIPT.content());

        assertThat(pages).hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("pagina " + (i + 1) + " van " + pages.size(),
                    "TVS Aansluitportaal", "Kenmerk " + REFERENCE);
        }
    }

    @Test
    void shouldReturnTheSha256OfTheSealedBytes() throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(RECEIPT.content());

        assertThat(RECEIPT.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(digest));
    }
}
